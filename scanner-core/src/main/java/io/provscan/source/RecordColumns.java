package io.provscan.source;

import java.util.Locale;

/**
 * Column (or field) names the user gives for record files whose schema the built-in names miss
 * ({@code --url-column}, {@code --text-column}, {@code --license-column}): each is looked for
 * before the built-in names, case ignored, in CSV/TSV headers, JSONL objects (also in their {@code
 * metadata} object) and Parquet schemas. A null name leaves that kind to the built-in names.
 *
 * @param url the column holding the record's URL, or null
 * @param text the column holding the record's text, or null
 * @param license the column holding the licence the record declares, or null
 */
public record RecordColumns(String url, String text, String license) {
  /** No names given: the built-in names only. */
  public static final RecordColumns BUILT_IN = new RecordColumns(null, null, null);

  /** Strips and lower-cases the names; a blank name is none. */
  public RecordColumns {
    url = clean(url);
    text = clean(text);
    license = clean(license);
  }

  private static String clean(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    return name.strip().toLowerCase(Locale.ROOT);
  }
}

package io.provscan.extract;

import io.provscan.source.ItemError;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What extraction found in one item. When {@link #error()} is set the item failed, but whatever
 * text and metadata came out before the failure are still here for the detectors.
 *
 * @param sha256 SHA-256 of the bytes, hex; null only when they could not be read
 * @param size bytes
 * @param mediaType detected media type without parameters
 * @param charset the character set text was decoded with, or null for binary formats
 * @param language ISO 639-1 code (639-3 where there is none) of the main language, or null
 * @param text the extracted text, at most {@link ExtractionLimits#maxChars()} characters
 * @param truncated true when text was cut at the limit
 * @param metadata Tika's metadata, names as Tika gives them; bounded in count and length
 * @param warnings short notes (embedded limit reached, binary content under a text name)
 * @param error why extraction failed, or null
 */
public record Extracted(
    String sha256,
    long size,
    String mediaType,
    String charset,
    String language,
    String text,
    boolean truncated,
    Map<String, List<String>> metadata,
    List<String> warnings,
    ItemError error) {

  /** Copies the collections; the metadata keeps the parser's order, so outputs are stable. */
  public Extracted {
    metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    warnings = List.copyOf(warnings);
  }

  /** A failure before any content was read. */
  public static Extracted failed(String sha256, long size, String mediaType, ItemError error) {
    return new Extracted(
        sha256, size, mediaType, null, null, "", false, Map.of(), List.of(), error);
  }

  /**
   * The same text with other metadata, warnings and error: what a stage after extraction adds
   * (masked values, embedded rights, a size limit lifted).
   */
  public Extracted with(
      String text, Map<String, List<String>> metadata, List<String> warnings, ItemError error) {
    return new Extracted(
        sha256, size, mediaType, charset, language, text, truncated, metadata, warnings, error);
  }

  /** The first value of a metadata name, or null. */
  public String first(String name) {
    List<String> values = metadata.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}

package io.provscan.licensedb;

import java.util.List;

/**
 * One licence of the catalogue: an SPDX-listed licence or exception, or one of provscan's own
 * entries for model-weight and data licences that have no SPDX id.
 *
 * @param id the SPDX id, or {@code LicenseRef-} and a stable readable name
 * @param name the full name
 * @param version the licence's version as it names it, or null
 * @param date the date of the text (ISO-8601), or null
 * @param category what kind of licence it is for someone training on the data
 * @param source {@code spdx} (from the SPDX licence list) or {@code provscan} (our own entry)
 * @param exception true for an SPDX licence exception (used after {@code WITH})
 * @param osiApproved approved by the OSI (SPDX list)
 * @param fsfLibre free per the FSF (SPDX list)
 * @param deprecated a deprecated SPDX id
 * @param urls where the text is published
 * @param aliases other names: Hugging Face {@code license:} ids, common names, POM and Debian names
 * @param template the SPDX matching template (SPDX entries), or null
 * @param match how provscan recognises the text of an entry that has no template, or null
 * @param clauses obligations and restrictions, each with the phrase that states it
 * @param supersedes SPDX ids whose text this licence contains and replaces (a modified MIT)
 * @param notes why the entry says what it says: sources, caveats
 * @param file the data file it was read from, or null for SPDX entries
 */
public record LicenseEntry(
    String id,
    String name,
    String version,
    String date,
    LicenseCategory category,
    String source,
    boolean exception,
    boolean osiApproved,
    boolean fsfLibre,
    boolean deprecated,
    List<String> urls,
    List<String> aliases,
    String template,
    Match match,
    List<ClauseSpec> clauses,
    List<String> supersedes,
    String notes,
    String file) {

  /** The source name of SPDX-listed entries. */
  public static final String SPDX = "spdx";

  /** The source name of provscan's own entries. */
  public static final String PROVSCAN = "provscan";

  /** Copies the lists, empty for null. */
  public LicenseEntry {
    urls = urls == null ? List.of() : List.copyOf(urls);
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    clauses = clauses == null ? List.of() : List.copyOf(clauses);
    supersedes = supersedes == null ? List.of() : List.copyOf(supersedes);
  }

  /** This entry without its template (the catalogue keeps templates in a resource of their own). */
  public LicenseEntry withoutTemplate() {
    return new LicenseEntry(
        id,
        name,
        version,
        date,
        category,
        source,
        exception,
        osiApproved,
        fsfLibre,
        deprecated,
        urls,
        aliases,
        null,
        match,
        clauses,
        supersedes,
        notes,
        file);
  }

  /** True for entries of the SPDX licence list. */
  public boolean isSpdx() {
    return SPDX.equals(source);
  }

  /**
   * One clause of a licence.
   *
   * @param type the clause type
   * @param value its structured value, shaped as {@link ClauseType#shape()} says
   * @param phrase words of the licence text that state it (found in a text as evidence), or null
   */
  public record ClauseSpec(ClauseType type, Object value, String phrase) {}

  /**
   * How the text of an entry without an SPDX template is recognised: short phrases, compared word
   * by word after normalisation (case, punctuation, quotes, Markdown and line breaks do not count).
   *
   * @param all phrases that must all be present (title, version or date line)
   * @param any phrases of which at least one must be present (empty: no such condition)
   * @param none phrases that must be absent (they mark a sibling licence)
   */
  public record Match(List<String> all, List<String> any, List<String> none) {
    /** Copies the lists, empty for null. */
    public Match {
      all = all == null ? List.of() : List.copyOf(all);
      any = any == null ? List.of() : List.copyOf(any);
      none = none == null ? List.of() : List.copyOf(none);
    }
  }
}

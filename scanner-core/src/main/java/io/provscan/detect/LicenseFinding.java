package io.provscan.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * A licence found in an item.
 *
 * @param spdx the SPDX id or expression, or a {@code LicenseRef-} id for licences not on the list
 *     ({@code NOASSERTION} when a declared name is not known)
 * @param name the licence's full name
 * @param basis how it was found: {@code text}, {@code tag}, {@code notice} (a licence's standard
 *     notice or file header), {@code reference}, {@code declared} or {@code metadata}
 * @param confidence 0 to 1
 * @param category the licence's category ({@code permissive}, {@code non-commercial}, …)
 * @param clauses obligations and restrictions that bind the user
 * @param lines the lines the evidence spans, or null
 * @param evidence a short quote of what was found (the tag, the notice, the declared field), or
 *     null
 * @param notes what differs from the licence text, unknown ids, caveats; empty when none
 */
public record LicenseFinding(
    String spdx,
    String name,
    String basis,
    double confidence,
    String category,
    List<Clause> clauses,
    LineRange lines,
    String evidence,
    List<String> notes) {

  /** Copies the clauses and notes. */
  public LicenseFinding {
    clauses = List.copyOf(clauses);
    notes = notes == null ? List.of() : List.copyOf(notes);
  }

  /** A finding without evidence quote or notes. */
  public LicenseFinding(
      String spdx,
      String name,
      String basis,
      double confidence,
      String category,
      List<Clause> clauses,
      LineRange lines) {
    this(spdx, name, basis, confidence, category, clauses, lines, null, List.of());
  }

  /** This finding with {@code note} added after its notes. */
  public LicenseFinding withNote(String note) {
    List<String> more = new ArrayList<>(notes);
    more.add(note);
    return new LicenseFinding(
        spdx, name, basis, confidence, category, clauses, lines, evidence, more);
  }

  /**
   * One clause of a licence.
   *
   * @param id the clause type, such as {@code mau-threshold}
   * @param value its structured value (a number, a string, true), or null
   * @param evidence a short quote of the text that states it, or where it comes from ({@code
   *     catalogue: …}) when the item only names the licence
   * @param line the line of the evidence, or null
   */
  public record Clause(String id, Object value, String evidence, Integer line) {}

  /**
   * A range of lines, 1-based and inclusive.
   *
   * @param start first line
   * @param end last line
   */
  public record LineRange(int start, int end) {}
}

package io.provscan.detect.license;

import io.provscan.licensedb.LicenseEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Licence texts that stop early: the first paragraphs of a licence without the rest (MIT's grant
 * and condition without its warranty disclaimer, BSD's conditions followed by a disclaimer of the
 * project's own), or a text cut by the file's end. Such a text is reported as the licence, with the
 * share of the licence's words it holds as its confidence and a note that says what is missing
 * (ScanCode reports such matches with their coverage the same way).
 *
 * <p>Why a floor of {@value #FLOOR} for the short permissive licences below: the part of them that
 * grants and conditions (ISC's one granting sentence, the shortest of them, is 30% of its words) is
 * what names the licence; their warranty disclaimers change nothing that is permitted. Below the
 * floor what is left is a sentence many licences share ("Redistribution and use in source and
 * binary forms…" alone is a tenth of BSD-2-Clause), which names none of them. Any other licence is
 * reported as partial only from {@link TextMatcher#MIN_CONTAINMENT} of its words on: a text cut by
 * the file's end.
 */
final class PartialTexts {
  /** Least share of a short permissive licence's words a partial text must hold: {@value}. */
  static final double FLOOR = 0.3;

  /**
   * Least share of a short permissive licence's trigrams that makes it a candidate: below {@link
   * #FLOOR}, as a variable or a changed word cuts three trigrams and only one word: {@value}.
   */
  static final double CANDIDATE = 0.25;

  /**
   * Words matched per required word of the licence that may be lost, or per extra word, within a
   * partial text (a typo, a word changed; one word lost or extra at least): {@value}. Stricter than
   * a close match, since a partial text is judged on less: a text of its own that borrows BSD's
   * conditions and changes a few words of them (Zope's) is not BSD in part.
   */
  static final int WORDS_PER_SLIP = 40;

  /** The licences whose first paragraphs are quoted alone often enough to be looked for so. */
  private static final Set<String> SHORT_PERMISSIVE =
      Set.of("MIT", "BSD-2-Clause", "BSD-3-Clause", "ISC");

  /** Words after the part held in which a next list item makes it no partial text: {@value}. */
  static final int NEXT_ITEM_WORDS = 12;

  /** The note that starts the notes of a partial text. */
  static final String NOTE = "partial text:";

  private PartialTexts() {}

  /** The least share of a template's words that makes it a candidate at all. */
  static double minContainment(LicenseEntry e) {
    return SHORT_PERMISSIVE.contains(e.id()) ? CANDIDATE : TextMatcher.MIN_CONTAINMENT;
  }

  /** The least coverage a partial text of {@code e} is reported at. */
  static double floor(LicenseEntry e) {
    return SHORT_PERMISSIVE.contains(e.id()) ? FLOOR : TextMatcher.MIN_CONTAINMENT;
  }

  /**
   * Whether an alignment that is not exact is a partial text of the licence: its prefix (from the
   * licence's start to where the text stops holding it) is nearly word for word and holds at least
   * the floor of the licence's words, and either the whole alignment is too far from the licence to
   * be a close match, or the text holds nothing more of it after the prefix (it stops there, as a
   * file cut short does; a text that differs in its middle and goes on is a close match).
   */
  static boolean stopsEarly(
      LicenseEntry e, Alignment.Result whole, double confidence, int required, Tokens text) {
    Alignment.Result prefix = whole.exact() ? null : whole.prefix();
    if (prefix == null || prefix.first() < 0 || required == 0 || listGoesOn(prefix, text)) {
      return false;
    }
    int slips = slips(prefix.matched());
    boolean nearlyWordForWord = prefix.extra() <= slips && coverage(prefix, required) >= floor(e);
    boolean nothingAfter = whole.matched() - prefix.matched() <= slips;
    boolean restMissing = prefix.missing() > 2 * slips; // at most one slip's worth is inside it
    return nearlyWordForWord
        && restMissing
        && (confidence < TextMatcher.MIN_CONFIDENCE || nothingAfter);
  }

  /**
   * Whether the text goes on, right after the part of the licence it holds, with an item of a list
   * ("4. The right to distribute…", within {@value #NEXT_ITEM_WORDS} words, which leaves room for
   * the last condition's own ending): a list of conditions longer than the licence's is another
   * licence's (Zope's borrows BSD's first three), not this one in part.
   */
  private static boolean listGoesOn(Alignment.Result prefix, Tokens text) {
    int to = Math.min(text.size, prefix.last() + 1 + NEXT_ITEM_WORDS);
    for (int i = prefix.last() + 1; i < to; i++) {
      if (text.is(i, Tokens.MARKER)) {
        return true;
      }
    }
    return false;
  }

  /** Words that may be lost, or extra, in a prefix that matched this many required words. */
  static int slips(int matched) {
    return Math.max(1, matched / WORDS_PER_SLIP);
  }

  /** The share of the licence's required words the text holds. */
  static double coverage(Alignment.Result prefix, int required) {
    return prefix.matched() / (double) required;
  }

  /**
   * The notes of a partial text that ends on line {@code last}: the share it holds, then what
   * differs within it (the words missing after its last line are the rest it lacks, not noted one
   * by one).
   */
  static List<String> notes(double coverage, int last, List<String> differences) {
    List<String> out = new ArrayList<>();
    out.add(
        NOTE
            + " "
            + Math.round(coverage * 100)
            + "% of the licence's words, from its start to line "
            + last
            + "; the rest is missing");
    String tail = "missing after line " + last + ":";
    differences.stream().filter(d -> !d.startsWith(tail)).forEach(out::add);
    return out;
  }

  /** Whether a finding's notes say it is a partial text. */
  static boolean isPartial(List<String> notes) {
    return notes.stream().anyMatch(n -> n.startsWith(NOTE));
  }
}

package io.provscan.detect.license;

import io.provscan.licensedb.LicenseEntry;
import java.util.List;

/**
 * One of provscan's own entries (a model licence without an SPDX template) with the numbers of its
 * recognising phrases in the phrase index.
 *
 * @param entry the entry
 * @param all phrases that must all be present
 * @param any phrases of which one must be present
 * @param none phrases that must be absent
 * @param clausePhrases for each clause, its phrase's number, or -1 when it has none
 */
record OwnEntry(LicenseEntry entry, int[] all, int[] any, int[] none, int[] clausePhrases) {

  /** Files the phrases of {@code e} (its clauses', then its match phrases) in {@code phrases}. */
  static OwnEntry compile(LicenseEntry e, PhraseIndex phrases, Tokenizer adding) {
    int[] clauses = new int[e.clauses().size()];
    for (int i = 0; i < clauses.length; i++) {
      String p = e.clauses().get(i).phrase();
      clauses[i] = p == null ? -1 : phrases.add(p, adding);
    }
    LicenseEntry.Match m = e.match();
    int[] all = add(m.all(), phrases, adding);
    int[] any = add(m.any(), phrases, adding);
    int[] none = add(m.none(), phrases, adding);
    return new OwnEntry(e, all, any, none, clauses);
  }

  private static int[] add(List<String> list, PhraseIndex phrases, Tokenizer adding) {
    return list.stream().mapToInt(p -> phrases.add(p, adding)).filter(n -> n >= 0).toArray();
  }

  /** True when the text's phrases (first positions from {@link PhraseIndex#find}) recognise it. */
  boolean recognised(int[] at) {
    return allOf(all, at) && (any.length == 0 || anyOf(any, at)) && !anyOf(none, at);
  }

  /**
   * False when a text with these words cannot recognise the entry: a phrase is found only where all
   * its words are, so every "all" phrase and one "any" phrase must have their words in the text.
   */
  boolean possible(WordSet words, PhraseIndex phrases) {
    for (int p : all) {
      if (!words.hasAll(phrases.words(p))) {
        return false;
      }
    }
    if (any.length == 0) {
      return true;
    }
    for (int p : any) {
      if (words.hasAll(phrases.words(p))) {
        return true;
      }
    }
    return false;
  }

  private static boolean allOf(int[] phrases, int[] at) {
    for (int p : phrases) {
      if (at[p] < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean anyOf(int[] phrases, int[] at) {
    for (int p : phrases) {
      if (at[p] >= 0) {
        return true;
      }
    }
    return false;
  }
}

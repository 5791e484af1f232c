package io.provscan.detect.pii;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * English personal names from the gazetteer ({@link NameData}) and context. A title (Mr, Ms, Dr)
 * and a capitalised word: {@value #TITLED}. A listed given name and a capitalised surname: {@value
 * #FULL} with a listed surname, {@value #WEAK} otherwise, {@value #CUED} after a cue (Dear, signed,
 * my name is, Name:). A given name alone counts only after a cue. A given name that is also a word
 * (May, Will, Georgia) needs a listed surname or a cue; a name followed by an organisation or place
 * noun (New York Times, George Washington Bridge) is not a person. Masked to initials.
 */
final class EnPersons {
  static final double TITLED = 0.85;
  static final double CUED = 0.9;
  static final double FULL = 0.7;
  static final double WEAK = 0.5;

  private static final Set<String> TITLES =
      Set.of("Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Sir", "Madam", "Mx");
  private static final TokenSet TITLE_TOKENS = new TokenSet(TITLES);
  private static final List<String> CUES =
      List.of(
          "dear ",
          "signed ",
          "signed by ",
          "my name is ",
          "name: ",
          "name:",
          "contact: ",
          "attn: ",
          "sincerely, ",
          "regards, ",
          "from: ",
          "patient ",
          "author: ",
          "i am ");
  private static final Set<String> NOT_A_SURNAME =
      Set.of(
          "Times",
          "Post",
          "University",
          "College",
          "School",
          "Street",
          "Avenue",
          "Road",
          "Bridge",
          "Hospital",
          "Institute",
          "Foundation",
          "Park",
          "Center",
          "Centre",
          "Hall",
          "Building",
          "Airport",
          "Station",
          "County",
          "River",
          "Lake",
          "Mountain",
          "Inc",
          "Corp",
          "Company",
          "Group",
          "Press",
          "Library",
          "Church",
          "The",
          "And",
          "Of",
          "In",
          "On",
          "At",
          "To",
          "For",
          "With",
          "Day",
          "Award",
          "Prize",
          "Act",
          "Law",
          "Cup",
          "Museum");

  private final NameData data;

  EnPersons(NameData data) {
    this.data = data;
  }

  /** The name at the capitalised word {@code [start, end)}, or null. */
  Candidate at(String text, int start, int end) {
    boolean title = TITLE_TOKENS.contains(text, start, end);
    if (!title && !data.enGivenTokens.contains(text, start, end)) {
      return null; // most capitalised words: neither a title nor a listed given name
    }
    String w = text.substring(start, end);
    if (title) {
      int p = skip(text, end, '.');
      int e = capitalised(text, p);
      if (e > p && !NOT_A_SURNAME.contains(text.substring(p, e))) {
        int e2 = e;
        int q = skip(text, e, ' ');
        int e3 = capitalised(text, q);
        if (e3 > q && q == e + 1 && data.enSurnameTokens.contains(text, q, e3)) {
          e2 = e3;
        }
        return person(text, p, e2, TITLED);
      }
      return null;
    }
    boolean cued = cueBefore(text, start);
    int p = end;
    if (Chars.at(text, p) == ' '
        && Chars.upper(Chars.at(text, p + 1))
        && Chars.at(text, p + 2) == '.'
        && Chars.at(text, p + 3) == ' ') {
      p += 3; // a middle initial
    }
    int q = Chars.at(text, p) == ' ' ? p + 1 : -1;
    int e = q < 0 ? -1 : capitalised(text, q);
    if (e > q && q > 0) {
      String s = text.substring(q, e);
      if (NOT_A_SURNAME.contains(s) || NOT_A_SURNAME.contains(nextWord(text, e))) {
        return null;
      }
      boolean listed = data.enSurnames.contains(s);
      if (listed || cued || !data.ambiguous.contains(w)) {
        return person(text, start, e, cued ? CUED : listed ? FULL : WEAK);
      }
      return null;
    }
    return cued ? person(text, start, end, CUED) : null;
  }

  private static Candidate person(String text, int start, int end, double confidence) {
    return new Candidate(
        PiiType.PERSON,
        start,
        end,
        confidence,
        Candidate.ContextRule.PROVEN,
        "en",
        Masks.initials(text, start, end));
  }

  private boolean cueBefore(String text, int start) {
    int from = Math.max(0, start - 14);
    String before = text.substring(from, start).toLowerCase(Locale.ROOT);
    for (String cue : CUES) {
      if (before.endsWith(cue)) {
        return true;
      }
    }
    return false;
  }

  private static String nextWord(String text, int e) {
    int q = skip(text, e, ' ');
    int end = capitalised(text, q);
    return end > q && q == e + 1 ? text.substring(q, end) : "";
  }

  private static int skip(String text, int p, char c) {
    if (Chars.at(text, p) == c) {
      p++;
    }
    while (Chars.at(text, p) == ' ' && p < text.length()) {
      p++;
    }
    return p;
  }

  /** End of a capitalised word (Upper then at least one lower) at {@code p}, or {@code p}. */
  static int capitalised(String text, int p) {
    if (!Chars.upper(Chars.at(text, p)) || !Chars.lower(Chars.at(text, p + 1))) {
      return p;
    }
    int e = p + 1;
    while (e < text.length() && (Chars.lower(text.charAt(e)) || text.charAt(e) == '\'')) {
      e++;
    }
    return Chars.word(Chars.at(text, e)) ? p : e;
  }
}

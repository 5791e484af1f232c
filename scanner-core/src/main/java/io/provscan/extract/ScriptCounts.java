package io.provscan.extract;

/**
 * Letters of a text sample counted by Unicode script, to settle the language of texts whose script
 * names it and to build a clean sample for the statistical model otherwise.
 */
record ScriptCounts(
    int letters, int han, int kana, int hangul, int thai, int greek, int hebrew, String text) {

  /** The first character of a script counted below (Greek and Coptic): {@value}. */
  static final char FIRST_COUNTED = '\u0370';

  private static final boolean[] ASCII_LETTER = new boolean[128];

  static {
    for (char c = 'a'; c <= 'z'; c++) {
      ASCII_LETTER[c] = true;
      ASCII_LETTER[Character.toUpperCase(c)] = true;
    }
  }

  static ScriptCounts of(String text, int maxChars) {
    int letters = 0;
    int han = 0;
    int kana = 0;
    int hangul = 0;
    int thai = 0;
    int greek = 0;
    int hebrew = 0;
    int end = Math.min(text.length(), maxChars);
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c < FIRST_COUNTED) { // Latin and the letters before Greek: no script counted here
        if (c < 128 ? ASCII_LETTER[c] : Character.isLetter(c)) {
          letters++;
        }
        continue;
      }
      if (!Character.isLetter(c)) {
        continue;
      }
      letters++;
      switch (Character.UnicodeScript.of(c)) {
        case HAN -> han++;
        case HIRAGANA, KATAKANA -> kana++;
        case HANGUL -> hangul++;
        case THAI -> thai++;
        case GREEK -> greek++;
        case HEBREW -> hebrew++;
        default -> {}
      }
    }
    return new ScriptCounts(letters, han, kana, hangul, thai, greek, hebrew, text);
  }

  /**
   * The language when the script decides it: Japanese text mixes Kana into Han, Chinese has Han
   * alone, Korean has Hangul. Null when the script is shared by many languages (Latin, Cyrillic,
   * Arabic).
   */
  String decisiveLanguage() {
    int half = letters / 2;
    if (kana > letters / 10 && han + kana > half) {
      return "ja";
    }
    if (han > half) {
      return "zh";
    }
    if (hangul > half) {
      return "ko";
    }
    if (thai > half) {
      return "th";
    }
    if (greek > half) {
      return "el";
    }
    if (hebrew > half) {
      return "he";
    }
    return null;
  }

  /** Up to {@code max} characters starting at the first letter, spaces collapsed. */
  String sample(int max) {
    StringBuilder sb = new StringBuilder(max);
    boolean space = false;
    for (int i = 0; i < text.length() && sb.length() < max; i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        if (space && sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(c);
        space = false;
      } else {
        space = true;
      }
    }
    return sb.toString();
  }
}

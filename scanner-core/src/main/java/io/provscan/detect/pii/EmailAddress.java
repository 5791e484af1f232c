package io.provscan.detect.pii;

/**
 * E-mail addresses, read outwards from each {@code @}: a dot-atom local part of at most 64
 * characters and a domain of at most 253 with a letter-only top-level label (RFC 5321 §4.5.3.1).
 * Upper case counts (datatrove's pattern misses {@code …@JEEPWORLD.COM}); image names such as
 * {@code logo@2x.png} do not.
 */
final class EmailAddress implements TypeRule.AtSignRule {
  /** Most characters of a local part (RFC 5321 §4.5.3.1.1). */
  static final int MAX_LOCAL = 64;

  /** Most characters of a domain (RFC 1035 name length less the root). */
  static final int MAX_DOMAIN = 253;

  /** File extensions that follow {@code @} in asset names, never top-level domains. */
  private static final String FILE_SUFFIXES =
      " png jpg jpeg gif svg webp bmp ico tif tiff css js mjs ts json xml yaml yml html htm txt"
          + " pdf zip gz tar mp3 mp4 wav exe dll jar class java lock log csv min map ";

  @Override
  public Candidate at(String text, int at) {
    int start = localStart(text, at);
    if (start < 0) {
      return null;
    }
    int end = domainEnd(text, at + 1);
    if (end < 0) {
      return null;
    }
    String domain = text.substring(at + 1, end);
    return new Candidate(
        PiiType.EMAIL_ADDRESS,
        start,
        end,
        0.9,
        Candidate.ContextRule.PROVEN,
        null,
        text.charAt(start) + "***@" + domain);
  }

  private static int localStart(String text, int at) {
    int s = at;
    while (s > 0 && at - s < MAX_LOCAL && localChar(text.charAt(s - 1))) {
      s--;
    }
    if (s == at || (s > 0 && localChar(text.charAt(s - 1)))) {
      return -1; // empty, or longer than any local part
    }
    while (s < at && text.charAt(s) == '.') {
      s++;
    }
    if (s == at || text.charAt(at - 1) == '.' || text.substring(s, at).contains("..")) {
      return -1;
    }
    return s;
  }

  private static boolean localChar(char c) {
    return Chars.alnum(c) || ".!#$%&'*+/=?^_`{|}~-".indexOf(c) >= 0;
  }

  /** The end of a valid domain starting at {@code from}, or -1. */
  private static int domainEnd(String text, int from) {
    int p = from;
    int labels = 0;
    int lastLabel = from;
    while (true) {
      int label = p;
      while (p < text.length()
          && p - from < MAX_DOMAIN
          && (Chars.alnum(text.charAt(p)) || text.charAt(p) == '-')) {
        p++;
      }
      if (p == label || text.charAt(label) == '-' || text.charAt(p - 1) == '-' || p - label > 63) {
        return -1;
      }
      labels++;
      lastLabel = label;
      if (Chars.at(text, p) == '.' && Chars.alnum(Chars.at(text, p + 1))) {
        p++;
        continue;
      }
      break;
    }
    if (labels < 2 || Chars.word(Chars.at(text, p)) || Chars.at(text, p) == '@') {
      return -1;
    }
    return tld(text, lastLabel, p) ? p : -1;
  }

  private static boolean tld(String text, int start, int end) {
    if (end - start < 2 || end - start > 24) {
      return false;
    }
    for (int i = start; i < end; i++) {
      if (!Chars.letter(text.charAt(i))) {
        return false;
      }
    }
    String tld = text.substring(start, end).toLowerCase(java.util.Locale.ROOT);
    return !FILE_SUFFIXES.contains(" " + tld + " ");
  }
}

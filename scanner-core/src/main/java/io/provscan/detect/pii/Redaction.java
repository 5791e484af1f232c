package io.provscan.detect.pii;

import io.provscan.detect.PiiFinding;
import java.util.List;

/**
 * Replaces personal data in a text by its masks, keeping every offset: each finding's span becomes
 * its masked value, padded with spaces (or cut) to the span's length. The index and search snippets
 * read the redacted text, so no raw value reaches them.
 */
public final class Redaction {
  private Redaction() {}

  /** {@code text} with every finding's span masked; the text itself when there are none. */
  public static String apply(String text, List<PiiFinding> findings) {
    if (findings.isEmpty() || text == null) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text);
    for (PiiFinding f : findings) {
      if (f.start() < 0 || f.end() > text.length() || f.start() >= f.end()) {
        continue;
      }
      int len = f.end() - f.start();
      String mask = f.masked();
      for (int k = 0; k < len; k++) {
        sb.setCharAt(f.start() + k, k < mask.length() ? mask.charAt(k) : ' ');
      }
    }
    return sb.toString();
  }
}

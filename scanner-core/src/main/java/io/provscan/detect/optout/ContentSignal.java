package io.provscan.detect.optout;

import java.util.Locale;

/**
 * One Cloudflare {@code Content-Signal} line of a robots.txt group, such as {@code search=yes,
 * ai-train=no}, read for {@code ai-train}. Cloudflare's managed robots.txt defines {@code yes} (may
 * be used), {@code no} (may not) and a missing signal as neither granting nor restricting, and
 * calls any restriction an express reservation under Art. 4 of Directive 2019/790. Live files vary
 * in spacing and case ({@code Content-signal:}, {@code search=yes,ai-train=no}), so keys and values
 * are compared without case and around any whitespace; unknown keys ({@code use=reference}) are
 * ignored. When a key is repeated, the most restrictive value wins.
 *
 * @param raw the value as written
 * @param aiTrain the preference for AI training
 */
record ContentSignal(String raw, Preference aiTrain) {
  /** Reads a value; never throws. */
  static ContentSignal parse(String raw) {
    Preference pref = Preference.UNKNOWN;
    for (String pair : raw.split(",")) {
      int eq = pair.indexOf('=');
      if (eq < 0) {
        continue;
      }
      String key = pair.substring(0, eq).strip().toLowerCase(Locale.ROOT);
      String value = pair.substring(eq + 1).strip().toLowerCase(Locale.ROOT);
      if (key.equals("ai-train")) {
        Preference p =
            switch (value) {
              case "yes" -> Preference.ALLOWED;
              case "no" -> Preference.DISALLOWED;
              default -> Preference.UNKNOWN;
            };
        pref = Preference.combine(java.util.List.of(pref, p));
      }
    }
    return new ContentSignal(raw, pref);
  }

  /** The value for the report: {@code ai-train=no}, {@code ai-train=yes}, or the raw text. */
  String value() {
    return switch (aiTrain) {
      case DISALLOWED -> "ai-train=no";
      case ALLOWED -> "ai-train=yes";
      case UNKNOWN -> raw.strip();
    };
  }
}

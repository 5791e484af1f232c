package io.provscan.detect.optout;

import java.util.Collection;

/**
 * A usage preference as AIPREF's vocabulary models it (draft-ietf-aipref-vocab §3): allowed,
 * disallowed or unknown, with no statement meaning unknown.
 */
enum Preference {
  ALLOWED,
  DISALLOWED,
  UNKNOWN;

  /**
   * Several statements combined: any disallow wins, else any allow, else unknown
   * (draft-ietf-aipref-vocab §5, "most restrictive"; Cloudflare's signals combine the same way).
   */
  static Preference combine(Collection<Preference> prefs) {
    if (prefs.contains(DISALLOWED)) {
      return DISALLOWED;
    }
    return prefs.contains(ALLOWED) ? ALLOWED : UNKNOWN;
  }

  /** The effect of a signal with this preference. */
  String effect() {
    return switch (this) {
      case DISALLOWED -> Signals.RESERVES;
      case ALLOWED -> Signals.ALLOWS;
      case UNKNOWN -> Signals.NONE;
    };
  }
}

package io.provscan.detect.license;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GNU notices carry their version and "or later" in the words after the name ("GNU General Public
 * License as published by the Free Software Foundation; either version 2 of the License, or (at
 * your option) any later version"). A GNU licence named without a version may be used in any
 * version (GPL-2.0 §9, GPL-3.0 §14), which is what its "-or-later" id from 1.0 says.
 */
final class GnuVersions {
  /** Characters after the name within which the version must start: {@value}. */
  static final int VERSION_WITHIN = 200;

  private static final Pattern GNU_ID = Pattern.compile("(A?L?GPL|GFDL)-\\d\\.\\d-(only|or-later)");

  /** Characters after the version within which its "or later" words must be: {@value}. */
  static final int LATER_WITHIN = 90;

  /** "version 2", "version 2.1", "v3", "v. 2.0", "GPLv3", "GPL-2", "GPL 2.0". */
  private static final Pattern GNU_VERSION =
      Pattern.compile(
          "(?:\\bversion\\s++|\\bv\\.?\\s*+|gpl(?:v|-|\\s)?+)([123])(?:\\.(\\d))?+(?!\\d|\\.\\d)(\\+)?+");

  private static final Pattern LATER =
      Pattern.compile(
          "any later version|or[- ]later|or any later|or \\(at your option\\)|or, at your option, any"
              + "|or \\(at your discretion\\)|or newer|and later");

  private GnuVersions() {}

  /**
   * Whether {@code target} is a GNU family's "any version" id (its first version, or later) that a
   * notice named without any version words in {@code rest}.
   */
  static boolean unversioned(String target, String rest) {
    return GnuFamilies.firstVersionOrLater(target)
        && !GNU_VERSION.matcher(Window.lower(rest)).find();
  }

  /**
   * The GNU id that the notice's own version words give, when the catalogue has it; else {@code
   * target} as named.
   *
   * @param target the id the name resolved to
   * @param rest the words of the notice after the name
   */
  static String versioned(String target, String rest, LicenseKnowledge knowledge) {
    Matcher m = GNU_ID.matcher(target);
    if (!m.matches()) {
      return target;
    }
    String lower = Window.lower(rest);
    Matcher v = GNU_VERSION.matcher(lower);
    if (!v.find() || v.start() > VERSION_WITHIN) {
      return target; // no version in the notice: the name says it all
    }
    String version = v.group(1) + "." + (v.group(2) == null ? "0" : v.group(2));
    String after = lower.substring(v.end(), Math.min(lower.length(), v.end() + LATER_WITHIN));
    boolean later = v.group(3) != null || LATER.matcher(after).find();
    String id = m.group(1) + "-" + version + (later ? "-or-later" : "-only");
    return knowledge.entry(id).isPresent() ? id : target;
  }
}

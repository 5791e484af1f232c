package io.provscan.detect.license;

import io.provscan.detect.LicenseFinding;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mentions of a GNU licence that a nearby notice makes more precise. A notice says "version 2 of
 * the License, or (at your option) any later version" and then points to the text ("the complete
 * text of the GNU General Public License version 2 can be found in …"): the pointer names the text,
 * not another grant, so the notice's {@code GPL-2.0-or-later} stands alone (within {@value
 * #NEAR_LINES} lines). Likewise "the GPL" with no version, in an item that names a version of it,
 * is that versioned licence (SPDX guidance: an unversioned name is any version only when nothing
 * says which).
 */
final class GnuFamilies {
  /** Lines between a mention and the notice that makes it precise at most: {@value}. */
  static final int NEAR_LINES = 30;

  /** The note of a GNU licence named without a version. */
  static final String ANY_VERSION = "no version named: any version of the licence";

  private static final Pattern GNU = Pattern.compile("(A?L?GPL|GFDL)-(\\d\\.\\d)-(only|or-later)");

  private static final Set<String> FIRST_OR_LATER =
      Set.of("GPL-1.0-or-later", "LGPL-2.0-or-later", "AGPL-1.0-or-later", "GFDL-1.1-or-later");

  private GnuFamilies() {}

  /** Whether {@code id} is a GNU family's first version "or later", what an unversioned name is. */
  static boolean firstVersionOrLater(String id) {
    return FIRST_OR_LATER.contains(id);
  }

  /** {@code f} with the note that no version was named. */
  static LicenseFinding anyVersion(LicenseFinding f) {
    return f.withNote(ANY_VERSION);
  }

  /** The findings without the references a nearby finding of the same GNU licence makes precise. */
  static List<LicenseFinding> withoutImprecise(List<LicenseFinding> found) {
    List<LicenseFinding> out = new ArrayList<>(found.size());
    for (LicenseFinding f : found) {
      if (!madePrecise(f, found)) {
        out.add(f);
      }
    }
    return out;
  }

  private static boolean madePrecise(LicenseFinding r, List<LicenseFinding> found) {
    Matcher m = GNU.matcher(r.spdx());
    if (!r.basis().equals("reference") || !m.matches() || r.lines() == null) {
      return false;
    }
    boolean any = r.notes().contains(ANY_VERSION);
    String later = m.group(1) + "-" + m.group(2) + "-or-later";
    for (LicenseFinding f : found) {
      Matcher o = GNU.matcher(f.spdx());
      if (f == r || f.lines() == null || !o.matches()) {
        continue;
      }
      boolean sameFamily = o.group(1).equals(m.group(1)) && !f.notes().contains(ANY_VERSION);
      if (any ? sameFamily : m.group(3).equals("only") && f.spdx().equals(later) && near(r, f)) {
        return true;
      }
    }
    return false;
  }

  private static boolean near(LicenseFinding a, LicenseFinding b) {
    return Math.abs(a.lines().start() - b.lines().start()) <= NEAR_LINES;
  }
}

package io.provscan.detect.license;

import io.provscan.detect.LicenseFinding;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * References that name a licence without granting it: pointers to where a licence's text is ("On
 * Debian systems, the complete text of the GNU General Public License version 2 can be found in
 * /usr/share/common-licenses/GPL-2") and links in a notice to where a copy of its licence is ("You
 * can obtain a copy in the file LICENSE … or at https://www.openssl.org/source/license.html" in an
 * Apache-2.0 notice). A pointer after a grant of the same licence family says where that grant's
 * text is, even when it names another version; a link where a notice says to get its copy names
 * that notice's licence, whatever the page's address says. Neither is a second licence. A pointer
 * with no grant before it is kept (it is all the item says) and noted as a pointer; a later
 * occurrence of the same licence that is not a pointer is kept as what it is.
 */
final class NoticeLinks {
  /** The note on a reference that only says where a licence's text is. */
  static final String POINTER = "points to where the licence text is; not a grant";

  /**
   * Lines after a grant's first line within which a pointer of its family belongs to it: {@value}
   * (a GNU notice's grant, warranty and "you should have received" paragraphs, then the pointer).
   */
  static final int POINTER_AFTER_GRANT = 20;

  /** Words in a link's line or the two before it that say it is where a copy of a licence is. */
  private static final List<String> COPY_WORDS =
      List.of(
          "a copy", "obtain", "can be found", "found at", "the license at", "text of the license");

  private NoticeLinks() {}

  /** {@code f} noted as a pointer. */
  static LicenseFinding pointer(LicenseFinding f) {
    return f.withNote(POINTER);
  }

  static boolean isPointer(LicenseFinding f) {
    return f.notes().contains(POINTER);
  }

  /** A reference found from a licence page's address. */
  static boolean isLink(LicenseFinding f) {
    return f.basis().equals("reference")
        && f.evidence() != null
        && f.evidence().regionMatches(true, 0, "http", 0, 4);
  }

  /**
   * The references that are more than pointers and notice links.
   *
   * @param references the references of an item
   * @param found the texts and tags found in it
   * @param text the item's text (for the paragraphs around a link)
   */
  static List<LicenseFinding> kept(
      Collection<LicenseFinding> references, List<LicenseFinding> found, String text) {
    List<LicenseFinding> grants = new ArrayList<>(found);
    Set<String> granted = new HashSet<>();
    for (LicenseFinding r : references) {
      if (!isPointer(r) && !isLink(r)) {
        grants.add(r);
      }
    }
    grants.forEach(g -> granted.add(g.spdx()));
    Lines lines = null;
    List<LicenseFinding> out = new ArrayList<>();
    for (LicenseFinding r : references) {
      if (isPointer(r) && (granted.contains(r.spdx()) || pointsAfterGrant(r, grants))) {
        continue;
      }
      if (isLink(r) && r.lines() != null) {
        lines = lines == null ? new Lines(text) : lines;
        if (linkOfNotice(r, grants, lines)) {
          continue;
        }
      }
      out.add(r);
    }
    return out;
  }

  private static boolean pointsAfterGrant(LicenseFinding p, List<LicenseFinding> grants) {
    if (p.lines() == null) {
      return false;
    }
    for (LicenseFinding g : grants) {
      if (g.notes().contains(GnuFamilies.ANY_VERSION)) {
        continue; // "under the GPL": the pointer's version is the one it means (GnuFamilies)
      }
      int d = g.lines() == null ? -1 : p.lines().start() - g.lines().start();
      if (d >= 0 && d <= POINTER_AFTER_GRANT && family(g.spdx()).equals(family(p.spdx()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a link is where a notice of another licence, in the same paragraph before it, says a
   * copy of its licence is.
   */
  private static boolean linkOfNotice(
      LicenseFinding link, List<LicenseFinding> grants, Lines lines) {
    int at = link.lines().start();
    String near =
        (lines.line(at - 2) + " " + lines.line(at - 1) + " " + lines.line(at))
            .toLowerCase(Locale.ROOT);
    if (COPY_WORDS.stream().noneMatch(near::contains)) {
      return false;
    }
    for (LicenseFinding g : grants) {
      if (g.lines() == null || g.spdx().equals(link.spdx()) || isLink(g)) {
        continue;
      }
      int from = g.lines().start();
      if (from <= at && at <= from + NoticeText.MAX_LINES && !lines.blankBetween(from, at)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A licence's family for pointers: the GNU licences are one (an LGPL notice points to the GPL's
   * text it builds on), any other is its id without its version.
   */
  static String family(String id) {
    if (id.matches("A?L?GPL-.*")) {
      return "GNU";
    }
    return id.replaceFirst("-\\d.*$", "");
  }

  /** The lines of a text, 1-based, split once when a link needs them. */
  private static final class Lines {
    private final String[] lines;

    Lines(String text) {
      this.lines = text.split("\n", -1);
    }

    String line(int n) {
      return n >= 1 && n <= lines.length ? lines[n - 1] : "";
    }

    boolean blankBetween(int from, int to) {
      for (int n = from + 1; n < to; n++) {
        if (NoticeText.unmarked(line(n)).isEmpty()) {
          return true;
        }
      }
      return false;
    }
  }
}

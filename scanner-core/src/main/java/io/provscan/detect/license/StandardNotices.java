package io.provscan.detect.license;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The standard notices licences ask to put in each file, as word sequences: the granting sentence
 * of every SPDX {@code standardLicenseHeader} ("… under the terms of the GNU General Public License
 * as published by the Free Software Foundation; either version 2 of the License, or (at your
 * option) any later version"), and provscan's own for the licences whose SPDX entry has no header
 * (EPL, CDDL). A notice that holds one of them word for word names its licence and version exactly.
 * Immutable.
 */
final class StandardNotices {
  /**
   * provscan's own notices, for licences the SPDX list gives no header: each as the words of the
   * notice the licence's steward publishes (Eclipse's and Sun's file headers).
   */
  private static final Map<String, String> OWN =
      Map.of(
          "EPL-1.0",
          "available under the terms of the eclipse public license v1.0",
          "EPL-2.0",
          "available under the terms of the eclipse public license 2.0",
          "CC0-1.0",
          "have dedicated all copyright and related and neighboring rights to this software to the"
              + " public domain worldwide",
          "CDDL-1.0",
          "the contents of this file are subject to the terms of the common development and"
              + " distribution license the license you may not use this file except in compliance",
          "CDDL-1.1",
          "the contents of this file are subject to the terms of either the gnu general public"
              + " license version 2 only gpl or the common development and distribution license");

  /**
   * Words that only standard notices use around a licence's name: a notice that names its licence
   * with one of them is a notice, not a passing reference, even when its wording is its own.
   */
  private static final List<String> NOTICE_WORDS =
      List.of(
          "as published by the free software foundation",
          "you may not use this file except in compliance",
          "this source code form is subject to the terms of",
          "available under the terms of the eclipse public license",
          "subject to the terms of the common development and distribution license",
          "is free software you can redistribute it");

  /**
   * A notice's words and the licence they name.
   *
   * @param id the SPDX id
   * @param words the notice's normalised words, space-separated, with a space at each end
   */
  record Notice(String id, String words) {}

  private final List<Notice> notices;

  private StandardNotices(List<Notice> notices) {
    this.notices = List.copyOf(notices);
  }

  /**
   * The notices of the SPDX headers given (by id) and provscan's own, longest first.
   *
   * @param headers the SPDX standard headers, by id
   * @param names the full name of a licence id
   */
  static StandardNotices of(Map<String, String> headers, Function<String, String> names) {
    List<Notice> out = new ArrayList<>();
    headers.forEach(
        (id, header) -> {
          String grant = grant(header, names.apply(id));
          if (grant != null) {
            out.add(new Notice(id, grant));
          }
        });
    OWN.forEach((id, words) -> out.add(new Notice(id, normalised(words))));
    out.sort(Comparator.comparingInt((Notice n) -> -n.words().length()).thenComparing(Notice::id));
    return new StandardNotices(out);
  }

  /** Words of licence names too common to tell a licence's own header from another's. */
  private static final Set<String> COMMON_NAME_WORDS =
      Set.of("license", "licence", "public", "general", "version", "software", "source", "open");

  /**
   * The header's granting sentence: its first paragraph (copyright lines left out) that grants
   * under a licence its name words name and disclaims nothing, from its first "under" (so "This
   * program/library/file is free software" all meet) to its first link (which projects write in
   * http or https); null when it has none of at least 10 words.
   *
   * @param header the SPDX standard header
   * @param name the licence's full name
   */
  static String grant(String header, String name) {
    for (String paragraph : header.split("\\n\\s*\\n")) {
      String words = normalised(withoutCopyrightLines(paragraph));
      boolean grants = words.contains(" under ") || words.contains(" subject to ");
      if (!grants || words.contains(" warranty ") || !namesLicence(words, name)) {
        continue;
      }
      int under = words.indexOf(" under ");
      String from = under >= 0 ? words.substring(under) : words;
      int link = from.indexOf(" http");
      String cut = link >= 0 ? from.substring(0, link + 1) : from;
      return cut.strip().split(" ").length >= 10 ? cut : null;
    }
    return null;
  }

  private static String withoutCopyrightLines(String paragraph) {
    StringBuilder out = new StringBuilder();
    for (String line : paragraph.split("\n")) {
      if (!line.strip().toLowerCase(Locale.ROOT).startsWith("copyright")) {
        out.append(line).append('\n');
      }
    }
    return out.toString();
  }

  /** Whether {@code words} hold a distinctive word of the licence's name ("gnu", "apache"). */
  private static boolean namesLicence(String words, String name) {
    for (String w : normalised(name).strip().split(" ")) {
      if (w.length() >= 3 && !COMMON_NAME_WORDS.contains(w) && words.contains(" " + w + " ")) {
        return true;
      }
    }
    return false;
  }

  /** The licence whose standard notice {@code text} holds word for word (the longest), or null. */
  String exact(String text) {
    String words = normalised(text);
    for (Notice n : notices) {
      int at = words.indexOf(n.words());
      if (at >= 0 && !(n.id().endsWith("-only") && laterFollows(words, at + n.words().length()))) {
        return n.id();
      }
    }
    return null;
  }

  /**
   * Whether "or later" words follow an "-only" header's sentence ("… Foundation; version 2 of the
   * License, or (at your option) any later version"): then the notice is not the "-only" one.
   */
  private static boolean laterFollows(String words, int from) {
    String after = words.substring(from, Math.min(words.length(), from + GnuVersions.LATER_WITHIN));
    return after.contains(" later ") || after.contains(" newer ");
  }

  /** Whether {@code text} has words only standard notices use. */
  static boolean noticeWords(String text) {
    String words = normalised(text);
    for (String w : NOTICE_WORDS) {
      if (words.contains(" " + w + " ")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Lower-case words of letters and digits, "licence" spelt "license" (SPDX guidelines B.9),
   * space-separated with a space at each end.
   */
  static String normalised(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append(' ');
    for (int i = 0; i < s.length(); i++) {
      char c = Character.toLowerCase(s.charAt(i));
      if (Character.isLetterOrDigit(c)) {
        out.append(c);
      } else if (out.charAt(out.length() - 1) != ' ') {
        out.append(' ');
      }
    }
    if (out.charAt(out.length() - 1) != ' ') {
      out.append(' ');
    }
    return out.toString().replace(" licence ", " license ").toLowerCase(Locale.ROOT);
  }
}

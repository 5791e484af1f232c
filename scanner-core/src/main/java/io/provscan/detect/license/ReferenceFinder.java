package io.provscan.detect.license;

import io.provscan.detect.LicenseFinding;
import io.provscan.licensedb.LicenseEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Notices and references that name a licence without quoting it: "Licensed under the Apache
 * License, Version 2.0", "released under CC BY-NC 4.0", "GPL version 2 or (at your option) any
 * later version", "License: MIT", "本项目采用 Apache-2.0 许可证", and links to a licence's page. Each
 * licence is reported once per item (at its first line), at most {@value #MAX_REFERENCES}.
 */
final class ReferenceFinder {
  /** Distinct licences referenced per item at most: {@value}. */
  static final int MAX_REFERENCES = 50;

  /** Confidence of a notice that names a licence: {@value}. */
  static final double NOTICE = 0.8;

  /**
   * Confidence of a standard notice whose granting sentence is word for word a licence's standard
   * header (SPDX {@code standardLicenseHeader}, or provscan's own for EPL and CDDL): {@value}. Not
   * 1: the rest of the header (warranty, address) is not compared.
   */
  static final double STANDARD_NOTICE = 0.95;

  /**
   * Confidence of a notice in a standard notice's words ("as published by the Free Software
   * Foundation", "you may not use this file except in compliance") that names its licence in its
   * own way: {@value}.
   */
  static final double NOTICE_WORDS = 0.9;

  /**
   * Characters after a trigger read for the licence's name, its version words and its alternatives:
   * {@value}.
   */
  static final int NAME_WITHIN = 400;

  /** Confidence of a link to a licence's page: {@value}. */
  static final double LINK = 0.7;

  private static final List<String> TRIGGERS =
      List.of(
          "licensed under",
          "licenced under",
          "released under",
          "distributed under",
          "available under",
          "published under",
          "provided under",
          "licensed as",
          "under the terms",
          "subject to the terms of",
          "subject to the terms and conditions",
          "covered by the",
          "license:",
          "licence:",
          "license :",
          "licensed under either",
          "complete text of",
          "full text of",
          "common-licenses/",
          "under the same terms as",
          "to the extent possible under law");

  /** Chinese verbs that introduce the licence a project uses (采用 adopts, 遵循 follows, …). */
  private static final List<String> ZH_TRIGGERS =
      List.of("采用", "遵循", "遵守", "依照", "依据", "根据", "基于", "使用", "按照", "许可证：", "许可证:");

  /** Words between a trigger and the name that say nothing about which licence. */
  private static final Set<String> LEAD =
      Set.of(
          "terms",
          "of",
          "a",
          "an",
          "either",
          "both",
          "this",
          "is",
          "are",
          "by",
          "and",
          "conditions",
          "its",
          "dual",
          "same",
          "as");

  /** Words before an alternative's name, besides {@link #LEAD}: "or, at your option, under …". */
  private static final Set<String> CHOICE_LEAD =
      Set.of("at", "your", "option", "choice", "under", "in", "you", "may", "it", "use");

  private final LicenseKnowledge knowledge;
  private final FindingFactory factory;

  ReferenceFinder(LicenseKnowledge knowledge, FindingFactory factory) {
    this.knowledge = knowledge;
    this.factory = factory;
  }

  /**
   * The references in one segment, by licence: only the lines where {@code hits} found a trigger, a
   * link or a CJK character (what {@link #referencesInLine} looks for) are read, in order, and none
   * inside the licence texts {@code texts} found so far.
   */
  void find(
      Window.Segment s,
      Keywords.Hits hits,
      List<LicenseFinding> texts,
      Map<String, LicenseFinding> out) {
    int done = Integer.MIN_VALUE;
    for (int i = 0; i < hits.size(); i++) {
      int line = hits.line(i);
      if (hits.word(i) == LicenseDetector.TAG_WORD
          || line == done
          || insideText(line, texts, knowledge)) {
        continue;
      }
      done = line;
      if (out.size() < MAX_REFERENCES) {
        int at = hits.at(i);
        // A trigger that wraps ("under / the terms") is read with the line it ends on.
        int end = s.lineEnd(Math.max(at, hits.end(i) - 1));
        referencesInLine(s, line, s.lineStart(at), end, out);
      }
    }
  }

  /**
   * Whether a line is inside a licence text found in full: what such a text names (the GPL's "how
   * to apply" notice, the MPL's secondary licences) is part of it, and the detector would drop it.
   * An exception's text is read: what it names is the licence it adds a permission to.
   */
  private static boolean insideText(int line, List<LicenseFinding> texts, LicenseKnowledge k) {
    for (LicenseFinding t : texts) {
      LicenseFinding.LineRange r = t.lines();
      boolean exception = k.entry(t.spdx()).map(LicenseEntry::exception).orElse(false);
      if (t.basis().equals("text")
          && r != null
          && line >= r.start()
          && line <= r.end()
          && !exception) {
        return true;
      }
    }
    return false;
  }

  /** The words {@link #find} needs found: links, then the triggers. */
  static List<String> keywords() {
    List<String> words = new ArrayList<>();
    words.add("http");
    words.addAll(TRIGGERS);
    return words;
  }

  /** The links of a line, and the licence named after its first trigger. */
  private void referencesInLine(
      Window.Segment s, int line, int start, int end, Map<String, LicenseFinding> out) {
    String lower = s.lower(start, end).replace('\n', ' ');
    if (lower.contains("http")) {
      links(s.text().substring(start, end), line, out);
    }
    String notice = null;
    for (String trigger : TRIGGERS) {
      int at = lower.indexOf(trigger);
      if (at < 0
          || (trigger.equals(COMMON_LICENSES)
              && !speaksOfTerms(s.lower(lineBefore(s.text(), start), end)))) {
        continue;
      }
      String evidence = s.text().substring(start, end);
      if (notice == null) {
        notice = NoticeText.following(s, start, end);
        String standard = knowledge.notices().exact(notice);
        if (standard != null) {
          put(out, standard, notice(standard, "notice", STANDARD_NOTICE, line, evidence));
          return;
        }
      }
      String rest = NoticeText.following(s, start + at + trigger.length(), end);
      String itself = trigger.equals(SAME_TERMS) ? sameTermsAs(rest) : null;
      if (itself != null) {
        put(out, itself, notice(itself, "reference", NOTICE, line, evidence));
        return;
      }
      boolean words = StandardNotices.noticeWords(notice);
      Map<String, LicenseFinding> into = out;
      if (POINTERS.contains(trigger) && !grants(s.lower(lineBefore(s.text(), start), end))) {
        into = new LinkedHashMap<>(); // filed apart, so a later grant is not taken for it
      }
      if (nameAfterTrigger(rest, line, evidence, words ? "notice" : "reference", into)) {
        if (into != out) {
          into.values().forEach(f -> put(out, POINTER_KEY + f.spdx(), NoticeLinks.pointer(f)));
        }
        return; // else a later trigger of the line may name one ("text of …", "common-licenses/")
      }
    }
    if (hasCjk(lower)) {
      chineseNotice(s, line, start, end, lower, out);
    }
  }

  private static final String COMMON_LICENSES = "common-licenses/";

  /**
   * Triggers that say where a licence's text is ("the complete text of the GNU General Public
   * License can be found in /usr/share/common-licenses/GPL-2"): on a line without words of a grant,
   * what they name is a pointer, not a grant ({@link NoticeLinks}).
   */
  private static final Set<String> POINTERS =
      Set.of("complete text of", "full text of", COMMON_LICENSES);

  /** The prefix of a pointer's key in the map of references: apart from the grants'. */
  static final String POINTER_KEY = "pointer:";

  /** Words that make a line a grant, not only a pointer to a licence's text. */
  private static final List<String> GRANT_WORDS =
      List.of(
          "under the",
          "under gpl",
          "under lgpl",
          "licensed",
          "licenced",
          "released",
          "free software",
          "permission",
          "redistribut");

  /** Whether a line (read with the one before it) has words of a grant. */
  static boolean grants(String lower) {
    for (String w : GRANT_WORDS) {
      if (lower.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static final String SAME_TERMS = "under the same terms as";

  /**
   * "Under the same terms as Perl itself": a language's own licence by the language's name. Perl's
   * terms are its dual licence (perlartistic and perlgpl, "either the GNU GPL version 1 or later or
   * the Artistic License"); Python's are the PSF licence stack SPDX names Python-2.0. Both are how
   * Debian's copyright files and ScanCode's rules read the phrase.
   */
  private static final Map<String, String> LANGUAGE_TERMS =
      Map.of(
          "perl", "Artistic-1.0-Perl OR GPL-1.0-or-later",
          "python", "Python-2.0");

  /** The licence of "the same terms as Perl itself" after the trigger, or null. */
  static String sameTermsAs(String rest) {
    List<String> words = NameResolver.words(rest);
    int at = !words.isEmpty() && words.get(0).equals("the") ? 1 : 0;
    if (words.size() < at + 2 || !words.get(at + 1).equals("itself")) {
      return null;
    }
    return LANGUAGE_TERMS.get(words.get(at));
  }

  /**
   * Where the line before {@code start} begins: a pointer's words may wrap onto the path's line.
   */
  private static int lineBefore(String text, int start) {
    int end = start > 0 ? text.lastIndexOf('\n', start - 1) : -1;
    return end > 0 ? text.lastIndexOf('\n', end - 1) + 1 : 0;
  }

  /**
   * True when a line that names a file under {@code common-licenses/} (read with the end of the
   * line before it) also speaks of licence terms (Debian's "the complete text … can be found in"),
   * not only of the path ("fix the symlink to /usr/share/common-licenses/GPL-1" in a changelog
   * names no licence of the package).
   */
  static boolean speaksOfTerms(String lower) {
    String rest = lower.replace(COMMON_LICENSES, "");
    for (String word : List.of("licen", "text of", "terms", "see ", "can be found", "found in")) {
      if (rest.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** A Chinese notice: a verb that introduces a licence on a line that speaks of licences. */
  private void chineseNotice(
      Window.Segment s,
      int line,
      int start,
      int end,
      String lower,
      Map<String, LicenseFinding> out) {
    for (String trigger : ZH_TRIGGERS) {
      int at = lower.indexOf(trigger);
      if (at >= 0 && (lower.contains("许可") || lower.contains("协议") || lower.contains("licen"))) {
        String rest = following(s, start + at + trigger.length(), end);
        nameAfterTrigger(rest, line, lower, null, out);
        return;
      }
    }
  }

  /** The rest of the line and the next one (notices wrap), at most 300 characters. */
  private static String following(Window.Segment s, int from, int end) {
    int next = s.text().indexOf('\n', end + 1);
    int to = Math.min(next < 0 || next > s.to() ? s.to() : next, from + 300);
    return s.text().substring(from, Math.max(from, Math.min(to, s.to())));
  }

  /**
   * The licence named within the first words after a trigger: in English only filler words ({@link
   * #LEAD}) may come before the name; in Chinese any of the first twelve characters.
   *
   * @param basis {@code notice} or {@code reference} for English; null for a Chinese notice
   * @return whether a licence was named
   */
  private boolean nameAfterTrigger(
      String rest, int line, String evidence, String basis, Map<String, LicenseFinding> out) {
    boolean cjk = basis == null;
    rest = rest.length() > NAME_WITHIN ? rest.substring(0, NAME_WITHIN) : rest;
    boolean offered = !cjk && Alternatives.offered(evidence);
    if (offered && choice(rest, line, evidence, basis, out)) {
      return true;
    }
    List<String> words = NameResolver.words(rest);
    int limit = cjk ? 12 : 6;
    for (int from = 0; from < words.size() && from < limit; from++) {
      NameResolver.Resolution r = knowledge.names().inText(words, from);
      if (r != null) {
        String target = GnuVersions.versioned(r.target(), rest, knowledge);
        boolean isNotice = "notice".equals(basis);
        double confidence = isNotice ? NOTICE_WORDS : NOTICE;
        LicenseFinding f = notice(target, cjk ? "reference" : basis, confidence, line, evidence);
        put(out, target, GnuVersions.unversioned(target, rest) ? GnuFamilies.anyVersion(f) : f);
        return true;
      }
      if (!cjk && !LEAD.contains(words.get(from)) && !isNumber(words.get(from))) {
        return false;
      }
    }
    return false;
  }

  /**
   * Files {@code f} under its licence and confidence, unless one as sure of that licence is there:
   * the detector keeps the surest that no licence text found in full holds ({@link
   * LicenseDetector}), so a less sure notice elsewhere in the item is kept for it.
   */
  private static void put(Map<String, LicenseFinding> out, String id, LicenseFinding f) {
    out.putIfAbsent(id + "@" + f.confidence(), f);
  }

  private LicenseFinding notice(
      String target, String basis, double confidence, int line, String evidence) {
    return factory.expression(
        target,
        basis,
        confidence,
        new LicenseFinding.LineRange(line, line),
        Snippets.cut(evidence));
  }

  private void links(String line, int number, Map<String, LicenseFinding> out) {
    Matcher m = UrlIndex.IN_TEXT.matcher(line);
    while (m.find() && out.size() < MAX_REFERENCES) {
      String id = knowledge.urls().id(m.group());
      if (id != null) {
        put(
            out,
            id,
            factory.expression(
                id, "reference", LINK, new LicenseFinding.LineRange(number, number), m.group()));
      }
    }
  }

  /**
   * A notice that offers a choice of two or more licences, filed as their {@code OR} expression;
   * false when fewer than two of its alternatives name a licence.
   */
  private boolean choice(
      String rest, int line, String evidence, String basis, Map<String, LicenseFinding> out) {
    List<String> ids = new ArrayList<>();
    for (String part : Alternatives.parts(evidence, rest)) {
      String id = nameIn(part);
      if (id != null && !ids.contains(id)) {
        ids.add(id.contains(" ") ? "(" + id + ")" : id);
      }
    }
    if (ids.size() < 2) {
      return false;
    }
    String expression = String.join(" OR ", ids);
    double confidence = "notice".equals(basis) ? NOTICE_WORDS : NOTICE;
    put(out, expression, notice(expression, basis, confidence, line, evidence));
    return true;
  }

  /** The licence named within the first words of one alternative, with its version words. */
  private String nameIn(String part) {
    List<String> words = NameResolver.words(part);
    for (int from = 0; from < words.size() && from < 10; from++) {
      NameResolver.Resolution r = knowledge.names().inText(words, from);
      if (r != null) {
        return GnuVersions.versioned(r.target(), part, knowledge);
      }
      String w = words.get(from);
      if (!LEAD.contains(w) && !CHOICE_LEAD.contains(w) && !isNumber(w)) {
        return null;
      }
    }
    return null;
  }

  /** "under the terms of version 2 of the GNU …": the version comes before the name. */
  private static boolean isNumber(String word) {
    return !word.isEmpty() && word.length() <= 2 && Character.isDigit(word.charAt(0));
  }

  private static boolean hasCjk(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Tokenizer.isCjk(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}

package io.provscan.detect.pii;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Counts sensitive-category terms that speak about a person: a term counts only when a person word
 * ({@code 我}, {@code 患者}, {@code my}, {@code patient}…) is within {@value #WINDOW} characters, so a
 * news report on cancer research is not a health record. An age under 14 ({@code 8岁}, {@code 10
 * years old}) counts as {@code MINOR} under the same rule (PIPL Art. 28 and 31: under 14).
 */
final class SensitiveCounter {
  /** Characters on each side of a term searched for a person word: {@value}. */
  static final int WINDOW = 30;

  /** Youngest age that is no longer a minor in the sense of PIPL Art. 28: {@value}. */
  static final int MINOR_AGE_LIMIT = 14;

  private static final String CN_NUMERALS = "零一二两三四五六七八九十";

  private final Set<SensitiveCategory> categories;
  private final long mask;

  SensitiveCounter(Set<SensitiveCategory> categories) {
    this.categories = Set.copyOf(categories);
    long m = 0;
    for (SensitiveCategory c : categories) {
      m |= Roles.category(c);
    }
    this.mask = m;
  }

  boolean enabled() {
    return mask != 0;
  }

  Map<String, Integer> count(String text, KeywordHits hits) {
    Map<String, Integer> counts = new TreeMap<>();
    for (int h = 0; h < hits.size(); h++) {
      long role = hits.role(h) & mask;
      if ((hits.role(h) & Roles.AGE) != 0 && categories.contains(SensitiveCategory.MINOR)) {
        int age = ageBefore(text, hits.begin(h));
        if (age > 0 && age < MINOR_AGE_LIMIT) {
          role |= Roles.category(SensitiveCategory.MINOR);
        }
      }
      if ((role & MINOR) != 0 && technical(text, hits.begin(h), hits.end(h))) {
        role &= ~MINOR;
      }
      if (role != 0 && !meantOfAPerson(text, hits.begin(h), hits.end(h))) {
        role = 0;
      }
      if (role != 0 && aboutPerson(hits, h)) {
        for (SensitiveCategory c : SensitiveCategory.values()) {
          if ((role & Roles.category(c)) != 0) {
            counts.merge(c.name(), 1, Integer::sum);
          }
        }
      }
    }
    return counts;
  }

  private static final long MINOR = Roles.category(SensitiveCategory.MINOR);

  /** Minor-category words that technical writing uses of things: {@code child process}. */
  private static final Set<String> THING_WORDS =
      Set.of("child", "children", "minor", "minors", "kid", "kids", "baby", "infant", "guardian");

  /**
   * Nouns after which those words name a thing, not a young person: a child process, element or
   * widget; a minor version, release or mode.
   */
  private static final Set<String> THINGS =
      Set.of(
          "process",
          "processes",
          "element",
          "elements",
          "node",
          "nodes",
          "widget",
          "widgets",
          "window",
          "windows",
          "class",
          "classes",
          "theme",
          "themes",
          "directory",
          "directories",
          "dir",
          "dirs",
          "item",
          "items",
          "object",
          "objects",
          "pid",
          "pids",
          "thread",
          "threads",
          "task",
          "tasks",
          "frame",
          "frames",
          "tag",
          "tags",
          "table",
          "tables",
          "entry",
          "entries",
          "record",
          "records",
          "module",
          "modules",
          "package",
          "packages",
          "job",
          "jobs",
          "tree",
          "trees",
          "page",
          "pages",
          "menu",
          "menus",
          "list",
          "lists",
          "field",
          "fields",
          "type",
          "types",
          "span",
          "selector",
          "selectors",
          "key",
          "keys",
          "axis",
          "version",
          "versions",
          "release",
          "releases",
          "number",
          "numbers",
          "bug",
          "bugs",
          "fix",
          "fixes",
          "change",
          "changes",
          "update",
          "updates",
          "issue",
          "issues",
          "typo",
          "typos",
          "cleanup",
          "cleanups",
          "edit",
          "edits",
          "mode",
          "modes",
          "revision",
          "revisions",
          "patch",
          "patches",
          "bump",
          "improvement",
          "improvements",
          "tweak",
          "tweaks",
          "problem",
          "problems",
          "error",
          "errors",
          "refactoring",
          "optimization",
          "optimizations",
          "correction",
          "corrections",
          "device",
          "devices",
          "collection",
          "collections",
          "component",
          "components");

  /**
   * True when a minor-category word stands for a thing: the next word is one of {@link #THINGS}
   * ({@code child process}, {@code minor release}), or it is joined to {@code parent} ({@code
   * parent/child}, {@code parent-child}).
   */
  static boolean technical(String text, int begin, int end) {
    String term = text.substring(begin, end).toLowerCase(java.util.Locale.ROOT);
    if (!THING_WORDS.contains(term)) {
      return false;
    }
    String before =
        text.substring(Math.max(0, begin - 7), begin).toLowerCase(java.util.Locale.ROOT);
    if (before.endsWith("parent/") || before.endsWith("parent-")) {
      return true;
    }
    int i = end;
    while (i < text.length() && i - end < 3 && " -_".indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    int from = i;
    while (i < text.length() && i - from < 20 && Character.isLetter(text.charAt(i))) {
      i++;
    }
    String next = text.substring(from, i).toLowerCase(java.util.Locale.ROOT);
    // node's child_process module is written child_process.spawn or child_processSpawn
    return i > from && (THINGS.contains(next) || next.startsWith("process"));
  }

  /**
   * Words of everyday technical English that are sensitive terms only before certain words: {@code
   * race} (not a race condition), {@code disabled} (people, not an option), {@code came out} and
   * {@code coming out} (as gay, to one's parents; not a release), {@code converted to} (a faith,
   * not UTF-8), {@code conservative} and {@code liberal} (party, views; not defaults). Each maps to
   * the next words that keep it sensitive.
   */
  private static final Map<String, Set<String>> ONLY_BEFORE =
      Map.of(
          "race", Set.of("and", "or", "of", "relations", "discrimination", "identity", "origin"),
          "disabled",
              Set.of(
                  "people",
                  "person",
                  "persons",
                  "man",
                  "men",
                  "woman",
                  "women",
                  "veteran",
                  "veterans",
                  "child",
                  "children",
                  "student",
                  "students",
                  "employee",
                  "employees",
                  "individual",
                  "individuals",
                  "adult",
                  "adults",
                  "worker",
                  "workers",
                  "parent",
                  "son",
                  "daughter",
                  "since",
                  "from"),
          "came out", Set.of("as", "to"),
          "coming out", Set.of("as", "to"),
          "converted to",
              Set.of(
                  "christianity",
                  "islam",
                  "catholicism",
                  "judaism",
                  "buddhism",
                  "hinduism",
                  "orthodoxy",
                  "protestantism",
                  "the",
                  "a"),
          "conservative", Set.of("party", "views", "voter", "voters", "politician", "politics"),
          "liberal", Set.of("party", "views", "voter", "voters", "politician", "politics"));

  /**
   * False when a term that technical writing uses of things ({@link #ONLY_BEFORE}) is not followed
   * by a word that makes it about people ("race condition", "disabled by default").
   */
  static boolean meantOfAPerson(String text, int begin, int end) {
    Set<String> next =
        ONLY_BEFORE.get(text.substring(begin, end).toLowerCase(java.util.Locale.ROOT));
    if (next == null) {
      return true;
    }
    int i = end;
    while (i < text.length() && i - end < 3 && text.charAt(i) == ' ') {
      i++;
    }
    int from = i;
    while (i < text.length() && i - from < 20 && Character.isLetter(text.charAt(i))) {
      i++;
    }
    return i > from && next.contains(text.substring(from, i).toLowerCase(java.util.Locale.ROOT));
  }

  private static boolean aboutPerson(KeywordHits hits, int h) {
    int begin = hits.begin(h);
    return hits.any(Roles.PERSON, begin - WINDOW, hits.end(h) + WINDOW, begin);
  }

  /** The age written just before an age unit ({@code 8岁}, {@code 十三岁}, {@code 10 years}), or -1. */
  static int ageBefore(String text, int unit) {
    int p = unit;
    if (p > 0 && (text.charAt(p - 1) == ' ' || text.charAt(p - 1) == '-')) {
      p--;
    }
    int end = p;
    while (p > 0 && end - p < 3 && Chars.digit(text.charAt(p - 1))) {
      p--;
    }
    if (p < end) {
      return Chars.word(Chars.at(text, p - 1)) ? -1 : Integer.parseInt(text, p, end, 10);
    }
    while (p > 0 && end - p < 3 && CN_NUMERALS.indexOf(text.charAt(p - 1)) >= 0) {
      p--;
    }
    return p < end ? chinese(text.substring(p, end)) : -1;
  }

  /** The value of a Chinese numeral up to 99 ({@code 八}, {@code 十三}, {@code 二十}). */
  static int chinese(String s) {
    int ten = s.indexOf('十');
    if (ten < 0) {
      return s.length() == 1 ? digit(s.charAt(0)) : -1;
    }
    int tens = ten == 0 ? 1 : digit(s.charAt(ten - 1));
    int units = ten == s.length() - 1 ? 0 : digit(s.charAt(ten + 1));
    return tens < 0 || units < 0 ? -1 : tens * 10 + units;
  }

  private static int digit(char c) {
    if (c == '两') {
      return 2;
    }
    int d = "零一二三四五六七八九".indexOf(c);
    return d;
  }
}

package io.provscan.detect.pii;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Word senses: technical writing uses many sensitive-category terms and person words of things
 * ({@code child process}, {@code minor release}, {@code SEMVER-MINOR}, {@code key fingerprint},
 * {@code IRIS GL}, {@code race condition}, {@code checked in}, {@code good faith}, {@code health
 * check}, Christian as a given name, {@code i} as a loop variable). A keyword hit in such a sense
 * is neither a category term nor a person word. Only Latin-script terms are judged here: the
 * Chinese terms of the lexicon have no technical homographs. Pure functions of the text.
 */
final class TechnicalSenses {
  private TechnicalSenses() {}

  /** Words that technical writing uses of things when a technical noun follows. */
  private static final Set<String> THING_WORDS =
      Set.of(
          "child",
          "children",
          "minor",
          "minors",
          "kid",
          "kids",
          "baby",
          "infant",
          "guardian",
          "orphan",
          "orphans",
          "orphaned",
          "union member",
          "iris",
          "health",
          "savings");

  /**
   * Nouns after which those words name a thing, not a person: a child process, element or widget; a
   * minor version, release or mode; an orphan package; a health check.
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
          "components",
          "file",
          "files",
          "inode",
          "inodes",
          "block",
          "blocks",
          "branch",
          "branches",
          "commit",
          "commits",
          "check",
          "checks",
          "checker",
          "probe",
          "probes",
          "endpoint",
          "endpoints",
          "status",
          "monitor",
          "monitoring",
          "function",
          "functions",
          "member",
          "members",
          "variable",
          "variables",
          "driver",
          "drivers",
          "count",
          "counter",
          "counters",
          "data",
          "value",
          "values",
          "mark",
          "marks");

  /**
   * Terms that are sensitive only before certain words: {@code race} (not a race condition), {@code
   * disabled} (people, not an option), {@code came out} (as gay), {@code converted to} (a faith,
   * not UTF-8), {@code undocumented} (migrants, not options), {@code checked in} (at a hotel, not
   * into git), {@code savings} (an account, not memory), {@code coordinates} (of someone), {@code
   * tracked} (down, a person).
   */
  private static final Map<String, Set<String>> ONLY_BEFORE =
      Map.ofEntries(
          Map.entry("race", Set.of("and", "or", "of", "relations", "discrimination", "identity")),
          Map.entry(
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
                  "from")),
          Map.entry("came out", Set.of("as", "to")),
          Map.entry("coming out", Set.of("as", "to")),
          Map.entry(
              "converted to",
              Set.of(
                  "christianity",
                  "islam",
                  "catholicism",
                  "judaism",
                  "buddhism",
                  "hinduism",
                  "orthodoxy",
                  "protestantism")),
          Map.entry(
              "conservative",
              Set.of("party", "views", "voter", "voters", "politician", "politics")),
          Map.entry(
              "liberal", Set.of("party", "views", "voter", "voters", "politician", "politics")),
          Map.entry(
              "undocumented",
              Set.of(
                  "immigrant",
                  "immigrants",
                  "migrant",
                  "migrants",
                  "worker",
                  "workers",
                  "people",
                  "person",
                  "persons",
                  "residents",
                  "status")),
          Map.entry("checked in", Set.of("at")),
          Map.entry("check-in", Set.of("at", "record", "records", "history", "data")),
          Map.entry("savings", Set.of("account", "accounts", "balance", "balances")),
          Map.entry("coordinates", Set.of("of")),
          Map.entry("tracked", Set.of("down", "him", "her", "them", "me", "my", "his", "their")),
          Map.entry(
              "iris", Set.of("scan", "scans", "recognition", "pattern", "patterns", "image")));

  /** Words before which a term is an idiom: in good faith, bad faith. */
  private static final Map<String, Set<String>> NOT_AFTER =
      Map.of(
          "faith", Set.of("good", "bad"),
          "fingerprint", Set.of("key", "gpg", "pgp", "ssh", "sha1", "sha256", "host", "browser"),
          "fingerprints", Set.of("key", "gpg", "pgp", "ssh", "host", "browser"));

  /**
   * Words that, within {@value #NEAR} characters, make a diagnosis or a fingerprint a program's: a
   * diagnosed bug, a key's fingerprint.
   */
  private static final Set<String> TECHNICAL_NEIGHBOURS =
      Set.of(
          "bug",
          "bugs",
          "error",
          "errors",
          "crash",
          "crashes",
          "failure",
          "failures",
          "leak",
          "leaks",
          "warning",
          "warnings",
          "regression",
          "compiler",
          "parser",
          "parsing",
          "git",
          "key",
          "keys",
          "gpg",
          "pgp",
          "openpgp",
          "ssh",
          "certificate",
          "x509",
          "tls",
          "sha1",
          "sha256",
          "md5",
          "hash",
          "cache",
          "latency",
          "latencies",
          "object",
          "branch",
          "digest",
          "algorithm");

  /** Terms judged by their neighbours ({@link #TECHNICAL_NEIGHBOURS}). */
  private static final Set<String> NEIGHBOURED =
      Set.of(
          "diagnosis",
          "diagnosed",
          "symptoms",
          "fingerprint",
          "fingerprints",
          "therapy",
          "medication",
          "prescription");

  /** Characters searched on each side for {@link #TECHNICAL_NEIGHBOURS}: {@value}. */
  static final int NEAR = 40;

  /**
   * Words after which {@code minor} is still a young person: as an adjective it is nearly always a
   * thing's ({@code minor fixes}, {@code minor white space changes}); as a person it is a noun.
   */
  private static final Set<String> AFTER_MINOR =
      Set.of(
          "child",
          "children",
          "son",
          "sons",
          "daughter",
          "daughters",
          "patient",
          "patients",
          "under",
          "in",
          "is",
          "was",
          "who",
          "and",
          "or",
          "of",
          "at",
          "aged",
          "with",
          "without");

  /** Words before {@code name} that make it a person's: my name, the patient's full name. */
  private static final Set<String> POSSESSIVES =
      Set.of(
          "my", "his", "her", "their", "your", "whose", "full", "first", "last", "maiden", "real",
          "s", "given", "family");

  /** Words after {@code client} that make it software: client request, client library. */
  private static final Set<String> CLIENT_THINGS =
      Set.of(
          "request",
          "requests",
          "side",
          "library",
          "libraries",
          "code",
          "certificate",
          "certificates",
          "software",
          "application",
          "applications",
          "program",
          "programs",
          "connection",
          "connections",
          "allocation",
          "api",
          "mode",
          "id",
          "ids",
          "socket",
          "sockets",
          "tool",
          "tools",
          "version",
          "implementation",
          "support",
          "authentication");

  /** Name particles: Christian von Roques, Ludwig van Beethoven. */
  private static final Set<String> PARTICLES =
      Set.of("von", "van", "de", "der", "den", "da", "di", "du", "le", "la", "del", "dos");

  /** Acronyms of the lexicon written in capitals as a rule: capitals say nothing about them. */
  private static final Set<String> ACRONYMS =
      Set.of("hiv", "aids", "dna", "gps", "lgbt", "lgbtq", "iban", "ssn", "ssns");

  /**
   * True when the hit {@code [begin, end)} is a term or person word used in a technical sense or as
   * part of a name: glued into an identifier, quoted as a token, in capitals, inside a proper name,
   * before a technical noun, or in an idiom.
   */
  static boolean technical(String text, int begin, int end) {
    return sense(text, begin, end, true);
  }

  private static boolean sense(String text, int begin, int end, boolean names) {
    if (!Chars.letter(text.charAt(begin))) {
      return false; // Chinese and other scripts: no technical homographs in the lexicon
    }
    String term = text.substring(begin, end).toLowerCase(Locale.ROOT);
    if (ACRONYMS.contains(term)) {
      return false;
    }
    return glued(text, begin, end)
        || capitals(text, begin, end)
        || (names && properName(text, begin, end))
        || (THING_WORDS.contains(term) && beforeThing(text, begin, end))
        || !onlyBeforeHolds(term, text, end)
        || idiom(term, text, begin)
        || (NEIGHBOURED.contains(term) && technicalNeighbour(text, begin, end))
        || (term.equals("minor") && adjective(text, end));
  }

  /**
   * True when an age ({@code 10 years old}) at {@code unit} is a thing's: a technical noun within
   * {@value #NEAR} characters before it (the age of a cache entry, a ten-year-old file).
   */
  static boolean thingsAge(String text, int unit) {
    int from = Math.max(0, unit - NEAR);
    int i = from;
    while (i < unit) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      String w = wordAt(text, i).toLowerCase(Locale.ROOT);
      if (THINGS.contains(w) || TECHNICAL_NEIGHBOURS.contains(w) || AGED_THINGS.contains(w)) {
        return true;
      }
      i += Math.max(1, w.length());
      while (i < unit && Character.isLetter(text.charAt(i))) {
        i++;
      }
    }
    return false;
  }

  /** Things that have an age in technical writing, besides {@link #THINGS}. */
  private static final Set<String> AGED_THINGS =
      Set.of(
          "cache",
          "code",
          "codebase",
          "software",
          "program",
          "kernel",
          "distribution",
          "machine",
          "server",
          "hardware",
          "laptop",
          "computer",
          "project",
          "repository",
          "library",
          "format",
          "protocol",
          "standard",
          "api",
          "binary",
          "build",
          "copy");

  /** {@code minor} before a word that it describes as small: minor fixes, minor mistakes. */
  private static boolean adjective(String text, int end) {
    String next = nextWord(text, end);
    return !next.isEmpty() && !AFTER_MINOR.contains(next);
  }

  private static String nextWord(String text, int end) {
    return wordAt(text, skipSpaces(text, end)).toLowerCase(Locale.ROOT);
  }

  private static boolean nearby(String text, int begin, int end, String word) {
    int from = Math.max(0, begin - NEAR);
    String window = text.substring(from, Math.min(text.length(), end + NEAR));
    return window.toLowerCase(Locale.ROOT).contains(word);
  }

  /**
   * True when a person word does not point at a person: {@code i} in lower case (a loop variable,
   * {@code i.e.}), or a technical sense as for any term. A capitalised run is no reason here:
   * {@code Mr Smith} is a person.
   */
  static boolean notAPerson(String text, int begin, int end) {
    if (end - begin == 1 && text.charAt(begin) == 'i') {
      return true;
    }
    String word = text.substring(begin, end).toLowerCase(Locale.ROOT);
    if (word.equals("name")) {
      return !POSSESSIVES.contains(wordBefore(text, begin).toLowerCase(Locale.ROOT));
    }
    if (word.equals("client")
        && (CLIENT_THINGS.contains(nextWord(text, end)) || nearby(text, begin, end, "server"))) {
      return true;
    }
    return sense(text, begin, end, false);
  }

  /**
   * Joined to an identifier: {@code last-child}, {@code child_process}, {@code child->ops}, {@code
   * $child}, {@code --orphan}, {@code SEMVER-MINOR}, {@code I/O}; or quoted alone as a token
   * ({@code 'child'}).
   */
  static boolean glued(String text, int begin, int end) {
    char before = Chars.at(text, begin - 1);
    char after = Chars.at(text, end);
    if ((before == '\'' || before == '"' || before == '`') && after == before) {
      return true;
    }
    if ("_$@#%&`<>/\\:.=-".indexOf(before) >= 0 && before != 0) {
      if (before != '.' && before != '-'
          || Chars.alnum(Chars.at(text, begin - 2))
          || before == '-' && Chars.at(text, begin - 2) == '-') {
        return true;
      }
    }
    if ("_-./:(<>[=$".indexOf(after) >= 0 && after != 0) {
      char next = Chars.at(text, end + 1);
      return after == '('
          || after == '['
          || (after == '-' && next == '>')
          || (Chars.alnum(next) && !careWord(text, end + 1));
    }
    return false;
  }

  /** {@code child-care}, {@code child-abuse}: a hyphenated word about people. */
  private static boolean careWord(String text, int from) {
    String next = wordAt(text, from);
    return Set.of("care", "abuse", "safety", "protection", "labor", "labour", "friendly")
        .contains(next);
  }

  /** A term in capitals with another word in capitals beside it ({@code IRIS GL}), or long. */
  static boolean capitals(String text, int begin, int end) {
    for (int i = begin; i < end; i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
    }
    if (end - begin >= 5) {
      return true; // CHILDREN, MINOR: a constant or a shouted heading, not prose about someone
    }
    String next = wordAt(text, skipSpaces(text, end));
    return next.length() >= 2
        && next.equals(next.toUpperCase(Locale.ROOT))
        && Chars.letter(next.charAt(0));
  }

  /**
   * A capitalised term inside a run of capitalised words that is not at a sentence start: {@code
   * Nick Child}, {@code Christian Göttsche}.
   */
  static boolean properName(String text, int begin, int end) {
    if (!Character.isUpperCase(text.charAt(begin))) {
      return false;
    }
    if (text.startsWith("'s", end) || PARTICLES.contains(nextWord(text, end))) {
      return true; // Christian's name, Christian von Roques
    }
    int n = skipSpaces(text, end);
    if (n < text.length() && n > end && Character.isUpperCase(text.charAt(n))) {
      String next = wordAt(text, n);
      return !next.equals("I") && Character.isLowerCase(Chars.at(text, n + 1));
    }
    int p = begin - 1;
    while (p >= 0 && text.charAt(p) == ' ') {
      p--;
    }
    if (p == begin - 1 || p < 0 || !Character.isLetter(text.charAt(p))) {
      return false;
    }
    int w = p;
    while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
      w--;
    }
    if (!Character.isUpperCase(text.charAt(w)) || p == w) {
      return false;
    }
    // after a listed given name it is a surname (Nick Child), wherever the sentence starts
    return NameData.BUNDLED.enGiven.contains(text.substring(w, p + 1)) || !sentenceEnd(text, w);
  }

  private static boolean sentenceEnd(String text, int w) {
    int p = w - 1;
    while (p >= 0 && text.charAt(p) == ' ') {
      p--;
    }
    return p < 0 || ".!?\n\"'(:".indexOf(text.charAt(p)) >= 0;
  }

  /**
   * The next word names a thing ({@code child process}, {@code minor release}), or the term is
   * joined to {@code parent} ({@code parent/child}, {@code parent and child}).
   */
  private static boolean beforeThing(String text, int begin, int end) {
    String before = text.substring(Math.max(0, begin - 11), begin).toLowerCase(Locale.ROOT);
    if (before.endsWith("parent/")
        || before.endsWith("parent-")
        || before.endsWith("parent and ")
        || before.endsWith("parent or ")) {
      return true;
    }
    int i = end;
    while (i < text.length() && i - end < 3 && " -_".indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    String next = wordAt(text, i).toLowerCase(Locale.ROOT);
    // node's child_process module is written child_process.spawn or child_processSpawn
    return !next.isEmpty() && (THINGS.contains(next) || next.startsWith("process"));
  }

  /** False when a term of {@link #ONLY_BEFORE} is not followed by a word that makes it personal. */
  private static boolean onlyBeforeHolds(String term, String text, int end) {
    Set<String> next = ONLY_BEFORE.get(term);
    return next == null
        || next.contains(wordAt(text, skipSpaces(text, end)).toLowerCase(Locale.ROOT));
  }

  private static boolean idiom(String term, String text, int begin) {
    Set<String> words = NOT_AFTER.get(term);
    return words != null && words.contains(wordBefore(text, begin).toLowerCase(Locale.ROOT));
  }

  private static boolean technicalNeighbour(String text, int begin, int end) {
    int from = Math.max(0, begin - NEAR);
    int to = Math.min(text.length(), end + NEAR);
    int i = from;
    while (i < to) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      String w = wordAt(text, i);
      if (TECHNICAL_NEIGHBOURS.contains(w.toLowerCase(Locale.ROOT))) {
        return true;
      }
      i += Math.max(1, w.length());
      while (i < to && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
    }
    return false;
  }

  private static int skipSpaces(String text, int i) {
    int p = i;
    while (p < text.length() && p - i < 8 && Character.isWhitespace(text.charAt(p))) {
      p++;
    }
    return p;
  }

  /** The letters from {@code from} (at most 20), or "" when none starts there. */
  static String wordAt(String text, int from) {
    int i = from;
    while (i < text.length() && i - from < 20 && Character.isLetter(text.charAt(i))) {
      i++;
    }
    return text.substring(from, i);
  }

  private static String wordBefore(String text, int begin) {
    int p = begin;
    while (p > 0 && begin - p < 3 && text.charAt(p - 1) == ' ') {
      p--;
    }
    int e = p;
    while (p > 0 && e - p < 20 && Character.isLetterOrDigit(text.charAt(p - 1))) {
      p--;
    }
    return text.substring(p, e);
  }
}

import io.provscan.detect.DetectorInput;
import io.provscan.detect.LicenseFinding;
import io.provscan.detect.license.DebianLicenseNames;
import io.provscan.detect.license.LicenseDetector;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Ground truth from Debian's machine-readable copyright files (issue 14): each {@code License:}
 * field that carries text (the licence text or its standard notice, in the lines that follow the
 * name) should be identified as its short name, mapped to SPDX by {@link DebianLicenseNames}. A
 * stanza agrees when the set of licence ids provscan finds in its text (exceptions left out) is
 * the set its name gives. Prints agreement per licence family (strict, and "labelled": also counting
 * pointer-only stanzas whose licence and version agree and exact SPDX variants Debian can only name
 * by their family, the two figures printed overall below), overall, and over distinct texts;
 * with "misses" also every disagreement (name, expected, found, first words).
 *
 * <pre>
 * java -cp scanner-cli/target/provscan.jar bench/DebianCopyrightBench.java [DOC_DIR] [misses]
 * </pre>
 *
 * DOC_DIR defaults to {@code /usr/share/doc}; only files whose {@code Format:} names the
 * copyright-format are read. Stanzas whose name is not known (Debian's {@code public-domain},
 * {@code permissive}, a package's own name) are counted apart, not scored.
 */
public final class DebianCopyrightBench {
  record Stanza(String file, String name, String text) {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "/usr/share/doc");
    boolean misses = Arrays.asList(args).contains("misses");
    List<Stanza> stanzas = new ArrayList<>();
    int files = 0;
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.sorted().toList()) {
        Path c = p.resolve("copyright");
        if (Files.isRegularFile(c)) {
          String text = new String(Files.readAllBytes(c), StandardCharsets.UTF_8);
          if (text.lines().limit(3).anyMatch(l -> l.startsWith("Format:") && l.contains("copyright-format"))) {
            files++;
            stanzas.addAll(stanzas(p.getFileName().toString(), text));
          }
        }
      }
    }
    LicenseDetector detector = new LicenseDetector();
    DebianLicenseNames names = new DebianLicenseNames(detector.knowledge());
    Map<String, int[]> byFamily = new TreeMap<>();
    Map<String, Boolean> distinct = new TreeMap<>();
    int unknown = 0;
    int scored = 0;
    int agreed = 0;
    int pointers = 0;
    int pointersSameText = 0;
    int variants = 0;
    long start = System.nanoTime();
    for (Stanza st : stanzas) {
      String expected = names.spdx(st.name());
      if (expected == null) {
        unknown++;
        continue;
      }
      Set<String> want = ids(expected);
      Set<String> got = found(detector, st.text());
      boolean ok = want.equals(got);
      boolean variant = !ok && exactVariant(want, got) && exactText(detector, st.text());
      variants += variant ? 1 : 0;
      boolean pointerSame = false;
      if (!ok && isPointer(st.text())) {
        pointers++;
        pointerSame = withoutLater(want).equals(withoutLater(got));
        pointersSameText += pointerSame ? 1 : 0;
      }
      scored++;
      agreed += ok ? 1 : 0;
      int[] f = byFamily.computeIfAbsent(family(want), k -> new int[3]);
      f[0]++;
      f[1] += ok ? 1 : 0;
      f[2] += ok || variant || pointerSame ? 1 : 0;
      distinct.merge(st.name() + "\u0000" + st.text(), ok, (a, b) -> a && b);
      if (misses && !ok) {
        String head = st.text().replaceAll("\\s+", " ");
        System.out.printf(Locale.ROOT, "MISS %s | %s | want %s | got %s | %s%n", st.file(), st.name(),
            want, got, head.substring(0, Math.min(160, head.length())));
      }
    }
    double ms = (System.nanoTime() - start) / 1e6;
    System.out.printf(Locale.ROOT, "%d copyright files, %d License stanzas with text; %d scored, %d"
        + " with a name not mapped to SPDX (not scored)%n", files, stanzas.size(), scored, unknown);
    System.out.printf(Locale.ROOT, "%-28s %7s %7s %8s %9s%n", "family", "stanzas", "agree", "share",
        "labelled");
    byFamily.entrySet().stream()
        .sorted((a, b) -> b.getValue()[0] - a.getValue()[0])
        .forEach(e -> System.out.printf(Locale.ROOT, "%-28s %7d %7d %8.3f %9.3f%n", e.getKey(),
            e.getValue()[0], e.getValue()[1], e.getValue()[1] / (double) e.getValue()[0],
            e.getValue()[2] / (double) e.getValue()[0]));
    long distinctOk = distinct.values().stream().filter(b -> b).count();
    System.out.printf(Locale.ROOT, "overall: %d of %d stanzas agree: %.3f%n", agreed, scored,
        agreed / (double) scored);
    System.out.printf(Locale.ROOT, "of the disagreements, %d stanzas only point to the licence text"
        + " (\"the complete text of X can be found in /usr/share/common-licenses/…\", no grant);"
        + " in %d of them the text named is the licence and version of the name, which alone says"
        + " \"or later\": %.3f overall counting those%n", pointers, pointersSameText,
        (agreed + pointersSameText) / (double) scored);
    System.out.printf(Locale.ROOT, "of the disagreements, %d stanzas are identified exactly as an SPDX"
        + " variant that Debian's vocabulary names by its family (X11 under \"Expat\", BSD-3-Clause-Tso"
        + " under \"BSD-3-clause\", FSFULLRWD under \"FSFULLR\"): %.3f overall counting those too%n",
        variants, (agreed + pointersSameText + variants) / (double) scored);
    System.out.printf(Locale.ROOT, "distinct (name, text) pairs: %d of %d agree: %.3f%n", distinctOk,
        distinct.size(), distinctOk / (double) distinct.size());
    System.out.printf(Locale.ROOT, "detector time: %.0f ms for %d stanzas%n", ms, scored);
  }

  /** The License fields of a copyright file that carry text: name, then the continuation lines. */
  static List<Stanza> stanzas(String file, String text) {
    List<Stanza> out = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].startsWith("License:")) {
        continue;
      }
      String name = lines[i].substring("License:".length()).strip();
      StringBuilder body = new StringBuilder();
      int j = i + 1;
      for (; j < lines.length && !lines[j].isEmpty() && Character.isWhitespace(lines[j].charAt(0)); j++) {
        String l = lines[j].strip();
        body.append(l.equals(".") ? "" : l).append('\n');
      }
      if (!name.isEmpty() && !body.toString().isBlank()) {
        out.add(new Stanza(file, name, body.toString()));
      }
      i = j - 1;
    }
    return out;
  }

  static Set<String> found(LicenseDetector detector, String text) {
    Set<String> out = new TreeSet<>();
    for (LicenseFinding f : detector.find(DetectorInput.ofText("copyright", text))) {
      if (f.confidence() > 0) {
        for (String id : ids(f.spdx())) {
          boolean exception = detector.knowledge().entry(id).map(e -> e.exception()).orElse(false);
          if (!exception) {
            out.add(id); // the names are compared without their exceptions
          }
        }
      }
    }
    return out;
  }

  /**
   * SPDX ids that Debian's short names have no name for, by the family name Debian gives their texts:
   * a text found exactly as one of them under that name is the more precise answer, not a miss.
   */
  static final Map<String, List<String>> VARIANTS =
      Map.of(
          "MIT", List.of("X11", "X11-", "MIT-"),
          "BSD-3-Clause", List.of("BSD-3-Clause-"),
          "BSD-2-Clause", List.of("BSD-2-Clause-"),
          "BSD-4-Clause", List.of("BSD-4-Clause-", "BSD-Attribution-HPND-disclaimer"),
          "ISC", List.of("ISC-"),
          "FSFULLR", List.of("FSFULLRWD"),
          "FSFUL", List.of("FSFULLRWD", "FSFULLR"),
          "OpenSSL", List.of("OpenSSL-standalone"));

  /** Whether the stanza's one finding is a licence text matched exactly (confidence 1). */
  static boolean exactText(LicenseDetector detector, String text) {
    List<LicenseFinding> found = detector.find(DetectorInput.ofText("copyright", text));
    return found.size() == 1 && found.get(0).basis().equals("text") && found.get(0).confidence() == 1.0;
  }

  /** Whether each id found is the one wanted or a variant of it that Debian cannot name. */
  static boolean exactVariant(Set<String> want, Set<String> got) {
    if (want.size() != 1 || got.size() != 1) {
      return false;
    }
    String w = want.iterator().next();
    String g = got.iterator().next();
    return VARIANTS.getOrDefault(w, List.of()).stream()
        .anyMatch(v -> v.endsWith("-") ? g.startsWith(v) : g.equals(v));
  }

  /** A stanza that only says where the licence text is: no grant, no notice, no text. */
  static boolean isPointer(String text) {
    String t = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    boolean points = t.contains("common-licenses") || t.contains("text is contained in");
    boolean grants = t.contains("under the terms") || t.contains("free software") || t.contains("permission")
        || t.contains("licensed under") || t.contains("redistribution");
    return points && !grants && t.length() < 400;
  }

  static Set<String> withoutLater(Set<String> ids) {
    return ids.stream().map(i -> i.replace("-or-later", "-only")).collect(Collectors.toCollection(TreeSet::new));
  }

  /** The licence ids of an expression, exceptions left out. */
  static Set<String> ids(String expression) {
    return Arrays.stream(expression.replaceAll("\\s+WITH\\s+\\S+", "").split("[()\\s]+"))
        .filter(w -> !w.isEmpty() && !w.equals("OR") && !w.equals("AND"))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** GPL, LGPL, BSD-3-Clause, Apache, MIT …; "several" for an expression of several. */
  static String family(Set<String> ids) {
    if (ids.size() != 1) {
      return "several (" + ids.size() + " ids)";
    }
    String id = ids.iterator().next();
    if (id.matches("(A?L?GPL|GFDL)-.*")) {
      return id.substring(0, id.indexOf('-'));
    }
    if (id.matches("BSD-\\d-Clause.*")) {
      return id;
    }
    return id.replaceFirst("-\\d.*$", "");
  }
}

package io.provscan.manifest;

import io.provscan.provenance.DataSource;
import io.provscan.provenance.SourceRegistry;
import io.provscan.record.ItemRecord;
import io.provscan.record.RecordSink;
import io.provscan.source.Excludes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;

/**
 * Matches the files manifests list to the items the scan saw, by path and checksum. Watches the
 * records as they finish (thread-safe), then {@link #apply} turns what is missing or differs into
 * problems of each manifest's source. A SHA-256 is compared with the item's; an MD5, SHA-1 or
 * SHA-512 (Frictionless' default hash is MD5) is computed again from the file on disk at the end,
 * for files on disk only (archive members stay unverified). Files left out by {@code --exclude} are
 * not expected.
 */
final class ManifestCheck implements RecordSink {
  /** Most problems of listed files reported per source: {@value}; a count stands for the rest. */
  static final int MAX_PROBLEMS = 100;

  private final List<Manifest> manifests;
  private final Excludes excludes;
  private final Map<String, Boolean> expected = new HashMap<>();
  private final Map<String, Seen> seen = new ConcurrentHashMap<>();
  private final Map<String, List<Watch>> watchesByRoot = new HashMap<>();

  /** What the scan saw of a listed file. */
  private record Seen(String sha256, Long size) {}

  /** A glob of one manifest, with the items it matched. */
  private record Watch(FilePattern pattern, String prefix, Predicate<String> matcher) {}

  private final Map<FilePattern, LongAdder> hits = new ConcurrentHashMap<>();

  ManifestCheck(List<Manifest> manifests, Excludes excludes) {
    this.manifests = List.copyOf(manifests);
    this.excludes = excludes;
    for (Manifest m : manifests) {
      m.files().forEach(f -> expected.put(ManifestResolver.key(m.root(), f.path()), true));
      for (FilePattern p : m.patterns()) {
        Watch w = new Watch(p, Globs.literalPrefix(p.glob()), Globs.matcher(p.glob()));
        watchesByRoot.computeIfAbsent(m.root(), r -> new ArrayList<>()).add(w);
        hits.put(p, new LongAdder());
      }
    }
  }

  @Override
  public void accept(ItemRecord record, String text) {
    String key = ManifestResolver.key(record.root(), record.path());
    if (expected.containsKey(key)) {
      seen.put(key, new Seen(record.sha256(), record.size()));
    }
    for (Watch w : watchesByRoot.getOrDefault(record.root(), List.of())) {
      if (record.path().startsWith(w.prefix()) && w.matcher().test(record.path())) {
        hits.get(w.pattern()).increment();
      }
    }
  }

  @Override
  public void close() {}

  /** Adds each manifest's findings to its source in {@code registry}. */
  void apply(SourceRegistry registry) {
    for (Manifest m : manifests) {
      if (m.files().isEmpty() && m.patterns().isEmpty()) {
        continue;
      }
      ListedFileTally f = check(m);
      DataSource current = registry.get(m.source().id()).orElse(m.source());
      List<String> problems = new ArrayList<>(current.problems());
      problems.addAll(f.bounded());
      Map<String, Object> facts = new LinkedHashMap<>(current.facts());
      facts.put("listedFiles", f.counts());
      registry.update(
          new DataSource(
              current.id(),
              current.kind(),
              current.name(),
              current.origin(),
              current.declaredLicenses(),
              facts,
              problems));
    }
  }

  /** What checking one manifest found. */
  private static final class ListedFileTally {
    final List<String> problems = new ArrayList<>();
    final Map<String, Object> counts = new LinkedHashMap<>();

    void count(String what) {
      counts.merge(what, 1L, (a, b) -> (Long) a + (Long) b);
    }

    List<String> bounded() {
      if (problems.size() <= MAX_PROBLEMS) {
        return problems;
      }
      List<String> out = new ArrayList<>(problems.subList(0, MAX_PROBLEMS));
      out.add("… and " + (problems.size() - MAX_PROBLEMS) + " more problems with listed files");
      return out;
    }

    Map<String, Object> counts() {
      return counts;
    }
  }

  private ListedFileTally check(Manifest m) {
    ListedFileTally f = new ListedFileTally();
    for (String c : List.of("listed", "found", "missing", "verified", "mismatched", "unverified")) {
      f.counts.put(c, 0L);
    }
    for (ListedFile file : m.files()) {
      f.count("listed");
      file(m, file, f);
    }
    for (FilePattern p : m.patterns()) {
      if (hits.get(p).sum() == 0 && !excludes.matches(p.glob())) {
        f.problems.add("listed pattern '" + p.declaredAs() + "' matches no scanned file");
      }
    }
    return f;
  }

  private void file(Manifest m, ListedFile file, ListedFileTally f) {
    Seen s = seen.get(ManifestResolver.key(m.root(), file.path()));
    if (s == null) {
      boolean excluded = excludes.matches(file.path());
      f.count(excluded ? "unverified" : "missing");
      if (!excluded) {
        f.problems.add("listed file '" + file.path() + "' is missing");
      }
      return;
    }
    f.count("found");
    if (file.size() != null && s.size() != null && !file.size().equals(s.size())) {
      f.count("mismatched");
      f.problems.add(
          "listed file '"
              + file.path()
              + "': the manifest says "
              + file.size()
              + " bytes, the file has "
              + s.size());
      return;
    }
    Checksum c = file.checksum();
    if (c == null) {
      return;
    }
    String actual =
        c.algorithm().equals("sha256") ? s.sha256() : recompute(m.root(), file.path(), c);
    if (actual == null) {
      f.count("unverified");
    } else if (actual.equalsIgnoreCase(c.hex())) {
      f.count("verified");
    } else {
      f.count("mismatched");
      f.problems.add(
          "listed file '"
              + file.path()
              + "': "
              + c.algorithm()
              + " differs: the manifest says "
              + c.hex()
              + ", the file has "
              + actual);
    }
  }

  /** Another algorithm's digest of a file on disk; null for archive members or unreadable files. */
  private static String recompute(String root, String path, Checksum c) {
    if (path.contains("!/") || path.contains("#")) {
      return null;
    }
    String algorithm =
        switch (c.algorithm()) {
          case "md5" -> "MD5";
          case "sha1" -> "SHA-1";
          default -> c.algorithm().toUpperCase(Locale.ROOT).replace("SHA", "SHA-");
        };
    try (InputStream in = Files.newInputStream(Path.of(root).resolve(path))) {
      MessageDigest md = MessageDigest.getInstance(algorithm);
      byte[] buffer = new byte[64 * 1024];
      for (int n; (n = in.read(buffer)) > 0; ) {
        md.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (IOException | NoSuchAlgorithmException e) {
      return null;
    }
  }
}

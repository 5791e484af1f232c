package io.provscan.manifest;

import io.provscan.provenance.DataSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a manifest reader has found so far; becomes a {@link Manifest}. Used by one thread. */
final class Draft {
  /** Longest text kept for a fact (a gate prompt, an RAI note), in characters: {@value}. */
  static final int MAX_FACT_CHARS = 4000;

  /** Most entries kept for a list fact: {@value}. */
  static final int MAX_FACT_ENTRIES = 100;

  final ManifestFile file;
  final String format;
  final LicenseNormalizer names;
  String kind = DataSource.DATASET;
  String name;
  private final List<String> licenses = new ArrayList<>();
  private final Map<String, Object> facts = new LinkedHashMap<>();
  private final List<String> problems = new ArrayList<>();
  final List<ListedFile> files = new ArrayList<>();
  final List<FilePattern> patterns = new ArrayList<>();

  Draft(ManifestFile file, String format, LicenseNormalizer names) {
    this.file = file;
    this.format = format;
    this.names = names;
    facts.put("manifest", format);
  }

  /** Normalises a declared licence, records it for the source and any problem it has. */
  NormalizedLicense license(String value) {
    NormalizedLicense l = names.normalize(value);
    addLicense(l.id());
    l.problem().ifPresent(this::problem);
    return l;
  }

  void addLicense(String id) {
    if (!licenses.contains(id)) {
      licenses.add(id);
    }
  }

  List<String> licenses() {
    return List.copyOf(licenses);
  }

  /** Records a fact; nulls and empty values are left out, long text and lists are cut. */
  void fact(String key, Object value) {
    Object v = bounded(value);
    if (v != null) {
      facts.put(key, v);
    }
  }

  void problem(String problem) {
    if (!problems.contains(problem)) {
      problems.add(problem);
    }
  }

  /** The path of a file the manifest names, relative to the scan root, or null when remote. */
  String local(String reference) {
    return ManifestPaths.local(file.folder(), reference);
  }

  Manifest build() {
    String id = kind + ":" + file.rootName() + "/" + file.path();
    String display = name != null && !name.isBlank() ? name.strip() : file.displayName();
    DataSource source = new DataSource(id, kind, display, file.origin(), licenses, facts, problems);
    return new Manifest(file.root(), file.path(), format, source, files, patterns);
  }

  private static Object bounded(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof String s) {
      String t = s.strip();
      if (t.isEmpty()) {
        return null;
      }
      return t.length() > MAX_FACT_CHARS ? t.substring(0, MAX_FACT_CHARS) + "…" : t;
    }
    if (value instanceof Collection<?> c) {
      List<Object> out = new ArrayList<>();
      for (Object o : c) {
        Object b = bounded(o);
        if (b != null && out.size() < MAX_FACT_ENTRIES) {
          out.add(b);
        }
      }
      return out.isEmpty() ? null : List.copyOf(out);
    }
    if (value instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach(
          (k, v) -> {
            Object b = bounded(v);
            if (b != null && out.size() < MAX_FACT_ENTRIES) {
              out.put(String.valueOf(k), b);
            }
          });
      return out.isEmpty() ? null : out;
    }
    return value;
  }
}

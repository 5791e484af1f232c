package io.provscan.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Tika metadata a provenance report keeps: rights and licence statements, creators, titles,
 * dates, XMP rights, IPTC/PLUS and TDM fields, and the HTML meta tags that carry reservations.
 * Everything else (layout, fonts, parser internals) is left to the detectors and not written out.
 */
public final class ProvenanceMetadata {
  /** Names kept as they are (compared without case). */
  private static final List<String> NAMES =
      List.of(
          "dc:rights",
          "dc:creator",
          "dc:title",
          "dc:publisher",
          "dc:source",
          "dc:identifier",
          "dc:language",
          "dcterms:created",
          "dcterms:modified",
          "meta:author",
          "copyright",
          "artist",
          "robots",
          "tdm-reservation",
          "tdm-policy",
          "license",
          "xmp:creatortool",
          "photoshop:credit",
          "photoshop:source",
          "pdf:docinfo:creator_tool");

  /** Name prefixes kept (compared without case); {@code column:} names a record's own columns. */
  private static final List<String> PREFIXES =
      List.of(
          "xmprights:",
          "cc:",
          "plus:",
          "iptc4xmpcore:",
          "iptc4xmpext:",
          "tdm:",
          "c2pa",
          "cawg",
          "column:",
          "gguf:",
          "safetensors:",
          "model:");

  /** Values kept per name: {@value}. */
  static final int MAX_VALUES = 10;

  /** Characters kept per value: {@value}. */
  static final int MAX_VALUE_CHARS = 500;

  private ProvenanceMetadata() {}

  /** The provenance subset of {@code metadata}, sorted by name, values cut to size. */
  public static Map<String, List<String>> select(Map<String, List<String>> metadata) {
    Map<String, List<String>> kept = new TreeMap<>();
    for (Map.Entry<String, List<String>> e : metadata.entrySet()) {
      if (keep(e.getKey())) {
        kept.put(e.getKey(), bound(e.getValue()));
      }
    }
    return kept;
  }

  static boolean keep(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (NAMES.contains(n)) {
      return true;
    }
    for (String prefix : PREFIXES) {
      if (n.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** Bounds every name's values; used for the full map handed to detectors too. */
  static Map<String, List<String>> bounded(Map<String, List<String>> metadata, int maxNames) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : metadata.entrySet()) {
      if (out.size() >= maxNames) {
        break;
      }
      out.put(e.getKey(), bound(e.getValue()));
    }
    return out;
  }

  private static List<String> bound(List<String> values) {
    return values.stream()
        .limit(MAX_VALUES)
        .map(v -> v.length() > MAX_VALUE_CHARS ? v.substring(0, MAX_VALUE_CHARS) + "…" : v)
        .toList();
  }
}

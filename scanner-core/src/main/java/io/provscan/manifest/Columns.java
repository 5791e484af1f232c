package io.provscan.manifest;

import io.provscan.source.RecordColumns;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The column (or JSON field) names URL lists use, matched without regard to case: LAION's {@code
 * URL}, {@code TEXT}, {@code LICENSE}; img2dataset's {@code url}, {@code caption}; C4's and
 * FineWeb's {@code url}, {@code text}; RefinedWeb's {@code content}; RedPajama's {@code
 * raw_content}.
 */
final class Columns {
  /** Names of the URL column, in order of preference. */
  static final List<String> URL =
      List.of(
          "url",
          "uri",
          "link",
          "href",
          "image_url",
          "img_url",
          "imageurl",
          "source_url",
          "page_url",
          "photo_url",
          "video_url",
          "audio_url",
          "download_url");

  /** Names of the text column, in order of preference. */
  static final List<String> TEXT =
      List.of(
          "text",
          "caption",
          "content",
          "raw_content",
          "alt",
          "alt_text",
          "sentence",
          "title",
          "description");

  /** Names of the licence column, in order of preference. */
  static final List<String> LICENSE =
      List.of("license", "licence", "license_url", "licence_url", "license_name", "rights");

  /** Objects a JSONL record may nest its URL and licence in (Dolma's {@code metadata}). */
  static final List<String> NESTED = List.of("metadata", "meta");

  /** Licence values that say nothing (LAION writes {@code ?}). */
  static final Set<String> NO_LICENSE = Set.of("", "?", "none", "null", "nan", "n/a", "-");

  /** Other columns of a record kept as its metadata, at most: {@value}. */
  static final int MAX_FIELDS = 64;

  /** Characters of another column's value kept: {@value}. */
  static final int MAX_FIELD_CHARS = 500;

  private Columns() {}

  /** Adds another column's value to a record's fields, within the bounds above; blanks left out. */
  static void field(java.util.Map<String, String> fields, String name, String value) {
    if (value == null
        || value.isBlank()
        || fields.size() >= MAX_FIELDS
        || fields.containsKey(name)) {
      return;
    }
    fields.put(
        name, value.length() > MAX_FIELD_CHARS ? value.substring(0, MAX_FIELD_CHARS) : value);
  }

  /**
   * The names looked for, by kind, in order of preference: the user's name first ({@link
   * RecordColumns}), then the built-in ones.
   */
  record Preferred(List<String> url, List<String> text, List<String> license) {
    static final Preferred BUILT_IN = new Preferred(URL, TEXT, LICENSE);

    static Preferred of(RecordColumns user) {
      return new Preferred(
          first(user.url(), URL), first(user.text(), TEXT), first(user.license(), LICENSE));
    }

    private static List<String> first(String name, List<String> builtIn) {
      if (name == null) {
        return builtIn;
      }
      List<String> names = new java.util.ArrayList<>(builtIn.size() + 1);
      names.add(name);
      builtIn.stream().filter(n -> !n.equals(name)).forEach(names::add);
      return List.copyOf(names);
    }
  }

  /** The index of the first preferred name among {@code names} (lower-cased), or -1. */
  static int find(List<String> names, List<String> preferred) {
    for (String p : preferred) {
      int i = names.indexOf(p);
      if (i >= 0) {
        return i;
      }
    }
    return -1;
  }

  static String lower(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    return n.startsWith("\uFEFF") ? n.substring(1) : n;
  }

  /** True for an absolute http(s) URL, the test for a header-less list's URL column. */
  static boolean looksLikeUrl(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    return (v.startsWith("http://") || v.startsWith("https://")) && v.length() > 10;
  }
}

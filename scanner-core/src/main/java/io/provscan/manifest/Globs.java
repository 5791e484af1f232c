package io.provscan.manifest;

import io.provscan.source.Excludes;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The globs manifests write ({@code data/train-*}, {@code **}{@code /*.parquet}): {@code *} within
 * a path segment, {@code **} across segments, {@code ?} one character, {@code [..]} a class, {@code
 * {a,b}} alternatives, as Hugging Face's {@code data_files} and Croissant's {@code includes} use
 * them.
 */
final class Globs {
  private Globs() {}

  /** True when the path has glob characters. */
  static boolean isGlob(String path) {
    return path.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
  }

  /** The part before the first glob character: every match starts with it. */
  static String literalPrefix(String glob) {
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (c == '*' || c == '?' || c == '[' || c == '{') {
        return glob.substring(0, i);
      }
    }
    return glob;
  }

  /** A matcher of whole paths; a malformed glob matches only itself. */
  static Predicate<String> matcher(String glob) {
    try {
      Pattern p = Pattern.compile(Excludes.toRegex(glob));
      return path -> p.matcher(path).matches();
    } catch (IllegalArgumentException e) {
      return glob::equals;
    }
  }
}

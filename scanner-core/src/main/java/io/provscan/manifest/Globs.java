package io.provscan.manifest;

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
      Pattern p = Pattern.compile(toRegex(glob));
      return path -> p.matcher(path).matches();
    } catch (IllegalArgumentException e) {
      return glob::equals;
    }
  }

  static String toRegex(String glob) {
    StringBuilder re = new StringBuilder();
    int braces = 0;
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      switch (c) {
        case '*' -> {
          if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
            i++;
            boolean slash = i + 1 < glob.length() && glob.charAt(i + 1) == '/';
            re.append(slash ? "(?:.*/)?" : ".*");
            i += slash ? 1 : 0;
          } else {
            re.append("[^/]*");
          }
        }
        case '?' -> re.append("[^/]");
        case '[' -> {
          int end = glob.indexOf(']', i + 1);
          if (end < 0) {
            throw new IllegalArgumentException("open '['");
          }
          String body = glob.substring(i + 1, end).replace("\\", "\\\\");
          re.append('[').append(body.startsWith("!") ? "^" + body.substring(1) : body).append(']');
          i = end;
        }
        case '{' -> {
          braces++;
          re.append("(?:");
        }
        case '}' -> {
          if (braces == 0) {
            throw new IllegalArgumentException("stray '}'");
          }
          braces--;
          re.append(')');
        }
        case ',' -> re.append(braces > 0 ? "|" : ",");
        default -> re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    if (braces != 0) {
      throw new IllegalArgumentException("open '{'");
    }
    return re.toString();
  }
}

package io.provscan.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Glob patterns of paths to leave out, as in {@code .gitignore}: a pattern without {@code /}
 * matches a name at any depth ({@code *.log}); one with {@code /} matches the path from the scan
 * root ({@code build/**}). {@code *} stays within a segment, {@code **} crosses segments, {@code ?}
 * is one character, {@code [abc]} a class and {@code {a,b}} alternatives.
 */
public final class Excludes {
  private static final Excludes NONE = new Excludes(List.of(), List.of());

  private final List<Pattern> byName;
  private final List<Pattern> byPath;

  private Excludes(List<Pattern> byName, List<Pattern> byPath) {
    this.byName = byName;
    this.byPath = byPath;
  }

  /** No exclusions. */
  public static Excludes none() {
    return NONE;
  }

  /**
   * Compiles the globs.
   *
   * @throws IllegalArgumentException naming a glob that is malformed
   */
  public static Excludes of(List<String> globs) {
    List<Pattern> byName = new ArrayList<>();
    List<Pattern> byPath = new ArrayList<>();
    for (String glob : globs) {
      String g = glob.startsWith("/") ? glob.substring(1) : glob;
      String regex;
      try {
        regex = toRegex(g);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("exclude glob '" + glob + "' " + e.getMessage(), e);
      }
      (g.contains("/") ? byPath : byName).add(Pattern.compile(regex));
    }
    return new Excludes(List.copyOf(byName), List.copyOf(byPath));
  }

  /** True when {@code relativePath} (with {@code /} separators) is excluded. */
  public boolean matches(String relativePath) {
    if (byName.isEmpty() && byPath.isEmpty()) {
      return false;
    }
    String inner = relativePath.substring(relativePath.lastIndexOf("!/") + 1);
    if (inner.startsWith("/")) {
      inner = inner.substring(1);
    }
    String name = inner.substring(inner.lastIndexOf('/') + 1);
    for (Pattern p : byName) {
      if (p.matcher(name).matches()) {
        return true;
      }
    }
    for (Pattern p : byPath) {
      if (p.matcher(relativePath).matches() || p.matcher(inner).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A glob as a regular expression over {@code /}-separated paths: {@code *} within a segment,
   * {@code **} across segments ({@code **}{@code /} also matches no folder), {@code ?} one
   * character, {@code [..]} a class ({@code [!..]} negated), {@code {a,b}} alternatives. Used for
   * {@code --exclude} and for the globs manifests write.
   *
   * @throws IllegalArgumentException for an open {@code [} or {@code {} or a stray {@code }}, with
   *     a message such as {@code has an open '['}
   */
  public static String toRegex(String glob) {
    StringBuilder re = new StringBuilder();
    int braces = 0;
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      switch (c) {
        case '*' -> {
          boolean doubleStar = i + 1 < glob.length() && glob.charAt(i + 1) == '*';
          if (doubleStar) {
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
            throw new IllegalArgumentException("has an open '['");
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
            throw new IllegalArgumentException("has a stray '}'");
          }
          braces--;
          re.append(')');
        }
        case ',' -> re.append(braces > 0 ? "|" : ",");
        default -> re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    if (braces != 0) {
      throw new IllegalArgumentException("has an open '{'");
    }
    return re.toString();
  }
}

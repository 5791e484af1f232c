package io.provscan.detect.pii;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A credential assigned in configuration or a shell: {@code password = …}, {@code api_key: …},
 * {@code export GITHUB_TOKEN=…}, {@code "client_secret": "…"}. The name before the {@code =} or
 * {@code :} is the context, so the value needs no known shape; placeholders ({@code ${PASSWORD}},
 * {@code <your key>}, {@code changeme}, {@code ****}) and values with too little variety are not
 * reported (detect-secrets' keyword plugin decides alike). Only the value is the finding. A Chinese
 * label naming a credential ({@code 密钥配置：}, {@code API密钥：}, {@code 数据库密码：}) before a colon is such
 * a name too.
 */
final class AssignedSecret {
  /** Shortest value reported: {@value} characters. */
  static final int MIN_VALUE = 8;

  /** Longest value read: {@value} characters. */
  static final int MAX_VALUE = 200;

  /** Names (as the end of the assigned name, any case) whose value is a credential. */
  private static final List<String> NAMES =
      List.of(
          "password",
          "passwd",
          "pwd",
          "secret",
          "api_key",
          "apikey",
          "api-key",
          "token",
          "secret_key",
          "access_key",
          "private_key",
          "auth_key",
          "client_secret");

  /** Chinese words naming a credential, found in the label before a colon. */
  private static final List<String> ZH_NAMES =
      List.of("密钥", "秘钥", "私钥", "密码", "口令", "令牌", "凭证", "凭据");

  /** Longest label searched before a colon for a Chinese name: {@value} characters. */
  static final int MAX_LABEL = 8;

  /** Values that stand for a credential without being one. */
  private static final Set<String> PLACEHOLDERS =
      Set.of(
          "changeme",
          "password",
          "secret",
          "example",
          "xxxxxxxx",
          "required",
          "optional",
          "undefined",
          "redacted",
          "placeholder",
          "your_password",
          "yourpassword",
          "null",
          "none",
          "true",
          "false",
          "string");

  private AssignedSecret() {}

  /** The value assigned to the name ending at {@code end}, or null. */
  static Candidate after(String text, int start, int end) {
    int p = end;
    if (Chars.at(text, p) == '"' || Chars.at(text, p) == '\'') {
      p++;
    }
    p = spaces(text, p);
    char op = Chars.at(text, p);
    if (op != '=' && op != ':' && op != '\uff1a') {
      return null; // cheap exit first: most words are followed by neither
    }
    if (Chars.at(text, p + 1) == '=' || ":/?&".indexOf(Chars.at(text, start - 1)) >= 0) {
      return null; // a comparison (token == x), or a parameter of a URI (pkcs11:token=…)
    }
    if (!named(text.substring(start, end).toLowerCase(Locale.ROOT))) {
      return null;
    }
    p =
        spaces(
            text, p + 1 + (Chars.at(text, p + 1) == '=' || Chars.at(text, p + 1) == '>' ? 1 : 0));
    char quote = Chars.at(text, p);
    boolean quoted = quote == '"' || quote == '\'';
    return value(text, quoted ? p + 1 : p, quoted, quote);
  }

  /** The credential whose value starts at {@code from}, or null. */
  private static Candidate value(String text, int from, boolean quoted, char quote) {
    int to = from;
    while (to < text.length()
        && to - from <= MAX_VALUE
        && valueChar(text.charAt(to), quoted, quote)) {
      to++;
    }
    if (to - from < MIN_VALUE || to - from > MAX_VALUE || !credible(text.substring(from, to))) {
      return null;
    }
    return new Candidate(
        PiiType.SECRET_KEY,
        from,
        to,
        0.7,
        Candidate.ContextRule.PROVEN,
        "assigned-secret",
        "*".repeat(to - from)); // nothing of a password is kept, not even its symbols
  }

  /**
   * The value after the colon at {@code colon} when the label before it (Chinese characters and
   * ASCII letters, on the same line) holds one of {@link #ZH_NAMES}, or null. A value of a
   * documented shape keeps its own finding ({@link SecretKey#shaped}).
   */
  static Candidate afterZhLabel(String text, int colon) {
    int from = colon;
    while (from > 0 && colon - from < MAX_LABEL && labelChar(text.charAt(from - 1))) {
      from--;
    }
    if (from == colon || !zhNamed(text, from, colon)) {
      return null;
    }
    int p = spaces(text, colon + 1);
    char quote = Chars.at(text, p);
    boolean quoted = quote == '"' || quote == '\'';
    int start = quoted ? p + 1 : p;
    int word = start;
    while (word < text.length() && Chars.word(text.charAt(word))) {
      word++;
    }
    if (word > start && SecretKey.shaped(text, start, word) != null) {
      return null; // the word pass reports it with its shape
    }
    return value(text, start, quoted, quote);
  }

  private static boolean labelChar(char c) {
    return ZhPersons.han(c) || Chars.letter(c) || c == ' ';
  }

  private static boolean zhNamed(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      for (String n : ZH_NAMES) {
        if (k + n.length() <= to && text.startsWith(n, k)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The name is one of {@link #NAMES} or ends with one after {@code _ - .} (db_password). */
  private static boolean named(String name) {
    for (String n : NAMES) {
      int cut = name.length() - n.length();
      if (name.endsWith(n) && (cut == 0 || "_-.".indexOf(name.charAt(cut - 1)) >= 0)) {
        return true;
      }
    }
    return false;
  }

  private static boolean valueChar(char c, boolean quoted, char quote) {
    if (quoted) {
      return c != quote && c > ' '; // a quoted phrase with spaces is prose, not a credential
    }
    return c > ' ' && c < 127 && c != ',' && c != ';' && c != '"' && c != '\'';
  }

  /**
   * Not a placeholder or a reference ({@code $VAR}, {@code ${…}}, {@code %s}, {@code <…>}, {@code
   * os.environ[…]}), letters and digits both, and at least two kinds of character among lower case,
   * upper case, digits and symbols.
   */
  static boolean credible(String v) {
    char c0 = v.charAt(0);
    if ("$%{<*[(".indexOf(c0) >= 0 || PLACEHOLDERS.contains(v.toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (v.contains("(") || v.contains("{{") || v.contains("...") || v.contains("***")) {
      return false; // a call, a template, an ellipsis or a mask
    }
    int kinds = 0;
    kinds += v.chars().anyMatch(Chars::lower) ? 1 : 0;
    kinds += v.chars().anyMatch(Chars::upper) ? 1 : 0;
    kinds += v.chars().anyMatch(Chars::digit) ? 1 : 0;
    kinds += v.chars().anyMatch(ch -> !Character.isLetterOrDigit(ch)) ? 1 : 0;
    // a credential has letters and digits; a word in camel case or a path alone is no secret
    return kinds >= 2
        && v.chars().anyMatch(Chars::digit)
        && v.chars().anyMatch(ch -> Chars.lower(ch) || Chars.upper(ch))
        && v.chars().distinct().count() >= 5;
  }

  private static int spaces(String text, int p) {
    int q = p;
    while (q < text.length() && q - p < 4 && (text.charAt(q) == ' ' || text.charAt(q) == '\t')) {
      q++;
    }
    return q;
  }
}

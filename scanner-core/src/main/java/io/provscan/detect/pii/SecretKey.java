package io.provscan.detect.pii;

/**
 * Credentials with a documented shape: AWS access key ids ({@code AKIA}/{@code ASIA}/{@code
 * ABIA}/{@code ACCA} + 16 of {@code A-Z2-7}), GitHub tokens ({@code ghp_}… + 36 base62, the last
 * six a CRC32 of the thirty before; {@code github_pat_} + 82), Slack tokens ({@code xoxb-}…),
 * Google API keys ({@code AIza} + 35), Stripe live keys ({@code sk_live_}/{@code rk_live_}) and PEM
 * private-key blocks (at least 64 characters of body, as gitleaks requires). Shapes after gitleaks'
 * rules and GitHub's token-format announcement of 2021-04-05. A value of any shape assigned to a
 * credential's name ({@code password = …}, {@code 密钥：…}) is one too: see {@link AssignedSecret}.
 */
final class SecretKey implements TypeRule.WordRule, TypeRule.PemRule, TypeRule.LabelRule {
  /** Longest PEM block searched for its END line: {@value} characters. */
  static final int MAX_PEM = 16_384;

  /**
   * AWS and Google keys start with {@code A}; GitHub, Slack, Stripe with {@code g x s r}; the name
   * of an assigned credential ({@link AssignedSecret}) with any letter.
   */
  @Override
  public boolean mayStartWith(char c) {
    return Chars.letter(c);
  }

  @Override
  public Candidate match(String text, int start, int end) {
    Candidate shaped = shaped(text, start, end);
    return shaped != null ? shaped : AssignedSecret.after(text, start, end);
  }

  @Override
  public Candidate afterLabel(String text, int colon) {
    return AssignedSecret.afterZhLabel(text, colon);
  }

  /** The credential of a documented shape whose first word is {@code [start, end)}, or null. */
  static Candidate shaped(String text, int start, int end) {
    int len = end - start;
    char c = text.charAt(start);
    if (c == 'A' && len == 20 && aws(text, start)) {
      return key(text, start, end, 0.9, Candidate.ContextRule.PROVEN, "aws-access-key-id", 4);
    }
    if (c == 'A' && text.startsWith("AIza", start)) {
      int e = run(text, start, true);
      return e - start == 39
          ? key(text, start, e, 0.9, Candidate.ContextRule.PROVEN, "google-api-key", 4)
          : null;
    }
    if (c == 'g') {
      return github(text, start, end);
    }
    if (c == 'x' && len == 4 && text.startsWith("xox", start) && Chars.at(text, end) == '-') {
      return slack(text, start);
    }
    if ((c == 's' || c == 'r') && text.startsWith("k_live_", start + 1) && len >= 32) {
      return key(text, start, end, 0.9, Candidate.ContextRule.PROVEN, "stripe-live-key", 8);
    }
    return null;
  }

  private static boolean aws(String text, int start) {
    String prefix = text.substring(start, start + 4);
    if (!prefix.equals("AKIA")
        && !prefix.equals("ASIA")
        && !prefix.equals("ABIA")
        && !prefix.equals("ACCA")) {
      return false;
    }
    for (int i = start + 4; i < start + 20; i++) {
      char ch = text.charAt(i);
      if (!Chars.upper(ch) && (ch < '2' || ch > '7')) {
        return false;
      }
    }
    return true;
  }

  private static Candidate github(String text, int start, int end) {
    int len = end - start;
    if (len == 40
        && text.charAt(start + 1) == 'h'
        && text.charAt(start + 3) == '_'
        && "pousr".indexOf(text.charAt(start + 2)) >= 0
        && base62(text, start + 4, end)) {
      boolean crc =
          Checksums.githubCrc(text.subSequence(start + 4, end - 6), text.subSequence(end - 6, end));
      return key(
          text,
          start,
          end,
          crc ? 0.99 : 0.6,
          crc ? Candidate.ContextRule.PROVEN : Candidate.ContextRule.NEEDS_CONTEXT,
          "github-token",
          4);
    }
    if (len == 93 && text.startsWith("github_pat_", start)) {
      return key(text, start, end, 0.9, Candidate.ContextRule.PROVEN, "github-token", 11);
    }
    return null;
  }

  private static Candidate slack(String text, int start) {
    int e = run(text, start, true);
    int len = e - start;
    if (len < 15 || len > 255 || "baprse".indexOf(text.charAt(start + 3)) < 0) {
      return null;
    }
    return key(text, start, e, 0.9, Candidate.ContextRule.PROVEN, "slack-token", 5);
  }

  /** A PEM private-key block starting at {@code start} ({@code -----BEGIN …}), or null. */
  @Override
  public Candidate pem(String text, int start) {
    int labelStart = start + "-----BEGIN ".length();
    int labelEnd = text.indexOf("-----", labelStart);
    if (labelEnd < 0 || labelEnd - labelStart > 40) {
      return null;
    }
    String label = text.substring(labelStart, labelEnd);
    if (!label.endsWith("PRIVATE KEY")) {
      return null;
    }
    String endLine = "-----END " + label + "-----";
    int bodyStart = labelEnd + 5;
    int limit = Math.min(text.length(), bodyStart + MAX_PEM);
    int endAt = indexOf(text, endLine, bodyStart, limit);
    if (endAt < 0 || endAt - bodyStart < 64) {
      return null;
    }
    int end = endAt + endLine.length();
    String masked = "-----BEGIN " + label + "-----***";
    return new Candidate(
        PiiType.SECRET_KEY, start, end, 1.0, Candidate.ContextRule.PROVEN, "private-key", masked);
  }

  private static int indexOf(String text, String what, int from, int limit) {
    int at = text.indexOf(what, from);
    return at >= 0 && at + what.length() <= limit ? at : -1;
  }

  private static Candidate key(
      String text,
      int start,
      int end,
      double confidence,
      Candidate.ContextRule rule,
      String kind,
      int head) {
    StringBuilder masked = new StringBuilder(text.substring(start, start + head));
    masked.append("*".repeat(Math.min(16, end - start - head)));
    return new Candidate(PiiType.SECRET_KEY, start, end, confidence, rule, kind, masked.toString());
  }

  /** The end of a run of letters, digits, {@code _} and (when {@code dash}) {@code -}. */
  private static int run(String text, int start, boolean dash) {
    int e = start;
    while (e < text.length() && (Chars.word(text.charAt(e)) || (dash && text.charAt(e) == '-'))) {
      e++;
    }
    return e;
  }

  private static boolean base62(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Chars.alnum(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}

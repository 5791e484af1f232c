package io.provscan.report.spdx;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns the licence strings of a scan (SPDX ids, expressions, {@code LicenseRef-} ids, Hub ids or
 * free names) into valid SPDX license expressions. Listed ids are written in their canonical case;
 * anything else becomes a {@code LicenseRef-} id (SPDX 3.0.1 Annex "SPDX license expressions":
 * {@code idstring = 1*(ALPHA / DIGIT / "-" / "." )}), reported through {@code refs} with the name
 * it stands for, so the document can carry an element for it. Never throws for bad input: a string
 * that does not parse as an expression becomes one {@code LicenseRef-}.
 */
final class Expressions {
  private static final Pattern SPLIT = Pattern.compile("\\s+|(?<=[()])|(?=[()])");
  private static final int MAX_ID = 64;

  private final Function<String, Optional<String>> listedLicence;
  private final Function<String, Optional<String>> listedException;

  /**
   * @param listedLicence the canonical id of a listed licence, matched without case
   * @param listedException the canonical id of a listed exception, matched without case
   */
  Expressions(
      Function<String, Optional<String>> listedLicence,
      Function<String, Optional<String>> listedException) {
    this.listedLicence = listedLicence;
    this.listedException = listedException;
  }

  /**
   * All licences joined with AND (each one applies), sorted and without repeats; empty when none is
   * left after dropping {@code NOASSERTION}/{@code NONE}.
   *
   * @param refs receives each {@code LicenseRef-} id used, with the text it came from
   */
  String conjunction(Collection<String> licences, Map<String, String> refs) {
    TreeSet<String> parts = new TreeSet<>();
    for (String l : licences) {
      String e = normalise(l, refs);
      if (!e.isEmpty()) {
        parts.add(e);
      }
    }
    if (parts.size() == 1) {
      return parts.first();
    }
    List<String> wrapped = new ArrayList<>();
    parts.forEach(p -> wrapped.add(p.contains(" ") ? "(" + p + ")" : p));
    return String.join(" AND ", wrapped);
  }

  /** One licence string as a valid expression; "" for NOASSERTION, NONE, null or blank. */
  String normalise(String licence, Map<String, String> refs) {
    if (licence == null || licence.isBlank()) {
      return "";
    }
    String trimmed = licence.trim();
    if (trimmed.equalsIgnoreCase("NOASSERTION") || trimmed.equalsIgnoreCase("NONE")) {
      return "";
    }
    List<String> tokens = new ArrayList<>();
    for (String t : SPLIT.split(trimmed)) {
      if (!t.isEmpty()) {
        tokens.add(t);
      }
    }
    List<String> out = expression(tokens, refs);
    return out == null
        ? ref(trimmed, refs)
        : String.join(" ", out).replace("( ", "(").replace(" )", ")");
  }

  /** The tokens rewritten, or null when they are not an expression. */
  private List<String> expression(List<String> tokens, Map<String, String> refs) {
    List<String> out = new ArrayList<>();
    Map<String, String> found = new java.util.LinkedHashMap<>();
    int depth = 0;
    boolean wantOperand = true;
    boolean afterWith = false;
    for (String t : tokens) {
      String op = t.toUpperCase(Locale.ROOT);
      if (t.equals("(") && wantOperand && !afterWith) {
        depth++;
        out.add(t);
      } else if (t.equals(")") && !wantOperand && depth > 0) {
        depth--;
        out.add(t);
      } else if ((op.equals("AND") || op.equals("OR") || op.equals("WITH")) && !wantOperand) {
        out.add(op);
        wantOperand = true;
        afterWith = op.equals("WITH");
      } else if (wantOperand && !t.equals("(") && !t.equals(")")) {
        String id = afterWith ? listedException.apply(t).orElse(null) : licence(t, found);
        if (id == null) {
          return null;
        }
        out.add(id);
        wantOperand = false;
        afterWith = false;
      } else {
        return null;
      }
    }
    if (wantOperand || depth != 0) {
      return null;
    }
    found.forEach(refs::putIfAbsent);
    return out;
  }

  private String licence(String token, Map<String, String> found) {
    String plain = token.endsWith("+") ? token.substring(0, token.length() - 1) : token;
    Optional<String> listed = listedLicence.apply(plain);
    if (listed.isPresent()) {
      return listed.get() + (plain.equals(token) ? "" : "+");
    }
    if (token.equalsIgnoreCase("NOASSERTION") || token.equalsIgnoreCase("NONE")) {
      return null;
    }
    String id = refId(token);
    found.putIfAbsent(id, token);
    return id;
  }

  private String ref(String text, Map<String, String> refs) {
    String id = refId(text);
    refs.putIfAbsent(id, text);
    return id;
  }

  /** {@code LicenseRef-} plus the text reduced to the id alphabet (a hash keeps long ids apart). */
  static String refId(String text) {
    String body = text.regionMatches(true, 0, "LicenseRef-", 0, 11) ? text.substring(11) : text;
    String clean = body.replaceAll("[^A-Za-z0-9.-]+", "-").replaceAll("-{2,}", "-");
    clean = clean.replaceAll("^[-.]+|[-.]+$", "");
    if (!clean.isEmpty() && clean.length() <= MAX_ID && clean.equals(body)) {
      return "LicenseRef-" + clean;
    }
    String base =
        clean.isEmpty() ? "unnamed" : clean.substring(0, Math.min(clean.length(), MAX_ID));
    return "LicenseRef-" + base + "-" + shortHash(text);
  }

  private static String shortHash(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the Java runtime has no SHA-256", e);
    }
  }
}

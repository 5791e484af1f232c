package io.provscan.export;

import io.provscan.detect.PiiFinding;
import io.provscan.internal.Hashing;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Replaces each value of personal data in a text by what its type's {@link Operator} makes of it,
 * and says where every replacement now sits (offsets in the new text), so annotations of the
 * exported text stay exact. Findings that overlap an earlier one are left to it. Immutable and
 * thread-safe.
 */
final class Deidentifier {
  /** Hex digits of the salted hash kept in the text: {@value} (64 bits). */
  static final int HASH_HEX = 16;

  private static final Comparator<PiiFinding> ORDER =
      Comparator.comparingInt(PiiFinding::start).thenComparingInt(f -> -f.end());

  private final PiiOperators operators;
  private final byte[] salt;

  Deidentifier(PiiOperators operators) {
    this.operators = operators;
    this.salt =
        operators.salt() == null ? new byte[0] : operators.salt().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Where a replaced value sits in the exported text.
   *
   * @param type the personal-data type
   * @param operator what was done with it
   * @param start offset in the exported text (inclusive)
   * @param end offset of its end (exclusive); equal to {@code start} for a removed value
   */
  record Span(String type, Operator operator, int start, int end) {}

  /** A de-identified text and its replacements in order. */
  record Result(String text, List<Span> spans) {}

  /** {@code text} with every finding replaced by its type's operator. */
  Result apply(String text, List<PiiFinding> findings) {
    if (findings.isEmpty()) {
      return new Result(text, List.of());
    }
    List<PiiFinding> sorted = new ArrayList<>(findings);
    sorted.sort(ORDER);
    StringBuilder out = new StringBuilder(text.length());
    List<Span> spans = new ArrayList<>(sorted.size());
    int from = 0;
    for (PiiFinding f : sorted) {
      if (f.start() < from || f.end() > text.length() || f.start() >= f.end()) {
        continue; // inside a value already replaced, or not a span of this text
      }
      Operator op = operators.of(f.type());
      out.append(text, from, f.start());
      int start = out.length();
      out.append(replacement(op, f, text.substring(f.start(), f.end())));
      spans.add(new Span(f.type(), op, start, out.length()));
      from = f.end();
    }
    out.append(text, from, text.length());
    return new Result(out.toString(), spans);
  }

  private String replacement(Operator op, PiiFinding f, String raw) {
    return switch (op) {
      case MASK -> f.masked();
      case REDACT -> "";
      case TAG -> "<" + f.type() + ">";
      case HASH -> "<" + f.type() + ":" + hash(raw) + ">";
      case NONE -> raw;
    };
  }

  /** SHA-256 over salt, a NUL, and the value, as the first {@link #HASH_HEX} hex digits. */
  String hash(String value) {
    MessageDigest md = Hashing.sha256();
    md.update(salt);
    md.update((byte) 0);
    md.update(value.getBytes(StandardCharsets.UTF_8));
    return Hashing.hex(md.digest()).substring(0, HASH_HEX);
  }
}

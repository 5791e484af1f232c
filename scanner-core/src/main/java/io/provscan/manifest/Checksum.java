package io.provscan.manifest;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A checksum a manifest gives for a file.
 *
 * @param algorithm {@code md5}, {@code sha1}, {@code sha256} or {@code sha512}
 * @param hex the digest, lower-case hex
 */
public record Checksum(String algorithm, String hex) {
  /** Hex digits each algorithm's digest has. */
  static final Map<String, Integer> HEX_LENGTH =
      Map.of("md5", 32, "sha1", 40, "sha256", 64, "sha512", 128);

  private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");

  /**
   * The checksum {@code value} states for {@code algorithm}, or a reason it is not one. Real
   * manifests put other things in checksum fields: Hugging Face's Croissant files a URL in {@code
   * sha256}, the Croissant spec's own examples 32- and 40-digit values and the word "sha256"; so
   * length and alphabet are checked before a value is trusted.
   *
   * @return the checksum, or empty with {@code why} filled
   */
  static Optional<Checksum> parse(String algorithm, String value, StringBuilder why) {
    String a = algorithm.toLowerCase(Locale.ROOT).replace("-", "");
    Integer length = HEX_LENGTH.get(a);
    String v = value == null ? "" : value.strip();
    if (length == null) {
      why.append("unknown checksum algorithm '").append(algorithm).append('\'');
    } else if (!HEX.matcher(v).matches()) {
      why.append(algorithm).append(" is not hexadecimal");
    } else if (v.length() != length) {
      why.append(algorithm)
          .append(" has ")
          .append(v.length())
          .append(" hex digits, not ")
          .append(length);
    } else {
      return Optional.of(new Checksum(a, v.toLowerCase(Locale.ROOT)));
    }
    return Optional.empty();
  }

  /**
   * A Frictionless {@code hash}: MD5 hex, or {@code algorithm:hex} (Frictionless Data Resource,
   * "hash").
   */
  static Optional<Checksum> frictionless(String hash, StringBuilder why) {
    int colon = hash.indexOf(':');
    return colon < 0
        ? parse("md5", hash, why)
        : parse(hash.substring(0, colon), hash.substring(colon + 1), why);
  }
}

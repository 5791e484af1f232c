package io.provscan.extract;

import java.time.Duration;

/**
 * Bounds on extracting one item.
 *
 * @param maxChars characters of text kept per item; the rest is cut and the item marked {@code
 *     truncated}
 * @param maxItemSize items larger than this (bytes) are hashed, not extracted
 * @param timeout time allowed per item
 * @param maxEmbeddedDepth deepest embedded document parsed (an attachment of an attachment is 2)
 * @param maxEmbeddedCount most embedded documents parsed per item
 * @param maxCompressionRatio Tika's zip-bomb guard: characters out per byte in, checked past {@link
 *     #BOMB_GRACE_CHARS}
 */
public record ExtractionLimits(
    int maxChars,
    long maxItemSize,
    Duration timeout,
    int maxEmbeddedDepth,
    int maxEmbeddedCount,
    int maxCompressionRatio) {

  /** Default text kept per item: {@value} characters (10 M). */
  public static final int DEFAULT_MAX_CHARS = 10_000_000;

  /** Default per-item time limit: 60 seconds. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  /** Default embedded depth: {@value}. */
  public static final int DEFAULT_EMBEDDED_DEPTH = 10;

  /** Default embedded count: {@value}. */
  public static final int DEFAULT_EMBEDDED_COUNT = 1000;

  /** Characters written before Tika's compression-ratio guard applies: {@value}. */
  public static final long BOMB_GRACE_CHARS = 10_000_000;

  /** Validates the bounds. */
  public ExtractionLimits {
    if (maxChars < 1) {
      throw new IllegalArgumentException("max text chars must be at least 1, got " + maxChars);
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("item timeout must be positive, got " + timeout);
    }
    if (maxEmbeddedDepth < 0 || maxEmbeddedCount < 0) {
      throw new IllegalArgumentException("embedded limits must not be negative");
    }
  }
}

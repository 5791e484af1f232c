package io.provscan.extract;

import io.provscan.internal.OptionBounds;
import io.provscan.source.SourceSettings;
import java.time.Duration;

/**
 * Bounds on extracting one item. {@link #validated()} checks them as a user gave them ({@code
 * --max-item-size}, {@code --item-timeout}, {@code --max-text}).
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

  /** Default largest item extracted: 256 MiB. */
  public static final long DEFAULT_MAX_ITEM_SIZE = 256L << 20;

  /** The defaults, with the archives' compression ratio ({@link SourceSettings#DEFAULTS}). */
  public static final ExtractionLimits DEFAULTS =
      new ExtractionLimits(
          DEFAULT_MAX_CHARS,
          DEFAULT_MAX_ITEM_SIZE,
          DEFAULT_TIMEOUT,
          DEFAULT_EMBEDDED_DEPTH,
          DEFAULT_EMBEDDED_COUNT,
          SourceSettings.DEFAULT_MAX_COMPRESSION_RATIO);

  /**
   * These limits, checked as a user gave them. A time limit under 10 ms fails every item on a busy
   * machine; over a day it no longer guards against a parser that hangs.
   *
   * @throws IllegalArgumentException naming the option, its bounds and the bad value
   */
  public ExtractionLimits validated() {
    if (maxItemSize < 1) {
      throw new IllegalArgumentException(
          "--max-item-size must be at least 1 byte, got " + maxItemSize);
    }
    OptionBounds.range(
        "--item-timeout", timeout, Duration.ofMillis(10), "10ms", Duration.ofHours(24), "24h");
    OptionBounds.range("--max-text", maxChars, 1, Integer.MAX_VALUE - 8);
    if (maxEmbeddedDepth < 0 || maxEmbeddedCount < 0) {
      throw new IllegalArgumentException("embedded limits must not be negative");
    }
    return this;
  }
}

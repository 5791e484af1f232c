package io.provscan.spark;

import io.provscan.detect.pii.PiiSelection;
import io.provscan.extract.ExtractionLimits;
import io.provscan.internal.Durations;
import io.provscan.internal.Sizes;
import io.provscan.policy.Action;
import io.provscan.policy.Policy;
import io.provscan.policy.PolicyLoader;
import io.provscan.scan.ScanOptions;
import io.provscan.scan.ScanOptionsBuilder;
import io.provscan.source.Excludes;
import io.provscan.source.RecordColumns;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;

/**
 * The job's command line ({@code scan --out DIR [options] INPUT...}), parsed on the driver and
 * shipped to the executors, which build their {@link ScanOptions} from it: every executor scans
 * with the same options, and a bad value fails on the driver before any task starts. The options
 * that the job shares with {@code provscan scan} have the CLI's names and value syntax (sizes such
 * as {@code 10MB}, durations such as {@code 60s}).
 *
 * @param out the output folder (a local path or a Hadoop URI)
 * @param inputs the inputs as given (local paths, {@code hdfs://}, {@code s3a://} URIs)
 * @param threads scan workers per task (default 1: Spark's task slots are the parallelism)
 * @param splitMb a JSONL corpus is cut into runs of about this many MiB (default 16)
 * @param columns the columns of a record's URL, text and licence named for odd schemas
 * @param excludes globs of paths not to scan ({@code --exclude}, as in the CLI)
 * @param detect which detectors run
 * @param limits the bounds of one item's extraction
 * @param policy the policy file named by {@code --policy} and, once {@link #readPolicy} has read it
 *     on the driver, its bytes; null for the bundled policy
 * @param failOn with {@code --policy}: the verdict from which the job exits 1
 */
record JobOptions(
    String out,
    List<String> inputs,
    int threads,
    int splitMb,
    Columns columns,
    List<String> excludes,
    Detect detect,
    Limits limits,
    PolicyText policy,
    Action failOn)
    implements Serializable {
  static final String USAGE =
      "usage: scan --out DIR [--threads-per-task N] [--split-mb N] [--policy FILE]"
          + " [--fail-on block|review] [--exclude GLOB]... [--text-column NAME]"
          + " [--url-column NAME] [--license-column NAME] [--no-licenses] [--no-opt-out]"
          + " [--no-media-metadata] [--no-pii] [--pii-types NAME,...] [--max-item-size SIZE]"
          + " [--item-timeout DURATION] [--max-text CHARS] INPUT...";

  /**
   * The columns named for odd schemas ({@code --url-column}, {@code --text-column}, {@code
   * --license-column}), each null when not named.
   */
  record Columns(String url, String text, String license) implements Serializable {
    RecordColumns names() {
      return new RecordColumns(url, text, license);
    }
  }

  /**
   * Which detectors run and what they look for.
   *
   * @param licenses detect licences
   * @param optOut read opt-out signals
   * @param mediaMetadata read reservations embedded in media files
   * @param pii look for personal data
   * @param piiTypes the personal-data types looked for (empty: all)
   */
  record Detect(
      boolean licenses, boolean optOut, boolean mediaMetadata, boolean pii, List<String> piiTypes)
      implements Serializable {}

  /**
   * The bounds of one item's extraction, as the CLI's {@code --max-item-size}, {@code
   * --item-timeout} and {@code --max-text}.
   *
   * @param maxItemSize bytes above which an item is hashed but not extracted
   * @param timeout time allowed per item
   * @param maxText characters of text kept per item
   */
  record Limits(long maxItemSize, Duration timeout, int maxText) implements Serializable {
    static final Limits DEFAULTS =
        new Limits(
            ExtractionLimits.DEFAULT_MAX_ITEM_SIZE,
            ExtractionLimits.DEFAULT_TIMEOUT,
            ExtractionLimits.DEFAULT_MAX_CHARS);
  }

  /**
   * A policy file as the driver read it: executors judge with the same bytes, whatever file system
   * the file was on. Equal by content, so executors that receive the options again (each task
   * deserialises its own copy) keep the scanner they made.
   *
   * @param origin the file as named on the command line
   * @param bytes its content, or null before the driver read it
   */
  record PolicyText(String origin, byte[] bytes) implements Serializable {
    @Override
    public boolean equals(Object o) {
      return o instanceof PolicyText p && origin.equals(p.origin) && Arrays.equals(bytes, p.bytes);
    }

    @Override
    public int hashCode() {
      return origin.hashCode() * 31 + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
      return "PolicyText[" + origin + "]";
    }
  }

  /** Parses {@code args}; throws {@link IllegalArgumentException} naming a bad value. */
  static JobOptions parse(String... args) {
    List<String> a = List.of(args);
    if (a.isEmpty() || !a.get(0).equals("scan")) {
      throw new IllegalArgumentException(USAGE);
    }
    String out = null;
    String text = null;
    String url = null;
    String license = null;
    int threads = 1;
    int splitMb = 16;
    boolean licenses = true;
    boolean optOut = true;
    boolean media = true;
    boolean pii = true;
    List<String> piiTypes = new ArrayList<>();
    List<String> excludes = new ArrayList<>();
    long maxItemSize = Limits.DEFAULTS.maxItemSize();
    Duration timeout = Limits.DEFAULTS.timeout();
    int maxText = Limits.DEFAULTS.maxText();
    String policy = null;
    String failOn = null;
    List<String> inputs = new ArrayList<>();
    for (int i = 1; i < a.size(); i++) {
      String arg = a.get(i);
      switch (arg) {
        case "--out" -> out = value(a, ++i, arg);
        case "--threads-per-task" -> threads = number(value(a, ++i, arg), arg, 1, 64);
        case "--split-mb" -> splitMb = number(value(a, ++i, arg), arg, 1, 1024);
        case "--text-column" -> text = value(a, ++i, arg);
        case "--url-column" -> url = value(a, ++i, arg);
        case "--license-column" -> license = value(a, ++i, arg);
        case "--exclude" -> excludes.add(value(a, ++i, arg));
        case "--policy" -> policy = value(a, ++i, arg);
        case "--fail-on" -> failOn = value(a, ++i, arg);
        case "--no-licenses" -> licenses = false;
        case "--no-opt-out", "--no-optout" -> optOut = false;
        case "--no-media-metadata" -> media = false;
        case "--no-pii" -> pii = false;
        case "--pii-types" -> piiTypes.addAll(List.of(value(a, ++i, arg).split(",")));
        case "--max-item-size" -> maxItemSize = size(value(a, ++i, arg), arg);
        case "--item-timeout" -> timeout = duration(value(a, ++i, arg), arg);
        case "--max-text" -> maxText = number(value(a, ++i, arg), arg, 1, Integer.MAX_VALUE);
        default -> {
          if (arg.startsWith("--")) {
            throw new IllegalArgumentException("unknown option " + arg + "\n" + USAGE);
          }
          inputs.add(arg);
        }
      }
    }
    if (out == null || inputs.isEmpty()) {
      throw new IllegalArgumentException("--out and at least one INPUT are required\n" + USAGE);
    }
    if (failOn != null && policy == null) {
      throw new IllegalArgumentException("--fail-on needs --policy");
    }
    Excludes.of(excludes); // a malformed glob fails here, on the driver
    PiiSelection.validate(piiTypes); // so does an unknown type
    return new JobOptions(
        out,
        List.copyOf(inputs),
        threads,
        splitMb,
        new Columns(url, text, license),
        List.copyOf(excludes),
        new Detect(licenses, optOut, media, pii, List.copyOf(piiTypes)),
        new Limits(maxItemSize, timeout, maxText),
        policy == null ? null : new PolicyText(policy, null),
        failOn == null ? Action.BLOCK : threshold(failOn));
  }

  /**
   * These options with the policy file's bytes read through Hadoop's file systems (so a policy on
   * {@code hdfs://} or shipped with {@code --files} works as a local one), and checked: a bad key
   * fails on the driver, naming the file and line.
   */
  JobOptions readPolicy(Configuration conf) throws IOException {
    if (policy == null || policy.bytes() != null) {
      return this;
    }
    org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(policy.origin());
    byte[] bytes;
    try (InputStream in = p.getFileSystem(conf).open(p)) {
      bytes = in.readAllBytes();
    }
    PolicyLoader.read(policy.origin(), bytes);
    return new JobOptions(
        out,
        inputs,
        threads,
        splitMb,
        columns,
        excludes,
        detect,
        limits,
        new PolicyText(policy.origin(), bytes),
        failOn);
  }

  /** The policy the scan judges under: the file read by {@link #readPolicy}, or the bundled one. */
  Policy judgingPolicy() {
    if (policy == null) {
      return PolicyLoader.bundled();
    }
    if (policy.bytes() == null) {
      throw new IllegalStateException("the policy file was not read on the driver");
    }
    return PolicyLoader.read(policy.origin(), policy.bytes());
  }

  /** True when a policy was named: then, as in the CLI, the job is a gate (exit 1 on failure). */
  boolean gates() {
    return policy != null;
  }

  /** The scan options of an executor or the driver: {@code roots} are the local roots. */
  ScanOptions scanOptions(List<Path> roots, Path out) {
    ScanOptionsBuilder b =
        ScanOptions.builder()
            .roots(roots)
            .out(out)
            .threads(threads)
            .index(false)
            .excludes(excludes)
            .policy(judgingPolicy())
            .licenses(detect.licenses())
            .optOut(detect.optOut())
            .mediaMetadata(detect.mediaMetadata())
            .pii(detect.pii())
            .piiTypes(detect.piiTypes())
            .maxItemSize(limits.maxItemSize())
            .itemTimeout(limits.timeout())
            .maxChars(limits.maxText())
            .columns(columns.names());
    return b.build();
  }

  long splitBytes() {
    return splitMb * 1024L * 1024L;
  }

  private static String value(List<String> a, int i, String option) {
    if (i >= a.size()) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return a.get(i);
  }

  private static int number(String v, String option, int min, int max) {
    try {
      int n = Integer.parseInt(v);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        option + " must be a whole number from " + min + " to " + max + ", not " + v);
  }

  private static long size(String v, String option) {
    try {
      return Sizes.parse(v);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
    }
  }

  private static Duration duration(String v, String option) {
    try {
      return Durations.parse(v);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
    }
  }

  private static Action threshold(String v) {
    return switch (v.trim().toLowerCase(Locale.ROOT)) {
      case "block" -> Action.BLOCK;
      case "review" -> Action.REVIEW;
      default ->
          throw new IllegalArgumentException("--fail-on must be block or review, not '" + v + "'");
    };
  }
}

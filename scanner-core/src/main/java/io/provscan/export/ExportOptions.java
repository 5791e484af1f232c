package io.provscan.export;

import io.provscan.internal.OptionBounds;
import io.provscan.policy.Policy;
import io.provscan.report.Lang;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an export is told. Validated once by {@link #validated()}, then read by every thread.
 *
 * @param scan the output folder of the finished scan
 * @param dest the folder the export writes
 * @param policy the policy items are judged against again, or null to keep the scan's verdicts
 * @param includeReview export items whose verdict is {@code review} too
 * @param operators what is done with personal data, per type
 * @param format the shard format
 * @param shardSize bytes of records (as JSON lines, before compression) after which a shard is
 *     closed and the next begun
 * @param threads worker threads that extract and de-identify
 * @param restart start afresh even when {@code dest} holds an unfinished export of other settings
 * @param name the dataset's name in the manifest, or null for one made from the folder name
 * @param creator who made the dataset, for the manifest, or null when not stated
 * @param lang the language the scan's report.html and training-data statement are rendered again
 *     in, once the export is recorded in the scan's {@code exports.json}
 */
public record ExportOptions(
    Path scan,
    Path dest,
    Policy policy,
    boolean includeReview,
    PiiOperators operators,
    ShardFormat format,
    long shardSize,
    int threads,
    boolean restart,
    String name,
    String creator,
    Lang lang) {

  /** Shard size when none is given: 256 MiB of JSON lines. */
  public static final long DEFAULT_SHARD_SIZE = 256L << 20;

  /** Smallest shard size: 1 KiB. */
  public static final long MIN_SHARD_SIZE = 1L << 10;

  /** Largest shard size: 64 GiB. */
  public static final long MAX_SHARD_SIZE = 64L << 30;

  /** Most worker threads: {@value}. */
  public static final int MAX_THREADS = 256;

  /** Export of the scan in {@code scan} to {@code dest} with every default. */
  public static ExportOptions defaults(Path scan, Path dest) {
    return new ExportOptions(
        scan,
        dest,
        null,
        false,
        PiiOperators.DEFAULTS,
        ShardFormat.JSONL_GZ,
        DEFAULT_SHARD_SIZE,
        Runtime.getRuntime().availableProcessors(),
        false,
        null,
        null,
        Lang.EN);
  }

  /**
   * These options, checked.
   *
   * @throws IllegalArgumentException naming the first bad value and its bound
   */
  public ExportOptions validated() {
    OptionBounds.range("--threads", threads, 1, MAX_THREADS);
    if (shardSize < MIN_SHARD_SIZE || shardSize > MAX_SHARD_SIZE) {
      throw new IllegalArgumentException(
          "--shard-size must be between 1KB and 64GB, got " + shardSize + " bytes");
    }
    if (dest.toAbsolutePath().normalize().equals(scan.toAbsolutePath().normalize())) {
      throw new IllegalArgumentException("--to must be another folder than the scan's " + scan);
    }
    operators.validated();
    return this;
  }

  /** The same options with other operators. */
  public ExportOptions withOperators(PiiOperators o) {
    return new ExportOptions(
        scan,
        dest,
        policy,
        includeReview,
        o,
        format,
        shardSize,
        threads,
        restart,
        name,
        creator,
        lang);
  }

  /** The same options with the policy, review inclusion and format given. */
  public ExportOptions with(Policy p, boolean review, ShardFormat f, long size) {
    return new ExportOptions(
        scan, dest, p, review, operators, f, size, threads, restart, name, creator, lang);
  }

  /** The same options with {@code n} threads and the restart flag. */
  public ExportOptions withRun(int n, boolean fresh) {
    return new ExportOptions(
        scan,
        dest,
        policy,
        includeReview,
        operators,
        format,
        shardSize,
        n,
        fresh,
        name,
        creator,
        lang);
  }

  /** The same options with the manifest's name and creator. */
  public ExportOptions withDataset(String datasetName, String datasetCreator) {
    return new ExportOptions(
        scan,
        dest,
        policy,
        includeReview,
        operators,
        format,
        shardSize,
        threads,
        restart,
        datasetName,
        datasetCreator,
        lang);
  }

  /** The same options rendering the scan's reports again in {@code l}. */
  public ExportOptions withLang(Lang l) {
    return new ExportOptions(
        scan,
        dest,
        policy,
        includeReview,
        operators,
        format,
        shardSize,
        threads,
        restart,
        name,
        creator,
        Objects.requireNonNull(l, "lang"));
  }

  /** The settings that shape the output (threads do not), for the manifest and the resume check. */
  Map<String, Object> describe() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("policy", policy == null ? "the scan's verdicts" : policy.origin());
    m.put("policySha256", policy == null ? null : policy.sha256());
    m.put("includeReview", includeReview);
    m.put("format", format.id());
    m.put("shardSize", shardSize);
    m.put("operators", operators.describe());
    m.put("salted", operators.salt() != null);
    return m;
  }
}

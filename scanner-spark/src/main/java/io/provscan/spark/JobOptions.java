package io.provscan.spark;

import io.provscan.scan.ScanOptions;
import io.provscan.scan.ScanOptionsBuilder;
import io.provscan.source.RecordColumns;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The job's command line ({@code scan --out DIR [options] INPUT...}), parsed on the driver and
 * shipped to the executors, which build their {@link ScanOptions} from it: every executor scans
 * with the same options, and a bad value fails on the driver before any task starts.
 *
 * @param out the output folder (a local path or a Hadoop URI)
 * @param inputs the inputs as given (local paths, {@code hdfs://}, {@code s3a://} URIs)
 * @param threads scan workers per task (default 1: Spark's task slots are the parallelism)
 * @param splitMb a JSONL corpus is cut into runs of about this many MiB (default 16)
 * @param textColumn the column of a record's text given for odd schemas, or null
 * @param urlColumn the column of its URL, or null
 * @param licenseColumn the column of its declared licence, or null
 * @param licenses detect licences
 * @param optOut read opt-out signals
 * @param pii look for personal data
 */
record JobOptions(
    String out,
    List<String> inputs,
    int threads,
    int splitMb,
    String textColumn,
    String urlColumn,
    String licenseColumn,
    boolean licenses,
    boolean optOut,
    boolean pii)
    implements Serializable {
  static final String USAGE =
      "usage: scan --out DIR [--threads-per-task N] [--split-mb N] [--text-column NAME]"
          + " [--url-column NAME] [--license-column NAME] [--no-licenses] [--no-opt-out]"
          + " [--no-pii] INPUT...";

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
    boolean pii = true;
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
        case "--no-licenses" -> licenses = false;
        case "--no-opt-out" -> optOut = false;
        case "--no-pii" -> pii = false;
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
    return new JobOptions(
        out, List.copyOf(inputs), threads, splitMb, text, url, license, licenses, optOut, pii);
  }

  /** The scan options of an executor or the driver: {@code roots} are the local roots. */
  ScanOptions scanOptions(List<Path> roots, Path out) {
    ScanOptionsBuilder b =
        ScanOptions.builder()
            .roots(roots)
            .out(out)
            .threads(threads)
            .index(false)
            .licenses(licenses)
            .optOut(optOut)
            .pii(pii)
            .columns(new RecordColumns(urlColumn, textColumn, licenseColumn));
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
}

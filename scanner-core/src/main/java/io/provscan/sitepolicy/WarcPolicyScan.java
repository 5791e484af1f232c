package io.provscan.sitepolicy;

import io.provscan.source.RootFiles;
import io.provscan.source.SourceLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The pre-pass: finds the WARC files among the scan roots (by their magic bytes, gzip or not) and
 * collects every capture of a policy file in them ({@link WarcPolicyReader}). Common Crawl ships
 * robots.txt captures in WARC files of their own, so a capture in any file of the scan applies to
 * pages in any other. WARC files inside archives are not searched.
 */
public final class WarcPolicyScan {
  private WarcPolicyScan() {}

  /** Scans {@code roots} within {@code limits} (links, excludes, the output folder). */
  public static PolicyCaptures scan(List<Path> roots, SourceLimits limits)
      throws InterruptedException {
    PolicyCaptures captures = new PolicyCaptures();
    for (Path root : roots) {
      for (Path warc : warcFiles(root, limits)) {
        if (Thread.interrupted()) {
          throw new InterruptedException("pre-pass interrupted");
        }
        WarcPolicyReader.read(warc, warc.getFileName().toString(), captures);
      }
    }
    return captures;
  }

  private static List<Path> warcFiles(Path root, SourceLimits limits) {
    List<Path> found = new ArrayList<>();
    if (Files.isRegularFile(root)) {
      if (isWarc(root)) {
        found.add(root);
      }
      return found;
    }
    RootFiles.walk(
        root,
        limits,
        (rel, file) -> {
          if (isWarc(file)) {
            found.add(file);
          }
        });
    return found;
  }

  /** True when the file starts with {@code WARC/}, directly or after gzip. */
  static boolean isWarc(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(5);
      if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
        try (InputStream gz = new GZIPInputStream(Files.newInputStream(file))) {
          head = gz.readNBytes(5);
        }
      }
      return new String(head, java.nio.charset.StandardCharsets.US_ASCII).equals("WARC/");
    } catch (IOException e) {
      return false;
    }
  }
}

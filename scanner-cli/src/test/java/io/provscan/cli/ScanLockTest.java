package io.provscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Two scans into one output folder: the second is refused while the first lives, not after. */
class ScanLockTest {
  @TempDir Path corpus;
  @TempDir Path out;
  @TempDir Path logs;

  /** A JSONL corpus of {@code n} short records: one file, many items. */
  static Path records(Path dir, int n) throws IOException {
    StringBuilder b = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      b.append("{\"url\":\"https://site").append(i % 50).append(".example/page/").append(i);
      b.append("\",\"text\":\"Record number ").append(i);
      b.append(" says hello to record ").append(i * 7 % 1000).append(".\"}\n");
    }
    Path file = dir.resolve("shard.jsonl");
    Files.writeString(file, b, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  @Timeout(180)
  void refusesAScanIntoAFolderALiveScanHoldsAndNotOnceItsProcessIsKilled() throws Exception {
    records(corpus, 100_000);
    String[] args = {"scan", corpus.toString(), "--out", out.toString(), "--threads", "1"};
    try (ChildScan first = ChildScan.start(logs.resolve("first.log"), with(args, "--quiet"))) {
      assertTrue(
          first.awaitLines(out.resolve("items.jsonl"), 1, Duration.ofSeconds(120)), first.output());

      CliTest.Run second = CliTest.run(with(args, "--quiet", "--no-index"));

      assertEquals(ExitCodes.BUSY, second.code(), second.err());
      assertTrue(second.err().contains("another scan is writing into"), second.err());
      assertTrue(second.err().contains("process " + first.process().pid()), second.err());
      first.kill();
    }
    Files.writeString(corpus.resolve("shard.jsonl"), "{\"text\":\"one record\"}\n");
    CliTest.Run after = CliTest.run(with(args, "--quiet", "--no-index", "--restart"));
    assertEquals(ExitCodes.OK, after.code(), after.err());
  }

  static String[] with(String[] args, String... more) {
    String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return all;
  }
}

package io.provscan.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provscan.testing.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputLockTest {
  @TempDir Path corpus;
  @TempDir Path out;

  ScanResult scan() throws Exception {
    return new Scanner(ScanOptions.builder().root(corpus).out(out).threads(1).index(false).build())
        .run();
  }

  @Test
  void refusesASecondScanWhileOneHoldsTheFolder() throws Exception {
    Corpus.text(corpus.resolve("a.txt"), "An ordinary file.");
    OutputLock held = OutputLock.acquire(out);
    try {
      OutputInUseException e = assertThrows(OutputInUseException.class, this::scan);
      assertTrue(e.getMessage().contains("another scan is writing into " + out), e.getMessage());
      assertTrue(e.getMessage().contains("process " + ProcessHandle.current().pid()));
      assertFalse(Files.exists(out.resolve(Scanner.ITEMS)), "the refused scan wrote nothing");
    } finally {
      held.close();
    }
    assertEquals(1, scan().seen());
  }

  @Test
  void releasesTheFolderWhenTheScanEnds() throws Exception {
    Corpus.text(corpus.resolve("a.txt"), "An ordinary file.");
    scan();
    OutputLock.acquire(out).close();
    assertEquals(1, scan().seen());
  }

  @Test
  void removesTheTempFoldersOfAKilledScanAndLeavesNoTempFile() throws Exception {
    Corpus.text(corpus.resolve("a.txt"), "An ordinary file.");
    Path stale = Files.createDirectories(out.resolve(TempFiles.PREFIX + "123/spool"));
    Files.writeString(stale.resolve("x.bin"), "left by kill -9");
    scan();
    try (Stream<Path> files = Files.list(out)) {
      List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
      assertTrue(names.stream().noneMatch(n -> n.startsWith(TempFiles.PREFIX)), names.toString());
      assertTrue(names.stream().noneMatch(n -> n.endsWith(".tmp")), names.toString());
      assertTrue(names.contains(Scanner.SUMMARY), names.toString());
    }
  }
}

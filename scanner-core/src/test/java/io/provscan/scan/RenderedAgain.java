package io.provscan.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.provscan.report.OutputFile;
import io.provscan.report.render.ProvenanceReports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The reports a scan writes while it writes {@code items.jsonl} are those rendered afterwards from
 * the finished folder ({@code provscan report}).
 */
final class RenderedAgain {
  private RenderedAgain() {}

  /** Renders {@code dir}'s outputs again from its files and asserts each is as the scan left it. */
  static void assertSameAsTheScanWrote(Path dir) throws IOException {
    Map<String, String> written = outputs(dir);
    ProvenanceReports.Rendered again = ProvenanceReports.render(dir);
    assertEquals(ScannerTest.items(dir).size(), again.items());
    assertEquals(written, outputs(dir));
  }

  private static Map<String, String> outputs(Path dir) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    for (OutputFile o : ProvenanceReports.outputs()) {
      files.put(o.fileName(), Files.readString(dir.resolve(o.fileName())));
    }
    return files;
  }
}

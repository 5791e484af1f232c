package io.provscan.report.spdx;

import io.provscan.record.ItemRecord;
import io.provscan.report.OutputFile;
import io.provscan.report.ScanOutput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** {@value #FILE} as an output file: the SPDX 3.0.1 JSON-LD document ({@link SpdxReport}). */
public final class SpdxOutput implements OutputFile {
  /** The document's file name. */
  public static final String FILE = "provenance.spdx.json";

  @Override
  public String fileName() {
    return FILE;
  }

  @Override
  public String label() {
    return "spdx";
  }

  @Override
  public Renderer start(RenderOptions options) {
    SpdxReport.Pass pass = new SpdxReport.Pass(options.spdxMaxFiles());
    return new Renderer() {
      @Override
      public void add(ItemRecord record) {
        pass.add(record);
      }

      @Override
      public String write(ScanOutput scan, Path file, long unreadable) throws IOException {
        SpdxReport.Stats doc = pass.write(scan, file);
        return String.format(Locale.ROOT, "%,d of %,d files", doc.files(), doc.items());
      }
    };
  }
}

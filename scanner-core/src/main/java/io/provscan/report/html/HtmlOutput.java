package io.provscan.report.html;

import io.provscan.record.ItemRecord;
import io.provscan.report.OutputFile;
import io.provscan.report.ScanOutput;
import java.io.IOException;
import java.nio.file.Path;

/** {@value #FILE} as an output file: the page for reviewers and lawyers ({@link HtmlReport}). */
public final class HtmlOutput implements OutputFile {
  /** The page's file name. */
  public static final String FILE = "report.html";

  @Override
  public String fileName() {
    return FILE;
  }

  @Override
  public String label() {
    return "report";
  }

  @Override
  public Renderer start(RenderOptions options) {
    HtmlReport.Pass pass = new HtmlReport.Pass();
    return new Renderer() {
      @Override
      public void add(ItemRecord record) {
        pass.add(record);
      }

      @Override
      public String write(ScanOutput scan, Path file, long unreadable) throws IOException {
        pass.write(scan, file, unreadable);
        return "";
      }
    };
  }
}

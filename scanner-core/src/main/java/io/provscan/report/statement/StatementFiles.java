package io.provscan.report.statement;

import io.provscan.internal.AtomicFiles;
import io.provscan.record.ItemRecord;
import io.provscan.report.CorpusFacts;
import io.provscan.report.Doc;
import io.provscan.report.Messages;
import io.provscan.report.OutputFile;
import io.provscan.report.ScanOutput;
import io.provscan.report.TrainingContentSummary;
import io.provscan.report.TrainingDataStatement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiFunction;

/**
 * The two Markdown documents as output files. Both are read from {@code summary.json} only, so
 * their renderers ignore the items.
 */
public final class StatementFiles {
  /** The training-data statement's file name. */
  public static final String STATEMENT = "training-data-statement.md";

  /** The EU training-content summary draft's file name. */
  public static final String EU_SUMMARY = "training-content-summary.md";

  /** {@code training-data-statement.md}, labelled {@code statement}. */
  public static final OutputFile STATEMENT_OUTPUT =
      new OutputFile(
          STATEMENT,
          "statement",
          o -> new Renderer(Messages.of(o.lang()), TrainingDataStatement::of));

  /** {@code training-content-summary.md}, labelled {@code eu}. */
  public static final OutputFile EU_SUMMARY_OUTPUT =
      new OutputFile(
          EU_SUMMARY, "eu", o -> new Renderer(Messages.of(o.lang()), TrainingContentSummary::of));

  private StatementFiles() {}

  private record Renderer(Messages m, BiFunction<CorpusFacts, Messages, Doc> doc)
      implements OutputFile.Renderer {
    @Override
    public void add(ItemRecord record) {}

    @Override
    public String render(ScanOutput scan, Path file, long unreadable) throws IOException {
      String text = MarkdownDoc.render(doc.apply(CorpusFacts.of(scan), m));
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      AtomicFiles.replace(tmp, file);
      return "";
    }
  }
}

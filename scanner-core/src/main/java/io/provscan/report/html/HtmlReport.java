package io.provscan.report.html;

import io.provscan.internal.AtomicFiles;
import io.provscan.record.ItemRecord;
import io.provscan.report.Lang;
import io.provscan.report.Messages;
import io.provscan.report.OutputFile;
import io.provscan.report.ScanOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes {@code report.html} from a finished scan: one self-contained page (no network, no external
 * script, font or style) for reviewers and lawyers, in English or Chinese. The duties view first,
 * then the summary, the training-data statement, sources, licences, obligations, opt-outs, personal
 * information (masked), verdicts, failures and items ({@link Sections} holds the order).
 *
 * <p>The page stays small however large the scan: {@code items.jsonl} is streamed once, totals are
 * complete, and each list of items shows at most {@link #MAX_ROWS} rows (the most relevant first
 * for the item list) with a note of how many more {@code items.jsonl} holds. With the defaults the
 * page stays under about 4 MB.
 */
public final class HtmlReport {
  /** The page's file name. */
  public static final String FILE = "report.html";

  /** The page as an output file, labelled {@code report}. */
  public static final OutputFile OUTPUT =
      new OutputFile(FILE, "report", options -> new Pass(options.lang()));

  /** Rows shown per list of items, and sources shown: {@value}. */
  public static final int MAX_ROWS = 1_000;

  private HtmlReport() {}

  /**
   * Writes the page to {@code file} (replacing it only once it is complete).
   *
   * @return what the page holds
   */
  public static Stats write(ScanOutput scan, Path file) throws IOException {
    return write(scan, file, Lang.EN);
  }

  /**
   * Writes the page in {@code lang} to {@code file} (replacing it only once it is complete).
   *
   * @return what the page holds
   */
  public static Stats write(ScanOutput scan, Path file, Lang lang) throws IOException {
    Pass pass = new Pass(lang);
    long unreadable = scan.items(pass::add);
    return pass.write(scan, file, unreadable);
  }

  /**
   * One streaming pass over the items, for renderers that share a single read of {@code
   * items.jsonl}: feed every record to {@link #add}, then {@link #write} the page.
   */
  public static final class Pass implements OutputFile.Renderer {
    private final ItemTally tally = new ItemTally(MAX_ROWS);
    private final Messages messages;

    /** A pass writing the page in {@code lang}. */
    public Pass(Lang lang) {
      this.messages = Messages.of(lang);
    }

    /** Counts one record. */
    @Override
    public void add(ItemRecord record) {
      tally.add(record);
    }

    /**
     * Writes the page to {@code file} (replacing it only once it is complete).
     *
     * @param unreadable lines of items.jsonl that were not records
     */
    public Stats write(ScanOutput scan, Path file, long unreadable) throws IOException {
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      try (Writer out =
          new BufferedWriter(
              new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8),
              1 << 16)) {
        page(new Page(out, messages), scan, tally, unreadable);
      } catch (IOException | RuntimeException e) {
        Files.deleteIfExists(tmp);
        throw e;
      }
      AtomicFiles.replace(tmp, file);
      return new Stats(tally.seen, unreadable, tally.items.rows().size());
    }

    @Override
    public String render(ScanOutput scan, Path file, long unreadable) throws IOException {
      write(scan, file, unreadable);
      return "";
    }
  }

  private static void page(Page page, ScanOutput scan, ItemTally tally, long unreadable)
      throws IOException {
    Overview.head(page, scan.summary());
    Sections.Context context = new Sections.Context(scan, tally, unreadable);
    for (Sections.Section section : Sections.ALL) {
      section.writer().write(page, context);
    }
    page.raw("</main><script>").raw(Assets.SCRIPT).raw("</script></body></html>\n");
  }

  /**
   * What a page holds.
   *
   * @param items records read from items.jsonl
   * @param unreadable lines of items.jsonl that were not records
   * @param listed items in the page's list of items
   */
  public record Stats(long items, long unreadable, int listed) {}
}

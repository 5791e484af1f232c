package io.provscan.report.render;

import io.provscan.internal.NamedThreadFactory;
import io.provscan.record.ItemRecord;
import io.provscan.report.JsonlSink;
import io.provscan.report.Lang;
import io.provscan.report.OutputFile;
import io.provscan.report.ScanOutput;
import io.provscan.report.cyclonedx.CycloneDxReport;
import io.provscan.report.html.HtmlReport;
import io.provscan.report.spdx.SpdxReport;
import io.provscan.report.statement.StatementFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Writes the output files rendered from a finished scan into its output folder, one {@link
 * OutputFile} per entry of {@link #OUTPUTS}. The scanner calls this at the end of every scan and
 * {@code provscan report} calls it again without rescanning, so every file always comes from the
 * same {@code summary.json} and {@code items.jsonl}.
 */
public final class ProvenanceReports {
  /** The page for reviewers and lawyers. */
  public static final String HTML = HtmlReport.FILE;

  /** The SPDX 3.0.1 JSON-LD document. */
  public static final String SPDX = SpdxReport.FILE;

  /** Every output file, in the order they are written and listed. Add a new one here. */
  private static final List<OutputFile> OUTPUTS =
      List.of(
          HtmlReport.OUTPUT,
          SpdxReport.OUTPUT,
          CycloneDxReport.OUTPUT,
          SourcesCsv.OUTPUT,
          StatementFiles.STATEMENT_OUTPUT,
          StatementFiles.EU_SUMMARY_OUTPUT);

  /** Threads that render the files at most: {@value}. */
  private static final int RENDER_THREADS = 2;

  private ProvenanceReports() {}

  /** The registered output files, in order. */
  public static List<OutputFile> outputs() {
    return OUTPUTS;
  }

  /**
   * Starts loading the report libraries on a daemon thread, so that a scan's last step does not
   * wait for their class loading; {@link #render} works the same whether or not this ran.
   */
  public static void warmUpInBackground() {
    Thread t = new Thread(SpdxReport::warmUp, "provscan-report-warmup");
    t.setDaemon(true);
    t.setPriority(Thread.MIN_PRIORITY);
    t.start();
  }

  /** Renders every output with the default bounds, in English. */
  public static Rendered render(Path dir) throws IOException {
    return render(dir, SpdxReport.DEFAULT_MAX_FILES);
  }

  /** Renders every output with the default bounds, in {@code lang}. */
  public static Rendered render(Path dir, Lang lang) throws IOException {
    return render(dir, new OutputFile.RenderOptions(SpdxReport.DEFAULT_MAX_FILES, lang));
  }

  /**
   * Renders every output.
   *
   * @param dir the output folder of a finished scan
   * @param spdxMaxFiles most files listed in the SPDX document
   * @throws IOException when {@code dir} holds no finished scan or a file cannot be written
   */
  public static Rendered render(Path dir, int spdxMaxFiles) throws IOException {
    return render(dir, new OutputFile.RenderOptions(spdxMaxFiles));
  }

  /**
   * Renders every output.
   *
   * @param dir the output folder of a finished scan
   * @param options bounds and language
   * @throws IOException when {@code dir} holds no finished scan or a file cannot be written
   */
  public static Rendered render(Path dir, OutputFile.RenderOptions options) throws IOException {
    return render(dir, options, OUTPUTS);
  }

  /**
   * Renders only the outputs named (an export re-renders what reads its record, {@code
   * exports.json}: the page and the training-data statement), leaving the others as they are.
   *
   * @param fileNames file names of registered outputs ({@link OutputFile#fileName()})
   * @throws IllegalArgumentException when a name is not a registered output's
   * @throws IOException when {@code dir} holds no finished scan or a file cannot be written
   */
  public static Rendered renderOnly(
      Path dir, OutputFile.RenderOptions options, Set<String> fileNames) throws IOException {
    List<OutputFile> chosen =
        OUTPUTS.stream().filter(o -> fileNames.contains(o.fileName())).toList();
    if (chosen.size() != fileNames.size()) {
      throw new IllegalArgumentException(
          "not every one of "
              + fileNames
              + " is an output file; outputs are "
              + OUTPUTS.stream().map(OutputFile::fileName).toList());
    }
    return render(dir, options, chosen);
  }

  private static Rendered render(Path dir, OutputFile.RenderOptions options, List<OutputFile> outs)
      throws IOException {
    Pass pass = new Pass(outs, options);
    ScanOutput scan = ScanOutput.open(dir);
    // One read of items.jsonl feeds every renderer: parsing is most of the cost of a large scan.
    pass.unreadable += scan.items(pass::line);
    return pass.write(scan, dir);
  }

  /**
   * Starts a rendering of every output that a scan feeds while it writes {@code items.jsonl}, line
   * by line in file order (a {@link JsonlSink.Follower}), so that its last step need not read the
   * file again; {@link Pass#finish} writes the files once {@code summary.json} is written. The
   * files are those {@link #render(Path, OutputFile.RenderOptions)} writes from the finished
   * folder.
   */
  public static Pass begin(OutputFile.RenderOptions options) {
    return new Pass(OUTPUTS, options);
  }

  /** Such a rendering with the default bounds, in {@code lang}. */
  public static Pass begin(Lang lang) {
    return begin(new OutputFile.RenderOptions(SpdxReport.DEFAULT_MAX_FILES, lang));
  }

  /** One rendering of the outputs, fed one record of {@code items.jsonl} at a time. */
  public static final class Pass implements JsonlSink.Follower {
    private final long start = System.nanoTime();
    private final List<OutputFile> outs;
    private final List<OutputFile.Renderer> renderers = new ArrayList<>();
    private long items;
    private long unreadable;

    private Pass(List<OutputFile> outs, OutputFile.RenderOptions options) {
      this.outs = outs;
      outs.forEach(o -> renderers.add(o.start(options)));
    }

    /** Takes the next line's record (null for a line that is none); single-threaded. */
    @Override
    public void line(ItemRecord record) {
      if (record == null) {
        unreadable++;
        return;
      }
      items++;
      renderers.forEach(renderer -> renderer.add(record));
    }

    /**
     * Writes the files into the output folder of the finished scan whose every line this pass saw.
     *
     * @throws IOException when {@code dir} holds no finished scan or a file cannot be written
     */
    public Rendered finish(Path dir) throws IOException {
      return write(ScanOutput.open(dir), dir);
    }

    /**
     * Renders the files on as many threads as cores, at most {@value #RENDER_THREADS}: each
     * renderer is single-threaded and reads only its own state and the finished scan, and the SPDX
     * document alone took as long as all the others together on Debian's documentation.
     */
    private Rendered write(ScanOutput scan, Path dir) throws IOException {
      int threads =
          Math.max(1, Math.min(RENDER_THREADS, Runtime.getRuntime().availableProcessors()));
      ExecutorService pool =
          new ThreadPoolExecutor(
              threads,
              threads,
              0,
              TimeUnit.SECONDS,
              new LinkedBlockingQueue<>(),
              new NamedThreadFactory("provscan-render"));
      try {
        List<Future<Written>> rendering = new ArrayList<>();
        for (int i = 0; i < outs.size(); i++) {
          OutputFile out = outs.get(i);
          OutputFile.Renderer renderer = renderers.get(i);
          rendering.add(pool.submit(() -> render(out, renderer, scan, dir)));
        }
        List<Written> files = new ArrayList<>();
        for (Future<Written> f : rendering) {
          files.add(written(f));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Rendered(List.copyOf(files), items, unreadable, millis);
      } finally {
        pool.shutdownNow();
      }
    }

    private Written render(OutputFile out, OutputFile.Renderer renderer, ScanOutput scan, Path dir)
        throws IOException {
      Path file = dir.resolve(out.fileName());
      String note = renderer.render(scan, file, unreadable);
      return new Written(out.label(), file, Files.size(file), note);
    }

    private static Written written(Future<Written> rendering) throws IOException {
      try {
        return rendering.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while rendering the reports", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof IOException io) {
          throw io;
        }
        if (e.getCause() instanceof RuntimeException re) {
          throw re;
        }
        if (e.getCause() instanceof Error error) {
          throw error;
        }
        throw new IllegalStateException(e.getCause());
      }
    }
  }

  /**
   * What was written.
   *
   * @param files one per output, in registration order
   * @param items records read from items.jsonl
   * @param unreadable lines of items.jsonl that were not records
   * @param millis time all took, milliseconds (for a {@link Pass}, since it began)
   */
  public record Rendered(List<Written> files, long items, long unreadable, long millis) {}

  /**
   * One file written.
   *
   * @param label the output's label ({@link OutputFile#label()})
   * @param file the file
   * @param bytes its size
   * @param note what it holds, or empty ({@link OutputFile.Renderer#render})
   */
  public record Written(String label, Path file, long bytes, String note) {}
}

package io.provscan.report.spdx;

import io.provscan.internal.AtomicFiles;
import io.provscan.record.ItemRecord;
import io.provscan.report.OutputFile;
import io.provscan.report.ScanOutput;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.locks.ReentrantLock;
import org.spdx.core.InvalidSPDXAnalysisException;
import org.spdx.library.LicenseInfoFactory;
import org.spdx.library.SpdxModelFactory;
import org.spdx.storage.simple.InMemSpdxStore;
import org.spdx.v3jsonldstore.JsonLDStore;

/**
 * Writes {@code provenance.spdx.json}: an SPDX 3.0.1 JSON-LD document of a finished scan.
 *
 * <p>SPDX 3.0.1 rather than 2.3: SPDX 2.3 requires a SHA-1 for every file (spec 2.3 §8.4, and the
 * library's {@code verify()} reports each one missing) while provscan records SHA-256, which SPDX 3
 * accepts; and SPDX 3's Dataset profile has a package type for data ({@code DatasetPackage}, with
 * data kinds and the presence of sensitive personal information) where SPDX 2.3 has only {@code
 * OTHER}.
 *
 * <p>Size is bounded: every source is written, but at most {@code maxFiles} files (those with
 * licence findings first, then the others in scan order); the document's comment and each package's
 * {@code contains} relationship (completeness {@code incomplete}) say when files were left out.
 * 10,000 files with their licence relationships make a document of about 16 MB.
 *
 * <p>Offline: {@code org.spdx.useJARLicenseInfoOnly} is set to {@code true} (unless the user set
 * it) before the library loads, so the SPDX licence list comes from the library's jar and never
 * from the network (Spdx-Java-Library README, "Configuration options").
 */
public final class SpdxReport {
  /** The document's file name. */
  public static final String FILE = "provenance.spdx.json";

  /** The document as an output file, labelled {@code spdx}. */
  public static final OutputFile OUTPUT =
      new OutputFile(FILE, "spdx", options -> new Pass(options.spdxMaxFiles()));

  /** Files listed by default: {@value}. */
  public static final int DEFAULT_MAX_FILES = 10_000;

  /** Most files a document may list: {@value} (about 80 MB and a minute to write). */
  public static final int MAX_FILES_LIMIT = 100_000;

  private static final String OFFLINE = "org.spdx.useJARLicenseInfoOnly";

  /** The library keeps a process-wide default store; documents are built one at a time. */
  private static final ReentrantLock LOCK = new ReentrantLock();

  static {
    if (System.getProperty(OFFLINE) == null) {
      System.setProperty(OFFLINE, "true");
    }
  }

  private SpdxReport() {}

  /**
   * Loads the SPDX libraries ahead of a {@link #write}: their model factory, the JSON-LD schema and
   * the bundled licence list cost about a second of class loading, which a scan can spend while it
   * scans. Harmless at any time; a failure here is left for {@link #write} to report.
   */
  public static void warmUp() {
    LOCK.lock();
    try {
      SpdxModelFactory.init();
      new JsonLDStore(new InMemSpdxStore(), true);
      LicenseInfoFactory.getListedLicenseById("CC0-1.0");
    } catch (InvalidSPDXAnalysisException | RuntimeException e) {
      // write() meets the same problem and reports it
    } finally {
      LOCK.unlock();
    }
  }

  /**
   * Writes the document to {@code file} (replacing it only once it is complete).
   *
   * @param maxFiles most files listed, 0 to {@link #MAX_FILES_LIMIT}
   * @return what the document holds
   */
  public static Stats write(ScanOutput scan, Path file, int maxFiles) throws IOException {
    Pass pass = new Pass(maxFiles);
    scan.items(pass::add);
    return pass.write(scan, file);
  }

  /**
   * One streaming pass over the items, for renderers that share a single read of {@code
   * items.jsonl}: feed every record to {@link #add}, then {@link #write} the document.
   */
  public static final class Pass implements OutputFile.Renderer {
    private final Chosen chosen;

    /** A pass listing at most {@code maxFiles} files, 0 to {@link #MAX_FILES_LIMIT}. */
    public Pass(int maxFiles) {
      if (maxFiles < 0 || maxFiles > MAX_FILES_LIMIT) {
        throw new IllegalArgumentException(
            "SPDX file limit " + maxFiles + " is out of range 0.." + MAX_FILES_LIMIT);
      }
      chosen = new Chosen(maxFiles);
    }

    /** Takes note of one record. */
    @Override
    public void add(ItemRecord record) {
      chosen.add(record);
    }

    /** Writes the document to {@code file} (replacing it only once it is complete). */
    public Stats write(ScanOutput scan, Path file) throws IOException {
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      LOCK.lock();
      try {
        Stats stats;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
          stats = new DocumentWriter(scan, chosen).write(out);
        }
        AtomicFiles.replace(tmp, file);
        return stats;
      } catch (InvalidSPDXAnalysisException e) {
        throw new IOException("cannot build the SPDX document: " + e.getMessage(), e);
      } finally {
        LOCK.unlock();
        Files.deleteIfExists(tmp);
      }
    }

    @Override
    public String render(ScanOutput scan, Path file, long unreadable) throws IOException {
      Stats doc = write(scan, file);
      return String.format(Locale.ROOT, "%,d of %,d files", doc.files(), doc.items());
    }
  }

  /**
   * What a document holds.
   *
   * @param sources packages written (one per source)
   * @param files files written
   * @param items items in the scan (files left out = items - files)
   * @param licenseRefs {@code LicenseRef-} licences defined in the document
   */
  public record Stats(int sources, int files, long items, int licenseRefs) {}
}

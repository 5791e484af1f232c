package io.provscan.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium for tests that must see a page as a browser does. Tests install nothing: CI
 * installs Debian's {@code chromium} package ({@code .ci/run}); elsewhere a test that needs the
 * browser is skipped, saying why, when none is installed. Every run starts with a fresh profile and
 * without background networking, component updates or first-run tasks, so the browser loads nothing
 * but the page.
 */
public final class Chromium {
  private static final List<String> CANDIDATES =
      List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");

  private final Path binary;
  private final Path profiles;

  private Chromium(Path binary, Path profiles) {
    this.binary = binary;
    this.profiles = profiles;
  }

  /** The installed browser; when there is none, the calling test is skipped with the reason. */
  public static Chromium installedOrSkip(Path profiles) {
    Path found = find();
    if (found == null) {
      String why =
          "no headless Chromium at "
              + CANDIDATES
              + ": install one to run this test (Debian: apt-get install chromium; CI does, in"
              + " .ci/run)";
      // Maven's console counts a skipped test but does not say why: say it here
      System.err.println("browser test skipped: " + why);
      Assumptions.abort(why);
    }
    return new Chromium(found, profiles);
  }

  private static Path find() {
    for (String c : CANDIDATES) {
      Path p = Path.of(c);
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    return null;
  }

  private static String run(List<String> command, int seconds)
      throws IOException, InterruptedException {
    Path log = Files.createTempFile("chromium-", ".log");
    try {
      ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(false);
      pb.redirectOutput(log.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
      Process p = pb.start();
      if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        fail(String.join(" ", command) + " did not finish in " + seconds + " s");
      }
      return Files.readString(log, StandardCharsets.UTF_8);
    } finally {
      Files.deleteIfExists(log);
    }
  }

  /** The page's DOM after its scripts ran, serialised. */
  public String dumpDom(Path page) throws IOException, InterruptedException {
    return run(command(page, "--dump-dom"), 120);
  }

  /** Saves a screenshot of the page. */
  public void screenshot(Path page, Path png, int width, int height)
      throws IOException, InterruptedException {
    Files.createDirectories(png.toAbsolutePath().getParent());
    run(
        command(
            page, "--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height),
        120);
    if (!Files.isRegularFile(png) || Files.size(png) == 0) {
      fail("Chromium wrote no screenshot to " + png);
    }
  }

  /** Prints the page to PDF as the browser's print dialog would, with its page headers. */
  public void printToPdf(Path page, Path pdf) throws IOException, InterruptedException {
    Files.createDirectories(pdf.toAbsolutePath().getParent());
    run(command(page, "--print-to-pdf=" + pdf.toAbsolutePath()), 120);
    if (!Files.isRegularFile(pdf) || Files.size(pdf) == 0) {
      fail("Chromium wrote no PDF to " + pdf);
    }
  }

  private List<String> command(Path page, String... extra) throws IOException {
    List<String> c = new ArrayList<>();
    c.add(binary.toString());
    c.add("--headless");
    c.add("--no-sandbox");
    c.add("--disable-gpu");
    c.add("--disable-background-networking");
    c.add("--disable-component-update");
    c.add("--no-first-run");
    c.add("--user-data-dir=" + Files.createTempDirectory(profiles, "profile-"));
    c.addAll(List.of(extra));
    c.add(page.toAbsolutePath().toUri().toString());
    return c;
  }
}

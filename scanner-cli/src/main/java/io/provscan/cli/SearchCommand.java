package io.provscan.cli;

import io.provscan.detect.pii.PiiDetector;
import io.provscan.index.CorpusSearcher;
import io.provscan.index.SearchHit;
import io.provscan.internal.Json;
import io.provscan.scan.ItemReader;
import io.provscan.scan.ScanOptions;
import io.provscan.scan.Scanner;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code provscan search}: queries the index of a finished scan. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Searches the index of a finished scan with Lucene query syntax and prints each match's"
          + " path, score and a snippet with the matches marked."
    },
    footer = {
      "",
      "Examples:",
      "  provscan search \"apache license\"                 words anywhere in the text",
      "  provscan search '\"all rights reserved\"'          an exact phrase",
      "  provscan search 'mediaType:\"application/pdf\" AND copyright'",
      "  provscan search 'status:failed'                  items that failed, by field",
      "  provscan search 'size:[1000000 TO *]'            items of 1 MB or more",
      "Fields: text (default), title, meta, path, url, host, sha256, mediaType, charset,",
      "  language, status, error, container, truncated, license, licenseCategory, clause,",
      "  reserved, signal, agent, pii, sensitive, verdict, size, chars."
    })
final class SearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "QUERY",
      arity = "1..*",
      description = "The query; several words are joined with spaces.")
  List<String> query;

  @Mixin ScanFolderOption scanFolder;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Most results shown (default: ${DEFAULT-VALUE}).")
  int limit = 10;

  @Option(names = "--json", description = "Print the results as a JSON array.")
  boolean json;

  @Option(
      names = "--no-snippets",
      negatable = false,
      description = "Do not reread items for snippets when the index has no stored text.")
  boolean noSnippets;

  @Override
  public Integer call() throws Exception {
    String q = String.join(" ", query);
    PrintWriter stdout = spec.commandLine().getOut();
    Path indexDir = scanFolder.out.resolve(Scanner.INDEX);
    try (CorpusSearcher searcher = new CorpusSearcher(indexDir)) {
      CorpusSearcher.TextLoader loader = noSnippets ? null : masked(reader());
      CorpusSearcher.SearchResults results = searcher.search(q, limit, loader);
      if (json) {
        printJson(results, stdout);
      } else {
        printText(q, results, indexDir, stdout, Terminal.stdoutIsTerminal());
      }
    }
    return ExitCodes.OK;
  }

  /**
   * Snippets reread from the corpus show personal data masked, as the index and its stored text do
   * (the scan indexes the masked text).
   */
  private static CorpusSearcher.TextLoader masked(ItemReader reader) {
    PiiDetector pii = new PiiDetector();
    return (root, path) -> pii.redact(reader.text(root, path));
  }

  private static ItemReader reader() {
    return new ItemReader(ScanOptions.builder().root(Path.of("")).build());
  }

  private static void printText(
      String q, CorpusSearcher.SearchResults r, Path index, PrintWriter out, boolean tty) {
    out.printf(
        Locale.ROOT, "%d of %,d matches for %s in %s%n", r.hits().size(), r.total(), q, index);
    int n = 0;
    for (SearchHit hit : r.hits()) {
      out.printf(
          Locale.ROOT,
          "%2d. %s  (score %.2f, %s%s%s)%n",
          ++n,
          hit.path(),
          hit.score(),
          hit.mediaType() == null ? "?" : hit.mediaType(),
          hit.url() == null ? "" : ", " + hit.url(),
          hit.copies() == 0
              ? ""
              : ", " + hit.copies() + " identical cop" + (hit.copies() == 1 ? "y" : "ies"));
      if (hit.snippet() != null) {
        out.println("    " + mark(hit.snippet(), tty));
      }
    }
    out.flush();
  }

  private static void printJson(CorpusSearcher.SearchResults r, PrintWriter out) throws Exception {
    List<Map<String, Object>> hits = new ArrayList<>();
    for (SearchHit hit : r.hits()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("path", hit.path());
      m.put("url", hit.url());
      m.put("mediaType", hit.mediaType());
      m.put("status", hit.status());
      m.put("score", hit.score());
      m.put("copies", hit.copies());
      m.put("snippet", hit.snippet() == null ? null : mark(hit.snippet(), false));
      hits.add(m);
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("total", r.total());
    doc.put("hits", hits);
    out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(doc));
    out.flush();
  }

  /** Marks matches: bold on a terminal, {@code **…**} otherwise. */
  static String mark(String snippet, boolean tty) {
    String start = tty ? "\033[1m" : "**";
    String end = tty ? "\033[0m" : "**";
    return snippet
        .replace(String.valueOf(SearchHit.MARK_START), start)
        .replace(String.valueOf(SearchHit.MARK_END), end);
  }
}

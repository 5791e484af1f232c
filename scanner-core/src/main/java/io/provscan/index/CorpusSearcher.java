package io.provscan.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.flexible.core.QueryNodeException;
import org.apache.lucene.queryparser.flexible.standard.StandardQueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Queries a finished scan's index with Lucene's standard query syntax: words and phrases over the
 * text, {@code field:value} over the keyword fields of {@link IndexSchema}, ranges over numbers.
 * Snippets come from the stored text when the scan kept it, else from the item itself, reread
 * through a {@link TextLoader}.
 */
public final class CorpusSearcher implements Closeable {
  /** Characters of text examined for a snippet: {@value}. */
  static final int SNIPPET_SCAN_CHARS = 1_000_000;

  /** Reads an item's text again when the index did not store it. */
  @FunctionalInterface
  public interface TextLoader {
    /** The item's text, or null when it cannot be had any more. */
    String load(String root, String path) throws IOException;
  }

  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Analyzer analyzer = IndexSchema.analyzer();

  /**
   * Opens the index in {@code dir}.
   *
   * @throws IOException when there is no index there (with a message saying how to make one)
   */
  public CorpusSearcher(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException(
          "no index at " + dir + "; run 'provscan scan' first (without --no-index)");
    }
    this.directory = FSDirectory.open(dir);
    try {
      this.reader = DirectoryReader.open(directory);
    } catch (IndexNotFoundException e) {
      directory.close();
      throw new IOException(
          "no index at " + dir + "; run 'provscan scan' first (without --no-index)", e);
    }
    this.searcher = new IndexSearcher(reader);
  }

  /**
   * Runs a query.
   *
   * @throws IllegalArgumentException when the query does not parse, naming the problem
   */
  public SearchResults search(String query, int limit, TextLoader loader) throws IOException {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, got " + limit);
    }
    Query parsed = parse(query);
    TopDocs top = searcher.search(parsed, limit);
    String[] stored = storedSnippets(parsed, top);
    List<SearchHit> hits = new ArrayList<>();
    for (int i = 0; i < top.scoreDocs.length; i++) {
      ScoreDoc sd = top.scoreDocs[i];
      Document doc = searcher.storedFields().document(sd.doc);
      String snippet = stored[i] != null ? stored[i] : reread(parsed, doc, loader);
      hits.add(hit(doc, sd.score, copies(doc.get("sha256")), snippet));
    }
    return new SearchResults(top.totalHits.value, hits);
  }

  /** Documents in the index. */
  public int documents() {
    return reader.numDocs();
  }

  Query parse(String query) {
    StandardQueryParser parser = new StandardQueryParser(analyzer);
    parser.setPointsConfigMap(IndexSchema.points());
    parser.setAllowLeadingWildcard(true);
    try {
      return parser.parse(query, IndexSchema.TEXT);
    } catch (QueryNodeException e) {
      throw new IllegalArgumentException(
          "cannot parse query '" + query + "': " + e.getMessage(), e);
    }
  }

  private String[] storedSnippets(Query query, TopDocs top) throws IOException {
    UnifiedHighlighter highlighter =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(formatter())
            .withMaxLength(SNIPPET_SCAN_CHARS)
            .build();
    return highlighter.highlight(IndexSchema.TEXT, query, top, 1);
  }

  private String reread(Query query, Document doc, TextLoader loader) throws IOException {
    if (loader == null) {
      return null;
    }
    String text = loader.load(doc.get(IndexSchema.ROOT), doc.get("path"));
    if (text == null || text.isEmpty()) {
      return null;
    }
    UnifiedHighlighter highlighter =
        UnifiedHighlighter.builderWithoutSearcher(analyzer)
            .withFormatter(formatter())
            .withMaxLength(SNIPPET_SCAN_CHARS)
            .build();
    Object snippet = highlighter.highlightWithoutSearcher(IndexSchema.TEXT, query, text, 1);
    return snippet == null ? null : snippet.toString();
  }

  private static DefaultPassageFormatter formatter() {
    return new DefaultPassageFormatter(
        String.valueOf(SearchHit.MARK_START), String.valueOf(SearchHit.MARK_END), " … ", false);
  }

  private int copies(String sha256) throws IOException {
    if (sha256 == null) {
      return 0;
    }
    return Math.max(0, searcher.count(new TermQuery(new Term("sha256", sha256))) - 1);
  }

  private static SearchHit hit(Document doc, float score, int copies, String snippet) {
    return new SearchHit(
        doc.get("path"),
        doc.get(IndexSchema.ROOT),
        doc.get("url"),
        doc.get("mediaType"),
        doc.get("status"),
        score,
        copies,
        snippet == null ? null : clip(snippet.replaceAll("\\s+", " ").strip()));
  }

  /** Longest snippet shown, in characters: {@value}. */
  static final int SNIPPET_MAX_CHARS = 320;

  /**
   * A passage cut to about {@link #SNIPPET_MAX_CHARS} around its first match: the highlighter's
   * passages are sentences, and a JSON file or a minified page is one long "sentence".
   */
  static String clip(String snippet) {
    if (snippet.length() <= SNIPPET_MAX_CHARS) {
      return snippet;
    }
    int mark = Math.max(0, snippet.indexOf(SearchHit.MARK_START));
    int start = Math.max(0, mark - SNIPPET_MAX_CHARS / 3);
    int end = Math.min(snippet.length(), start + SNIPPET_MAX_CHARS);
    start = Math.max(0, end - SNIPPET_MAX_CHARS);
    if (start > 0) { // begin and end on whole words, keeping the first match
      int space = snippet.indexOf(' ', start);
      if (space >= 0 && space < mark) {
        start = space + 1;
      }
    }
    if (end < snippet.length()) {
      int space = snippet.lastIndexOf(' ', end);
      if (space > mark) {
        end = space;
      }
    }
    return (start > 0 ? "… " : "")
        + balanced(snippet.substring(start, end))
        + (end < snippet.length() ? " …" : "");
  }

  /** The text with a match cut open at its end closed again, and stray marks dropped. */
  private static String balanced(String s) {
    StringBuilder b = new StringBuilder(s.length() + 1);
    boolean open = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == SearchHit.MARK_START) {
        if (open) {
          continue;
        }
        open = true;
      } else if (c == SearchHit.MARK_END) {
        if (!open) {
          continue;
        }
        open = false;
      }
      b.append(c);
    }
    if (open) {
      b.append(SearchHit.MARK_END);
    }
    return b.toString();
  }

  @Override
  public void close() throws IOException {
    try (directory) {
      reader.close();
    }
  }

  /**
   * The hits of one query.
   *
   * @param total how many documents match in all
   * @param hits the best of them, best first
   */
  public record SearchResults(long total, List<SearchHit> hits) {}
}

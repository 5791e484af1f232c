package io.provscan.index;

import io.provscan.internal.ItemKey;
import io.provscan.internal.LongSet;
import io.provscan.record.ItemRecord;
import io.provscan.record.RecordSink;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * Writes the scan's index: a {@link RecordSink} over one {@link IndexWriter} shared by all workers
 * (thread-safe by Lucene's contract, and never synchronised on). Commits every {@code commitEvery}
 * documents or {@link #COMMIT_INTERVAL_NANOS}, so a long scan that is killed still leaves a
 * searchable index, and at {@link #close()}.
 *
 * <p>Text whose content (by SHA-256) is already in the index is not indexed again: corpora are full
 * of copies (29% of the characters of Debian's documentation folder), and one copy is enough to
 * find them all. Every copy still gets its document, marked {@code duplicate:true}, and {@code
 * sha256:<hash>} lists them.
 */
public final class CorpusIndex implements RecordSink {
  /**
   * RAM buffer before a segment is flushed, MB: {@value}, Lucene's default. Measured on Debian's
   * documentation folder, 16 MB took 12% less CPU than 64 MB and 15% less than 128 MB (smaller hash
   * tables stay in cache), while 8 MB paid it back in merges.
   */
  public static final double RAM_BUFFER_MB = 16;

  /** Default documents between commits: {@value}. */
  public static final int DEFAULT_COMMIT_EVERY = 10_000;

  /**
   * Longest time between two commits, whatever the count: 30 s. A commit is a resumed scan's
   * starting point, so a slow corpus (large PDFs) should not lose more than this to a kill; a
   * commit costs a segment flush and an fsync, well under 1% of 30 s of scanning.
   */
  public static final long COMMIT_INTERVAL_NANOS = 30_000_000_000L;

  /**
   * Default characters of an item's text indexed: {@value} (a 500-page book). Lucene long capped
   * fields the same way (MaxFieldLength); detectors still see the whole extracted text.
   */
  public static final int DEFAULT_MAX_CHARS = 1_000_000;

  private final Directory directory;
  private final IndexWriter writer;
  private final DocumentMapper mapper;
  private final int commitEvery;
  private final AtomicLong documents = new AtomicLong();
  private final AtomicLong lastCommit = new AtomicLong(System.nanoTime());
  private final LongSet textIndexed = new LongSet();
  private volatile boolean replacing;
  private volatile boolean heldTexts;
  private final Object heldTextsLock = new Object();
  private final Map<Long, Long> holders = new ConcurrentHashMap<>();

  /**
   * How the index is written.
   *
   * @param storeText store the extracted text too (for snippets without the corpus)
   * @param commitEvery documents between commits, at least 1
   * @param maxChars characters of each item's text indexed, at least 1
   */
  public record Settings(boolean storeText, int commitEvery, int maxChars) {
    /** Validates the bounds. */
    public Settings {
      if (commitEvery < 1) {
        throw new IllegalArgumentException("commitEvery must be at least 1, got " + commitEvery);
      }
      if (maxChars < 1) {
        throw new IllegalArgumentException("index max chars must be at least 1, got " + maxChars);
      }
    }
  }

  /** Creates (replacing any previous index) the index in {@code dir}. */
  public CorpusIndex(Path dir, Settings settings) throws IOException {
    this(dir, settings, false);
  }

  /**
   * Opens the index in {@code dir}: a new one, or with {@code resume} the last commit of a killed
   * scan's (then {@link #retainOnly} reconciles it with {@code items.jsonl}).
   */
  public CorpusIndex(Path dir, Settings settings, boolean resume) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(IndexSchema.analyzer());
    config.setOpenMode(
        resume ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND : IndexWriterConfig.OpenMode.CREATE);
    config.setRAMBufferSizeMB(RAM_BUFFER_MB);
    config.setCommitOnClose(true);
    // Batch indexing: compound files would copy every flushed segment once more (Lucene's advice).
    config.setUseCompoundFile(false);
    config.getMergePolicy().setNoCFSRatio(0.0);
    this.directory = FSDirectory.open(dir);
    this.writer = new IndexWriter(directory, config);
    this.mapper = new DocumentMapper(settings.storeText(), settings.maxChars());
    this.commitEvery = settings.commitEvery();
    if (!resume) {
      // Until its first commit, a new index leaves the previous scan's last commit in place; a
      // scan killed before then must not resume from that other scan's documents.
      writer.commit();
    }
  }

  @Override
  public void accept(ItemRecord record, String text) throws IOException {
    readHeldTexts();
    boolean copy = record.sha256() != null && !textIndexed.add(prefix(record.sha256()));
    long key = replacing ? ItemKey.of(record.root(), record.path()) : 0;
    if (copy && replacing && Long.valueOf(key).equals(holders.get(prefix(record.sha256())))) {
      copy = false; // it replaces the document that holds this text: the text goes on in it
    }
    Document doc = mapper.map(record, copy ? null : text, copy);
    if (replacing) {
      writer.updateDocument(keyTerm(key), doc);
    } else {
      writer.addDocument(doc);
    }
    long now = System.nanoTime();
    long last = lastCommit.get();
    if (documents.incrementAndGet() % commitEvery == 0
        || (now - last > COMMIT_INTERVAL_NANOS && lastCommit.compareAndSet(last, now))) {
      lastCommit.set(now);
      writer.commit();
    }
  }

  /** The first 64 bits of a hex SHA-256: collisions are negligible below billions of items. */
  static long prefix(String sha256) {
    return Long.parseUnsignedLong(sha256.substring(0, 16), 16);
  }

  /** The {@link ItemKey}s of the documents in the index. */
  public LongSet keys() throws IOException {
    LongSet keys = new LongSet();
    visit((doc, key) -> keys.add(key));
    return keys;
  }

  /**
   * Deletes the documents whose key is not in {@code keep} and commits: after a kill, the index's
   * last commit and {@code items.jsonl} may each hold items the other lacks, and a resumed scan
   * keeps only those in both. Texts of the documents kept count as indexed.
   */
  public void retainOnly(LongSet keep) throws IOException {
    long[] kept = {0};
    visit(
        (doc, key) -> {
          if (!keep.contains(key)) {
            writer.deleteDocuments(keyTerm(key));
            return;
          }
          kept[0]++;
          String sha256 = doc.get("sha256");
          if (sha256 != null && doc.get("duplicate") == null) {
            textIndexed.add(prefix(sha256));
          }
        });
    writer.commit();
    documents.set(kept[0]);
  }

  /**
   * Keeps a finished scan's documents for an incremental rescan (open it with {@code resume}): from
   * now on a document replaces the one of the same item, and the texts held count as indexed. Which
   * texts are held is read from the documents when the first document is added, not here: a rescan
   * with nothing changed adds none and never pays for that walk over the stored fields.
   */
  public void keepForRescan() {
    replacing = true;
    heldTexts = true;
  }

  /** Reads which texts the kept documents hold, once, before the first document is added. */
  private void readHeldTexts() throws IOException {
    if (!heldTexts) {
      return;
    }
    synchronized (heldTextsLock) {
      if (heldTexts) {
        visit(
            (doc, key) -> {
              String sha256 = doc.get("sha256");
              if (sha256 != null && doc.get("duplicate") == null) {
                textIndexed.add(prefix(sha256));
                holders.put(prefix(sha256), key);
              }
            });
        heldTexts = false;
      }
    }
  }

  /** Deletes the document of the item with this key (one that is gone), if there is one. */
  public void delete(long key) throws IOException {
    writer.deleteDocuments(keyTerm(key));
  }

  /** Sets {@link #documents()} to the documents the index holds now (after a rescan's changes). */
  public void countDocuments() throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      documents.set(reader.numDocs());
    }
  }

  private static Term keyTerm(long key) {
    return new Term(IndexSchema.KEY, ItemKey.text(key));
  }

  private void visit(DocVisitor visitor) throws IOException {
    Set<String> fields = Set.of("path", IndexSchema.ROOT, "sha256", "duplicate");
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        for (int i = 0; i < leaf.reader().maxDoc(); i++) {
          if (live == null || live.get(i)) {
            Document doc = stored.document(i, fields);
            visitor.visit(doc, ItemKey.of(doc.get(IndexSchema.ROOT), doc.get("path")));
          }
        }
      }
    }
  }

  private interface DocVisitor {
    void visit(Document doc, long key) throws IOException;
  }

  /** Documents added so far (after {@link #countDocuments}, those the index holds). */
  public long documents() {
    return documents.get();
  }

  @Override
  public void close() throws IOException {
    try (directory) {
      writer.close();
    }
  }
}

package io.provscan.scan;

import io.provscan.index.CorpusIndex;
import io.provscan.internal.Hashing;
import io.provscan.internal.ItemKey;
import io.provscan.internal.LongSet;
import io.provscan.record.ItemRecord;
import io.provscan.record.RecordSink;
import io.provscan.record.SummarySection;
import io.provscan.source.SourceWalker;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * The finished scan an incremental rescan starts from: its records (moved aside to {@value #ITEMS})
 * and its file stamps ({@value #STAMPS}). The walk passes over top-level files whose size and
 * modification time (or, where those are ambiguous, content hash) are unchanged ({@link
 * #unchanged}); once the walk is done, {@link #reuse} hands on the records of those files and of
 * everything inside them, judged again, and drops those of files that are gone.
 *
 * <p>An archive, WARC or record file is one unit: unchanged, all its members and records are
 * reused; changed, all are scanned again.
 */
final class PreviousScan implements SourceWalker.Unchanged {
  /** The previous scan's items, moved aside while a rescan runs. */
  static final String ITEMS = ".provscan-previous-items.jsonl";

  /** The previous scan's stamps, moved aside while a rescan runs. */
  static final String STAMPS = ".provscan-previous-stamps";

  private final Path items;
  private final Map<Long, Stamps.Stamp> stamps;
  private final LongSet rejudged = new LongSet();
  private final LongSet walked = new LongSet();
  private final LongSet unchangedFiles = new LongSet();
  private final RescanTally tally;

  private PreviousScan(Path out, Map<Long, Stamps.Stamp> stamps) {
    this.items = out.resolve(ITEMS);
    this.stamps = stamps;
    this.tally = new RescanTally();
  }

  /**
   * Moves a finished scan's items and stamps aside (unless a killed rescan already did), so that
   * the rescan writes its own in their place.
   */
  static void moveAside(Path out) throws IOException {
    moveAside(out.resolve(Stamps.FILE), out.resolve(STAMPS));
    moveAside(out.resolve(Scanner.ITEMS), out.resolve(ITEMS));
  }

  private static void moveAside(Path file, Path aside) throws IOException {
    if (!Files.exists(aside)) {
      Files.move(file, aside);
    }
  }

  /** True when {@code out} holds what {@link #moveAside} needs. */
  static boolean present(Path out) {
    return (Files.isRegularFile(out.resolve(ITEMS)) && Files.isRegularFile(out.resolve(STAMPS)))
        || (Files.isRegularFile(out.resolve(Scanner.ITEMS))
            && Files.isRegularFile(out.resolve(Stamps.FILE)));
  }

  /** Removes what {@link #moveAside} set aside: the rescan is finished, or another scan starts. */
  static void remove(Path out) throws IOException {
    Files.deleteIfExists(out.resolve(ITEMS));
    Files.deleteIfExists(out.resolve(STAMPS));
  }

  /**
   * Reads the previous scan set aside in {@code out}.
   *
   * @param rejudge with a changed policy and an index to keep in step, the processor that judges
   *     records again: a file holding an item whose verdict changes is scanned again, since the
   *     index holds the verdict beside the text, which only a new extraction gives back; else null
   */
  static PreviousScan load(Path out, ItemProcessor rejudge) throws IOException {
    PreviousScan p = new PreviousScan(out, Stamps.read(out.resolve(STAMPS)));
    if (rejudge != null) {
      // Only then are the items needed before the walk; otherwise reuse reads them once, after it.
      new JsonlLines().read(p.items, (line, r) -> p.markRejudged(r, rejudge));
    }
    return p;
  }

  private boolean markRejudged(ItemRecord r, ItemProcessor rejudge) {
    if (r != null && !Objects.equals(rejudge.judged(r).verdict(), r.verdict())) {
      rejudged.add(ItemKey.of(r.root(), r.path()));
      TopLevel.candidates(r, rejudged::add);
    }
    return true;
  }

  @Override
  public boolean test(String root, String relative, Path file, long size) {
    long key = ItemKey.of(root, relative);
    walked.add(key);
    Stamps.Stamp stamp = stamps.get(key);
    if (stamp == null || stamp.size() != size || rejudged.contains(key)) {
      return false;
    }
    if (size == SourceWalker.LINK) {
      unchangedFiles.add(key); // a link then and now: its record names only the link
      return true;
    }
    try {
      boolean same =
          stamp.mtime() >= 0
              ? stamp.mtime() == Files.getLastModifiedTime(file).to(TimeUnit.NANOSECONDS)
              : stamp.sha256().equals(sha256(file));
      if (same) {
        unchangedFiles.add(key);
      }
      return same;
    } catch (IOException e) {
      return false; // the walk reads it and reports what is wrong
    }
  }

  private static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return Hashing.digest(in).sha256();
    }
  }

  /** Counts the records the pipeline makes; among the scan's sinks. */
  RecordSink tally() {
    return tally;
  }

  /** The rescan's counts, once {@link #reuse} is done. */
  RescanCounts counts() {
    return tally.counts();
  }

  /** The summary's {@code rescan} section. */
  SummarySection section() {
    return tally.section();
  }

  /**
   * Hands the previous records of unchanged files, judged again, to {@code sinks} (the index keeps
   * their documents as they are), and deletes from {@code index} the documents of items that are
   * gone. Call after the walk and the pipeline are done.
   *
   * @param index the index, or null when none is written
   */
  void reuse(ItemProcessor processor, RecordSink sinks, CorpusIndex index) throws IOException {
    new JsonlLines()
        .read(
            items,
            (line, r) -> {
              if (r == null) {
                return true;
              }
              long key = ItemKey.of(r.root(), r.path());
              if (tally.rescanned(key)) {
                return true; // scanned again
              }
              if (unchangedFiles.contains(TopLevel.of(r, walked))) {
                reuse(processor.reused(r), r, line, sinks);
                tally.reused();
              } else {
                tally.removed();
                if (index != null) {
                  index.delete(key);
                }
              }
              return true;
            });
  }

  /**
   * Hands on a reused record; when judging it again changed nothing, with its stored line, which
   * the items file then copies instead of serialising the record again (the costliest part of a
   * rescan with little changed; the line is what a full scan writes too).
   */
  private static void reuse(ItemRecord again, ItemRecord stored, byte[] line, RecordSink sinks)
      throws IOException {
    if (again.equals(stored)) {
      sinks.acceptStored(stored, line);
    } else {
      sinks.accept(again, "");
    }
  }

  /** Which top-level file an item belongs to. */
  static final class TopLevel {
    private TopLevel() {}

    /** Receives keys. */
    interface Keys {
      void add(long key);
    }

    /**
     * The key of the top-level file {@code r} came from: itself at the top level; else the longest
     * prefix of its path, cut before a {@code !/} or {@code #}, that the walk met as a top-level
     * file (a file name may hold {@code #} or {@code !}, a member's path extends its file's).
     */
    static long of(ItemRecord r, LongSet walked) {
      long own = ItemKey.of(r.root(), r.path());
      if (r.parent() == null) {
        return own;
      }
      String path = r.path();
      for (int i = path.length() - 1; i > 0; i--) {
        if (isCut(path, i)) {
          long key = ItemKey.of(r.root(), path.substring(0, i));
          if (walked.contains(key)) {
            return key;
          }
        }
      }
      return own;
    }

    /** Every key {@link #of} could return for {@code r}. */
    static void candidates(ItemRecord r, Keys keys) {
      String path = r.path();
      for (int i = path.length() - 1; r.parent() != null && i > 0; i--) {
        if (isCut(path, i)) {
          keys.add(ItemKey.of(r.root(), path.substring(0, i)));
        }
      }
    }

    private static boolean isCut(String path, int i) {
      char c = path.charAt(i);
      return c == '#' || (c == '!' && i + 1 < path.length() && path.charAt(i + 1) == '/');
    }
  }
}

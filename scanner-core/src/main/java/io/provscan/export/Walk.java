package io.provscan.export;

import io.provscan.internal.ItemKey;
import io.provscan.internal.LongSet;
import io.provscan.scan.ItemReader;
import io.provscan.source.Item;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * The producer of an export: visits the scan's top-level files in sorted order, walks each as the
 * scan did, and puts one future outcome per item on the ordered queue, in walk order. Only items
 * the policy lets through are handed to the workers (extraction is the cost); every other outcome
 * is decided here from the scan's entry. Items before {@code position} (done by an interrupted run)
 * are passed over. Runs on one thread.
 */
final class Walk {
  /** Why an item of a file that is gone is left out: {@value}. */
  static final String MISSING = "missing from the corpus";

  /** Why an item the scan had but its file no longer holds is left out: {@value}. */
  static final String NOT_FOUND = "not found in its file any more";

  /** Why an item the scan did not have is left out: {@value}. */
  static final String NOT_SCANNED = "not in the scan";

  private final ScanEntries entries;
  private final ItemReader reader;
  private final ItemExport export;
  private final ExecutorService workers;
  private final BlockingQueue<Future<Outcome>> ordered;
  private final boolean includeReview;
  private final long position;
  private final Path temp;
  private final LongSet seen = new LongSet();
  private final Map<String, String> missingTops = new TreeMap<>();
  private long seq;

  Walk(
      ScanEntries entries,
      ItemReader reader,
      ItemExport export,
      ExecutorService workers,
      BlockingQueue<Future<Outcome>> ordered,
      boolean includeReview,
      long position,
      Path temp) {
    this.entries = entries;
    this.reader = reader;
    this.export = export;
    this.workers = workers;
    this.ordered = ordered;
    this.includeReview = includeReview;
    this.position = position;
    this.temp = temp;
  }

  /** Walks every top-level file, then puts the end mark. */
  void run() throws InterruptedException {
    try {
      for (String[] top : entries.topFiles()) {
        walkTop(top[0], top[1]);
      }
    } finally {
      ordered.put(CompletableFuture.completedFuture(Outcome.END));
    }
  }

  private void walkTop(String root, String top) throws InterruptedException {
    Path file = Path.of(root).resolve(top);
    if (!Files.isRegularFile(file)) {
      missingTops.put(root + '\0' + top, MISSING);
      return;
    }
    try {
      reader.walk(root, top, temp, this::accept);
    } catch (IOException e) {
      missingTops.put(root + '\0' + top, "unreadable now (" + e.getClass().getSimpleName() + ")");
    }
  }

  private void accept(Item item) throws InterruptedException {
    long at = seq++;
    ScanEntry e = entries.get(item.root(), item.path());
    if (e != null) {
      seen.add(ItemKey.of(item.root(), item.path()));
    }
    if (at < position) {
      release(item);
      return;
    }
    Outcome decided = decide(at, item, e);
    if (decided != null) {
      release(item);
      ordered.put(CompletableFuture.completedFuture(decided));
      return;
    }
    ordered.put(CompletableFuture.supplyAsync(() -> export.export(at, item, e), workers));
  }

  /** The outcome known without extracting, or null when the item is to be exported. */
  private Outcome decide(long at, Item item, ScanEntry e) {
    if (e == null) {
      return item.isPreset()
          ? Outcome.none(at, item.path())
          : Outcome.problem(at, null, item.path(), NOT_SCANNED);
    }
    if (e.container()) {
      return Outcome.none(at, e.path());
    }
    if (e.problem() != null) {
      return Outcome.problem(at, e, e.path(), e.problem());
    }
    if (!e.passes(includeReview)) {
      return Outcome.dropped(at, e, e.path(), policyReasons(e));
    }
    if (item.isPreset()) {
      String kind =
          item.preset().error() == null ? "" : " (" + item.preset().error().kind().json() + ")";
      return Outcome.problem(at, e, e.path(), "unreadable now" + kind);
    }
    return null;
  }

  /** The rules that dropped an entry; its verdict when none is named. */
  static List<String> policyReasons(ScanEntry e) {
    if (!e.rules().isEmpty()) {
      return e.rules();
    }
    return List.of(e.verdict() == null ? "no verdict" : e.verdict());
  }

  private static void release(Item item) {
    if (item.content() != null) {
      item.content().release();
    }
  }

  /** True when the walk met the item of {@code e}. */
  boolean seen(ScanEntry e) {
    return seen.contains(ItemKey.of(e.root(), e.path()));
  }

  /** Why an entry the walk did not meet is gone. */
  String goneReason(ScanEntry e) {
    for (Map.Entry<String, String> m : missingTops.entrySet()) {
      String[] top = m.getKey().split("\0", 2);
      String p = e.path();
      if (top[0].equals(e.root())
          && (p.equals(top[1]) || p.startsWith(top[1] + "!/") || p.startsWith(top[1] + "#"))) {
        return m.getValue();
      }
    }
    return NOT_FOUND;
  }
}

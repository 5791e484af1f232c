package io.provscan.report.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The {@code cap} items a reviewer most needs to see, chosen while streaming: blocked, then sent to
 * review, failed, with findings, then the rest in scan order. Memory stays at {@code cap} rows.
 */
final class TopItems {
  private static final Comparator<Rows.Item> LEAST_INTERESTING_FIRST =
      Comparator.comparingInt(Rows.Item::rank)
          .thenComparing(Comparator.comparingLong(Rows.Item::seq).reversed());

  private final int cap;
  private final PriorityQueue<Rows.Item> kept = new PriorityQueue<>(LEAST_INTERESTING_FIRST);
  private long total;

  TopItems(int cap) {
    this.cap = cap;
  }

  void add(Rows.Item item) {
    total++;
    kept.add(item);
    if (kept.size() > cap) {
      kept.poll();
    }
  }

  /** The kept items, most interesting first, then in scan order. */
  List<Rows.Item> rows() {
    List<Rows.Item> rows = new ArrayList<>(kept);
    rows.sort(LEAST_INTERESTING_FIRST.reversed());
    return rows;
  }

  long total() {
    return total;
  }
}

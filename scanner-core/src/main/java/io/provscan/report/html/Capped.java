package io.provscan.report.html;

import java.util.ArrayList;
import java.util.List;

/** The first {@code cap} of a stream of rows, and how many there were in all. */
final class Capped<T> {
  private final int cap;
  private final List<T> rows = new ArrayList<>();
  private long total;

  Capped(int cap) {
    this.cap = cap;
  }

  void add(T row) {
    total++;
    if (rows.size() < cap) {
      rows.add(row);
    }
  }

  List<T> rows() {
    return rows;
  }

  long total() {
    return total;
  }
}

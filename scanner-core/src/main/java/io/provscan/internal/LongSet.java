package io.provscan.internal;

/**
 * A set of longs with open addressing: 8 bytes an entry instead of the ~50 of a boxed set, so a
 * scan can remember millions of content hashes in a bounded heap. Thread-safe.
 */
public final class LongSet {
  private static final long EMPTY = 0L;

  private long[] slots = new long[1024];
  private int size;
  private boolean hasZero;

  /** Adds {@code value}; true when it was not there before. */
  public synchronized boolean add(long value) {
    if (value == EMPTY) {
      boolean added = !hasZero;
      hasZero = true;
      return added;
    }
    if ((size + 1) * 4L > slots.length * 3L) {
      grow();
    }
    if (insert(slots, value)) {
      size++;
      return true;
    }
    return false;
  }

  /** True when {@code value} is held. */
  public synchronized boolean contains(long value) {
    if (value == EMPTY) {
      return hasZero;
    }
    int mask = slots.length - 1;
    for (int i = (int) mix(value) & mask; slots[i] != EMPTY; i = (i + 1) & mask) {
      if (slots[i] == value) {
        return true;
      }
    }
    return false;
  }

  /** Values held. */
  public synchronized int size() {
    return size + (hasZero ? 1 : 0);
  }

  private static boolean insert(long[] table, long value) {
    int mask = table.length - 1;
    int i = (int) mix(value) & mask;
    while (table[i] != EMPTY) {
      if (table[i] == value) {
        return false;
      }
      i = (i + 1) & mask;
    }
    table[i] = value;
    return true;
  }

  private void grow() {
    long[] bigger = new long[slots.length * 2];
    for (long v : slots) {
      if (v != EMPTY) {
        insert(bigger, v);
      }
    }
    slots = bigger;
  }

  private static long mix(long v) {
    long h = v * 0x9E3779B97F4A7C15L;
    return h ^ (h >>> 32);
  }

  @Override
  public synchronized String toString() {
    return "LongSet[" + size() + "]";
  }
}

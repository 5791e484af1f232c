/**
 * The scan itself: options ({@link io.provscan.scan.ScanOptions}, built once and frozen), and the
 * pipeline ({@link io.provscan.scan.Scanner}) in which one producer walks sources into a bounded
 * queue, named workers extract, detect and record, and a watchdog enforces the per-item time limit.
 * Memory stays flat whatever the size of the corpus.
 */
package io.provscan.scan;

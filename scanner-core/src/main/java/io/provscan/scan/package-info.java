/**
 * The scan itself: options ({@link io.provscan.scan.ScanOptions}, one settings record per stage,
 * built once by {@link io.provscan.scan.ScanOptionsBuilder} and frozen), and the pipeline ({@link
 * io.provscan.scan.Scanner}) in which one producer walks sources into a bounded queue, named
 * workers turn each item into its judged record (extraction, detection, masking, verdict), and a
 * watchdog enforces the per-item time limit. Memory stays flat whatever the size of the corpus.
 */
package io.provscan.scan;

package io.provscan.export;

import java.util.List;

/**
 * What became of one item of the walk: kept (with its record), dropped (with reasons), or neither
 * (a container, whose members are the records).
 *
 * @param seq the item's place in the walk, from 0; -1 marks the end
 * @param entry its entry in the scan, or null when the scan has none
 * @param path its path
 * @param record the exported record, or null
 * @param line the record as a JSON line, or null
 * @param reasons why it was dropped, or null
 * @param problem true when an input problem dropped it (not the policy)
 */
record Outcome(
    long seq,
    ScanEntry entry,
    String path,
    ExportRecord record,
    byte[] line,
    List<String> reasons,
    boolean problem) {

  static final Outcome END = new Outcome(-1, null, null, null, null, null, false);

  static Outcome kept(long seq, ScanEntry e, ExportRecord r, byte[] line) {
    return new Outcome(seq, e, e.path(), r, line, null, false);
  }

  static Outcome dropped(long seq, ScanEntry e, String path, List<String> reasons) {
    return new Outcome(seq, e, path, null, null, reasons, false);
  }

  static Outcome problem(long seq, ScanEntry e, String path, String reason) {
    return new Outcome(seq, e, path, null, null, List.of(reason), true);
  }

  static Outcome none(long seq, String path) {
    return new Outcome(seq, null, path, null, null, null, false);
  }
}

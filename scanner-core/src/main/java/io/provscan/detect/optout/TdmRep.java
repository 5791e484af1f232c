package io.provscan.detect.optout;

import io.provscan.detect.DetectorInput;
import io.provscan.detect.OptOut.Signal;
import java.util.ArrayList;
import java.util.List;

/**
 * TDMRep's reservation for one item from all four places it may be stated, with the processing
 * priority of TDMRep §4: the well-known file, then the HTTP header, then the HTML meta tag, then
 * metadata embedded in the file (EPUB, PDF XMP); each supersedes the earlier ones, and absence
 * never resets a value. Only {@code 1} and {@code 0} are values; anything else is unset (TDMRep
 * §2). Every statement found is reported; the superseded ones with effect {@code none}.
 */
final class TdmRep {
  /**
   * One statement.
   *
   * @param place where: {@code tdmrep.json}, {@code HTTP header}, {@code HTML meta}, {@code
   *     embedded metadata}
   * @param value 1 or 0
   * @param evidence what was read
   * @param source the file's URL, or null
   */
  record Statement(String place, int value, String evidence, String source) {}

  private TdmRep() {}

  /** The value of a header or meta tag: 1, 0, or -1 for unset. */
  static int value(String raw) {
    String v = raw == null ? "" : raw.strip();
    return switch (v) {
      case "1" -> 1;
      case "0" -> 0;
      default -> -1;
    };
  }

  /** The first value among several that is 1 or 0; -1 when none is. */
  static int first(List<String> values) {
    for (String v : values) {
      int x = value(v);
      if (x >= 0) {
        return x;
      }
    }
    return -1;
  }

  /**
   * The {@link PageSignalReader} that weighs the statements gathered so far: their signals, the
   * last (highest priority) deciding.
   */
  static void decide(DetectorInput item, ItemEvidence found) {
    found.addAll(signals(found.tdmStatements()));
  }

  /** Signals for the statements, in priority order, the last one deciding. */
  static List<Signal> signals(List<Statement> inOrder) {
    List<Signal> signals = new ArrayList<>();
    for (int i = 0; i < inOrder.size(); i++) {
      Statement s = inOrder.get(i);
      boolean decides = i == inOrder.size() - 1;
      String effect = !decides ? Signals.NONE : s.value() == 1 ? Signals.RESERVES : Signals.ALLOWS;
      String evidence =
          decides
              ? s.evidence()
              : s.evidence() + "; superseded by the " + inOrder.get(i + 1).place() + " (TDMRep §4)";
      signals.add(
          Signals.of(
              Signals.TDMREP,
              Signals.TDM,
              List.of(),
              "tdm-reservation=" + s.value(),
              evidence,
              s.source(),
              effect));
    }
    return signals;
  }
}

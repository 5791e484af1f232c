package io.provscan.detect.pii;

import java.util.ArrayList;
import java.util.List;

/**
 * The seeded documents of the accuracy corpus for tests outside this package (the export's): each
 * document's text and every form of the values planted in it that must never leave provscan.
 */
public final class PlantedDocs {
  private PlantedDocs() {}

  /**
   * A document and its planted values.
   *
   * @param text the paragraphs, one per line
   * @param values every planted value as written and, for grouped numbers, its digits alone
   */
  public record Doc(String text, List<String> values) {}

  /** {@code count} documents of the corpus with {@code seed}. */
  public static List<Doc> documents(long seed, int count) {
    List<Doc> out = new ArrayList<>();
    for (PiiCorpus.Doc d : new PiiCorpus(seed).documents(count, 6, 4)) {
      List<String> values = new ArrayList<>();
      d.planted().forEach(p -> values.addAll(forms(p.written())));
      out.add(new Doc(String.join("\n", d.paragraphs()), values));
    }
    return out;
  }

  /** The value as written and, for grouped numbers, its digits alone; the PEM body line. */
  static List<String> forms(String written) {
    List<String> forms = new ArrayList<>();
    if (written.startsWith("-----BEGIN")) {
      forms.add(written.split("\n")[1]);
      return forms;
    }
    forms.add(written);
    String compact = written.replaceAll("[\\s()+-]", "");
    if (!compact.equals(written) && compact.length() >= 9) {
      forms.add(compact);
    }
    return forms;
  }
}

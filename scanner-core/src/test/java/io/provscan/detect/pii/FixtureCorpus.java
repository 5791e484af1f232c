package io.provscan.detect.pii;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Documents planted from per-type fixture files, {@code corpus/<TYPE>.txt} beside this class: how a
 * new type joins the accuracy corpus without an edit to {@link PiiCorpus}. A fixture has lines
 * {@code plant: <sentence with {}>}, {@code value: <a valid value>} (at least 20, as the accuracy
 * test asks) and {@code decoy: <a sentence with no personal data>}; {@code #} starts a comment.
 * Each value is planted once, the sentences taken in turn, {@value #PER_DOCUMENT} to a document,
 * each followed by a decoy. The documents come after the seeded ones, so those stay as they were.
 */
final class FixtureCorpus {
  /** Values planted per document: {@value}. */
  static final int PER_DOCUMENT = 5;

  private FixtureCorpus() {}

  /** The documents of every type that has a fixture, in the order of {@link PiiType}. */
  static List<PiiCorpus.Doc> documents() throws IOException {
    List<PiiCorpus.Doc> docs = new ArrayList<>();
    for (PiiType type : PiiType.values()) {
      try (InputStream in = FixtureCorpus.class.getResourceAsStream(fixture(type))) {
        if (in != null) {
          docs.addAll(documents(type, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
      }
    }
    return docs;
  }

  /** Where the fixture of {@code type} lives, relative to this class. */
  static String fixture(PiiType type) {
    return "corpus/" + type.name() + ".txt";
  }

  /** The documents that {@code fixture} plants for {@code type}. */
  static List<PiiCorpus.Doc> documents(PiiType type, String fixture) {
    List<String> sentences = lines(fixture, "plant:");
    List<String> values = lines(fixture, "value:");
    List<String> decoys = lines(fixture, "decoy:");
    List<PiiCorpus.Doc> docs = new ArrayList<>();
    for (int from = 0; from < values.size(); from += PER_DOCUMENT) {
      List<String> paragraphs = new ArrayList<>();
      List<PiiCorpus.Planted> planted = new ArrayList<>();
      for (int k = from; k < Math.min(values.size(), from + PER_DOCUMENT); k++) {
        paragraphs.add(sentences.get(k % sentences.size()).replace("{}", values.get(k)));
        planted.add(new PiiCorpus.Planted(type, values.get(k)));
        if (!decoys.isEmpty()) {
          paragraphs.add(decoys.get(k % decoys.size()));
        }
      }
      docs.add(new PiiCorpus.Doc(paragraphs, planted));
    }
    return docs;
  }

  /** The text after {@code prefix} of each line that starts with it. */
  static List<String> lines(String fixture, String prefix) {
    List<String> out = new ArrayList<>();
    for (String line : fixture.split("\n")) {
      if (line.startsWith(prefix)) {
        out.add(line.substring(prefix.length()).strip());
      }
    }
    return out;
  }
}

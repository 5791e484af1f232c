package io.provscan.detect.pii;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the lexicon ({@code lexicon.txt}, beside this class): one section per line, {@code SECTION:
 * term, term, ...}, where a section names a type, a sensitive category or one of the roles of
 * {@link Roles}. Data, not code: a context word is added there.
 */
final class Lexicon {
  private Lexicon() {}

  /** The bundled lexicon: each term with the roles of all the sections it appears in. */
  static Map<String, Long> bundled() {
    try (InputStream in = Lexicon.class.getResourceAsStream("lexicon.txt")) {
      if (in == null) {
        throw new IllegalStateException("lexicon.txt is missing from the class path");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("lexicon.txt cannot be read", e);
    }
  }

  /** Parses "SECTION: term, term" lines; a term in several sections gets all their roles. */
  static Map<String, Long> parse(BufferedReader reader) throws IOException {
    Map<String, Long> terms = new TreeMap<>();
    String line;
    while ((line = reader.readLine()) != null) {
      line = line.strip();
      int colon = line.indexOf(':');
      if (line.isEmpty() || line.startsWith("#") || colon < 0) {
        continue;
      }
      long role = Roles.parse(line.substring(0, colon).strip());
      for (String term : line.substring(colon + 1).split(",")) {
        String t = term.strip();
        if (!t.isEmpty()) {
          terms.merge(t, role, (a, b) -> a | b);
        }
      }
    }
    return terms;
  }
}

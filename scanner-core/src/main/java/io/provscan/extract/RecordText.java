package io.provscan.extract;

import io.provscan.internal.Hashing;
import io.provscan.source.ErrorKind;
import io.provscan.source.Item;
import io.provscan.source.ItemError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Extraction of a record of a URL list or JSONL corpus. Its content is the caption or text the list
 * gives, which provscan itself decoded and wrote as UTF-8: parsing it again with Tika would only
 * cost time per row (millions of rows) and guess a charset it already knows. Plain text by
 * construction; the language is guessed as for any text.
 */
final class RecordText {
  private RecordText() {}

  static Extracted extract(Item item, ExtractionLimits limits, LanguageGuesser languages) {
    byte[] bytes;
    try (InputStream in = item.content().open()) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      String why = e.getClass().getSimpleName() + ": " + e.getMessage();
      return Extracted.failed(null, item.size(), null, ItemError.of(ErrorKind.UNREADABLE, why));
    }
    String sha = Hashing.sha256Hex(bytes, bytes.length);
    String text = new String(bytes, StandardCharsets.UTF_8);
    boolean truncated = text.length() > limits.maxChars();
    if (truncated) {
      text = text.substring(0, limits.maxChars());
    }
    String language = text.isEmpty() ? null : languages.guess(text);
    return new Extracted(
        sha,
        bytes.length,
        "text/plain",
        "UTF-8",
        language,
        text,
        truncated,
        metadata(item.row()),
        List.of(),
        null);
  }

  /**
   * A row's other columns as metadata, {@code column:<name>} each with its value (bounded in number
   * and length where the record format reads them).
   */
  static Map<String, List<String>> metadata(Item.Row row) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    row.fields().forEach((name, value) -> out.put("column:" + name, List.of(value)));
    return out;
  }
}

package io.provscan.manifest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.provscan.internal.Json;
import io.provscan.source.ErrorKind;
import io.provscan.source.ItemError;
import io.provscan.source.RecordFormat.Record;
import io.provscan.source.RecordFormat.Rows;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * JSONL corpora: one JSON object per line, its URL, text and licence in fields of the names {@link
 * Columns} lists, at the top level or in a {@code metadata} object (Dolma). Records are numbered by
 * line, from 1; blank lines are skipped. A line that is not a JSON object, or longer than the
 * record limit, is a failed record, and reading goes on with the next line.
 */
final class JsonlRecords {
  private final LicenseNormalizer names;

  JsonlRecords(LicenseNormalizer names) {
    this.names = names;
  }

  /** True when the first line's object has a URL field (the line may be cut at the head's end). */
  static boolean claims(byte[] head, int length) {
    int start = 0;
    while (start < length && Character.isWhitespace(head[start])) {
      start++;
    }
    int end = start;
    while (end < length && head[end] != '\n') {
      end++;
    }
    try (JsonParser p = Json.mapper().getFactory().createParser(head, start, end - start)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      int depth = 1;
      boolean nested = false;
      for (JsonToken t = p.nextToken(); t != null && depth > 0; t = p.nextToken()) {
        if (t == JsonToken.FIELD_NAME) {
          String name = Columns.lower(p.currentName());
          if ((depth == 1 || nested) && Columns.URL.contains(name)) {
            return true;
          }
          if (depth == 1 && Columns.NESTED.contains(name)) {
            nested = p.nextToken() == JsonToken.START_OBJECT;
            depth += nested ? 1 : 0;
          }
        } else if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          depth++;
          nested = false;
        } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          depth--;
          nested = false;
        }
      }
      return false;
    } catch (IOException | RuntimeException e) {
      return false; // the first line is not JSON, or is cut before a URL field shows
    }
  }

  void read(InputStream in, int maxRecordBytes, Rows out) throws IOException, InterruptedException {
    LineReader lines = new LineReader(in, maxRecordBytes);
    long n = 0;
    for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
      n++;
      if (line.tooLong()) {
        out.accept(failed(n, ErrorKind.LIMIT, "longer than " + maxRecordBytes + " bytes"));
      } else if (!line.isBlank()) {
        out.accept(record(n, line));
      }
    }
  }

  private Record record(long n, LineReader.Line line) {
    JsonNode json;
    try {
      json = Json.mapper().readTree(line.bytes(), 0, line.length());
    } catch (IOException | RuntimeException e) {
      json = null;
    }
    if (json == null || !json.isObject()) {
      return failed(n, ErrorKind.PARSE_ERROR, "line " + n + " is not a JSON object");
    }
    return UrlLists.record(
        n,
        field(json, Columns.URL),
        field(json, Columns.TEXT),
        UrlLists.license(names, field(json, Columns.LICENSE)));
  }

  /** The first preferred field with a text value, at the top level, then in {@code metadata}. */
  static String field(JsonNode json, List<String> preferred) {
    String top = textField(json, preferred);
    if (top != null) {
      return top;
    }
    for (String nested : Columns.NESTED) {
      JsonNode inner = json.get(nested);
      if (inner != null && inner.isObject()) {
        String found = textField(inner, preferred);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static String textField(JsonNode object, List<String> preferred) {
    String best = null;
    int rank = Integer.MAX_VALUE;
    for (Map.Entry<String, JsonNode> e : object.properties()) {
      int r = preferred.indexOf(Columns.lower(e.getKey()));
      if (r >= 0 && r < rank && e.getValue().isTextual()) {
        best = e.getValue().asText();
        rank = r;
      }
    }
    return best;
  }

  private static Record failed(long n, ErrorKind kind, String why) {
    return new Record(n, null, "", null, null, ItemError.of(kind, "record " + why));
  }
}

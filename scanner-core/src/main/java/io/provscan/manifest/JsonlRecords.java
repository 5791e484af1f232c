package io.provscan.manifest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.provscan.internal.Json;
import io.provscan.source.ErrorKind;
import io.provscan.source.ItemError;
import io.provscan.source.RecordFormat.Record;
import io.provscan.source.RecordFormat.Rows;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * JSONL corpora: one JSON object per line, its URL, text and licence in fields of the names {@link
 * Columns} lists, at the top level or in a {@code metadata} object (Dolma). Records are numbered by
 * line, from 1; blank lines are skipped. A line that is not a JSON object, or longer than the
 * record limit, is a failed record, and reading goes on with the next line.
 */
final class JsonlRecords {
  private final LicenseNormalizer names;
  private final Columns.Preferred columns;
  private final List<List<String>> kinds;

  JsonlRecords(LicenseNormalizer names, Columns.Preferred columns) {
    this.names = names;
    this.columns = columns;
    this.kinds = List.of(columns.url(), columns.text(), columns.license());
  }

  /** True when the first line's object has a URL field (the line may be cut at the head's end). */
  static boolean claims(byte[] head, int length, Columns.Preferred columns) {
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
          if ((depth == 1 || nested) && columns.url().contains(name)) {
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
    read(in, maxRecordBytes, 1, out);
  }

  /** Reads lines numbered from {@code firstLine} on (a run of a file cut at line ends). */
  void read(InputStream in, int maxRecordBytes, long firstLine, Rows out)
      throws IOException, InterruptedException {
    LineReader lines = new LineReader(in, maxRecordBytes);
    long n = firstLine - 1;
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
    Picked picked = new Picked(kinds);
    try (JsonParser p = Json.mapper().getFactory().createParser(line.bytes(), 0, line.length())) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return failed(n, ErrorKind.PARSE_ERROR, "line " + n + " is not a JSON object");
      }
      picked.read(p);
    } catch (IOException | RuntimeException e) {
      return failed(n, ErrorKind.PARSE_ERROR, "line " + n + " is not a JSON object");
    }
    return UrlLists.withFields(
        UrlLists.record(
            n, picked.value(0), picked.value(1), UrlLists.license(names, picked.value(2))),
        picked.others);
  }

  /**
   * The fields a record reads, picked in one streaming pass over its object: a shard's lines are
   * mostly one long text, and building a tree of every line (as {@code readTree} does) cost the
   * producer thread more than the parse itself. The preferred text-valued field of each kind at the
   * top level wins; failing that, the one in the first {@link Columns#NESTED} object that has one.
   * Other values are skipped unread.
   */
  private static final class Picked {
    /** The names of each kind: URL, text, licence. */
    private final List<List<String>> kinds;

    /** Scope 0 is the top level, scope 1 + i the nested object {@code Columns.NESTED[i]}. */
    private final Pick[][] picks;

    /** The other scalar fields of the top level, kept as the record's metadata. */
    final java.util.Map<String, String> others = new java.util.LinkedHashMap<>();

    Picked(List<List<String>> kinds) {
      this.kinds = kinds;
      this.picks = new Pick[1 + Columns.NESTED.size()][kinds.size()];
    }

    /** Reads the object whose START_OBJECT {@code p} is on, to its end. */
    void read(JsonParser p) throws IOException {
      fields(p, 0);
    }

    private void fields(JsonParser p, int scope) throws IOException {
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String key = p.currentName();
        JsonToken value = p.nextToken();
        int nested = scope == 0 ? Columns.NESTED.indexOf(key) : -1;
        if (value == JsonToken.VALUE_STRING) {
          String text = p.getText();
          if (!offer(scope, key, text) && scope == 0 && nested < 0) {
            Columns.field(others, key, text);
          }
        } else if (scope == 0 && value.isScalarValue() && value != JsonToken.VALUE_NULL) {
          Columns.field(others, key, p.getText());
        } else if (nested >= 0 && value == JsonToken.START_OBJECT) {
          fields(p, 1 + nested);
        } else {
          p.skipChildren();
        }
      }
      if (p.currentToken() != JsonToken.END_OBJECT) {
        throw new IOException("unexpected " + p.currentToken());
      }
    }

    /** Offers a string field to each kind; true when its name is one a kind looks for. */
    private boolean offer(int scope, String key, String value) {
      String name = Columns.lower(key);
      boolean role = false;
      for (int k = 0; k < kinds.size(); k++) {
        int rank = kinds.get(k).indexOf(name);
        Pick best = picks[scope][k];
        role |= rank >= 0;
        // A repeated key keeps its last value, as a JSON object read whole does.
        if (rank >= 0 && (best == null || rank < best.rank || key.equals(best.key))) {
          picks[scope][k] = new Pick(rank, key, value);
        }
      }
      return role;
    }

    /** The value picked for kind {@code k} (0 URL, 1 text, 2 licence), or null. */
    String value(int k) {
      for (Pick[] scope : picks) {
        if (scope[k] != null) {
          return scope[k].value;
        }
      }
      return null;
    }

    private record Pick(int rank, String key, String value) {}
  }

  private static Record failed(long n, ErrorKind kind, String why) {
    return new Record(n, null, "", null, null, ItemError.of(kind, "record " + why));
  }
}

package io.provscan.modelfile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.provscan.modelfile.HeaderInput.ModelFileException;
import java.io.IOException;

/**
 * A safetensors header (huggingface/safetensors, "Format"): a little-endian 64-bit length, then
 * that many bytes of JSON whose {@code __metadata__} is a free string-to-string map. The tensor
 * entries are skipped token by token, never built into a tree; the tensor data is never read.
 */
final class Safetensors {
  /** Largest header, in bytes (the format's own reader refuses more than 100 MB): {@value}. */
  static final long MAX_HEADER = 100_000_000;

  /** Characters kept of a metadata value: {@value}. */
  static final int KEEP_CHARS = 500;

  private static final JsonFactory JSON =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder().maxNestingDepth(16).maxStringLength(1 << 24).build())
          .build();

  private Safetensors() {}

  static void read(HeaderInput in, Header out) throws IOException {
    long n = in.u64();
    if (n < 2 || n > MAX_HEADER) {
      throw new ModelFileException("safetensors header of " + Long.toUnsignedString(n) + " bytes");
    }
    byte[] json = in.bytes(n);
    try (JsonParser p = JSON.createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new ModelFileException("safetensors header is not a JSON object");
      }
      int tensors = 0;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken t = p.nextToken();
        if (name.equals("__metadata__") && t == JsonToken.START_OBJECT) {
          metadata(p, out);
        } else {
          tensors++;
          p.skipChildren();
        }
      }
      out.put("safetensors:tensor_count", Integer.toString(tensors));
    }
  }

  private static void metadata(JsonParser p, Header out) throws IOException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      JsonToken t = p.nextToken();
      if (t.isScalarValue()) {
        String v = p.getText();
        out.put(
            "safetensors:" + key, v.length() > KEEP_CHARS ? v.substring(0, KEEP_CHARS) + "…" : v);
      } else {
        p.skipChildren();
      }
    }
  }
}

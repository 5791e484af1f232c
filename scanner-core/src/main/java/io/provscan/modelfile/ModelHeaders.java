package io.provscan.modelfile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one entry point for reading model files: a GGUF or safetensors header as metadata entries
 * ({@code gguf:general.license}, {@code safetensors:<key>}, {@code gguf:error}), and the lineage
 * hints of a Transformers {@code config.json} ({@code model:_name_or_path}, {@code
 * model:architectures}). Stateless and thread-safe; never throws for bad content.
 */
public final class ModelHeaders {
  /** Most header bytes read from one weights file (tensor data never counts): {@value}. */
  public static final long MAX_HEADER_BYTES = 256L << 20;

  /** Largest {@code config.json} read, in bytes: {@value}. */
  public static final int MAX_CONFIG_BYTES = 1 << 20;

  /** Configuration files whose model fields are lineage hints. */
  static final Set<String> CONFIGS =
      Set.of("config.json", "generation_config.json", "adapter_config.json");

  /** Config fields kept as hints. */
  static final List<String> HINT_FIELDS =
      List.of("_name_or_path", "base_model_name_or_path", "architectures", "model_type");

  private static final ObjectMapper JSON = new ObjectMapper();

  private ModelHeaders() {}

  /** The format a file's name and first bytes name: {@code gguf}, {@code safetensors}, or null. */
  public static String format(String name, byte[] head) {
    if (head.length >= 4 && head[0] == 'G' && head[1] == 'G' && head[2] == 'U' && head[3] == 'F') {
      return "gguf";
    }
    return name.toLowerCase(Locale.ROOT).endsWith(".safetensors") ? "safetensors" : null;
  }

  /** True for the entry a header read to its end leaves ({@code gguf:header_bytes}). */
  public static boolean isHeaderEntry(String key) {
    return key.endsWith(":header_bytes");
  }

  /** True when {@code name} is a model configuration file whose fields are lineage hints. */
  public static boolean isConfig(String name) {
    return CONFIGS.contains(name.toLowerCase(Locale.ROOT));
  }

  /**
   * The header of a weights file in {@code format}, read from the start of {@code in} and no
   * further than {@link #MAX_HEADER_BYTES}.
   */
  public static Map<String, List<String>> read(InputStream in, String format) {
    Header out = new Header();
    HeaderInput h = new HeaderInput(new BufferedInputStream(in, 1 << 16), MAX_HEADER_BYTES);
    try {
      if (format.equals("gguf")) {
        Gguf.read(h, out);
      } else {
        Safetensors.read(h, out);
      }
      out.put(format + ":header_bytes", Long.toString(h.position()));
    } catch (IOException | RuntimeException e) {
      out.put(format + ":error", "header not readable: " + e.getMessage());
    }
    return out.entries();
  }

  /** The lineage hints of a config file's bytes; empty when it names no model. */
  public static Map<String, List<String>> hints(byte[] config) {
    Header out = new Header();
    if (config.length > MAX_CONFIG_BYTES) {
      return out.entries();
    }
    try {
      JsonNode root = JSON.readTree(new String(config, StandardCharsets.UTF_8));
      if (root == null || !root.isObject()) {
        return out.entries();
      }
      for (String field : HINT_FIELDS) {
        JsonNode v = root.get(field);
        if (v != null && v.isTextual() && !v.asText().isBlank()) {
          out.put("model:" + field, v.asText());
        } else if (v != null && v.isArray()) {
          v.forEach(e -> out.put("model:" + field, e.asText()));
        }
      }
    } catch (IOException | RuntimeException e) {
      return Map.of(); // not a config we can read: Tika's text of it stands
    }
    return out.entries().containsKey("model:_name_or_path")
            || out.entries().containsKey("model:architectures")
            || out.entries().containsKey("model:base_model_name_or_path")
        ? out.entries()
        : Map.of();
  }
}

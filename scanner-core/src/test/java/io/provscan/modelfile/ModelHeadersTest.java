package io.provscan.modelfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ModelHeadersTest {
  @TempDir Path dir;

  @Test
  void readsGeneralKeysOfAGgufAndSkipsTheVocabulary() {
    Map<String, List<String>> e = read(GgufWriter.llamaFineTune(1000), "gguf");
    assertEquals(List.of("llama2"), e.get("gguf:general.license"));
    assertEquals(
        List.of("OpenAssistant/oasst1", "tatsu-lab/alpaca"), e.get("gguf:general.datasets"));
    assertEquals(List.of("Llama 2 7b"), e.get("gguf:general.base_model.0.name"));
    assertEquals(List.of("1"), e.get("gguf:general.base_model.count"));
    assertEquals(List.of("291"), e.get("gguf:tensor_count"));
    assertFalse(e.containsKey("gguf:tokenizer.ggml.tokens"), "only general.* is kept");
    assertFalse(e.containsKey("gguf:error"), e.toString());
  }

  /** gguf.md allows big-endian files; the version field, read little-endian, gives them away. */
  @Test
  void readsABigEndianGgufByTheByteOrderOfItsVersion() {
    Map<String, List<String>> e =
        read(GgufWriter.llamaFineTune(1000, ByteOrder.BIG_ENDIAN), "gguf");
    assertEquals(List.of("3"), e.get("gguf:version"));
    assertEquals(List.of("291"), e.get("gguf:tensor_count"));
    assertEquals(List.of("llama2"), e.get("gguf:general.license"));
    assertEquals(List.of("1"), e.get("gguf:general.base_model.count"), "a scalar in file order");
    assertEquals(List.of("Llama 2 7b"), e.get("gguf:general.base_model.0.name"));
    assertFalse(e.containsKey("gguf:error"), e.toString());
  }

  @Test
  void namesTheFormatByMagicOrName() {
    assertEquals(
        "gguf", ModelHeaders.format("x.bin", "GGUF....".getBytes(StandardCharsets.US_ASCII)));
    assertEquals("safetensors", ModelHeaders.format("model.safetensors", new byte[8]));
    assertEquals(null, ModelHeaders.format("photo.jpg", new byte[8]));
  }

  /**
   * A 10 GB file (sparse: its tensor data is a hole): the header is read in at most 50 ms, and no
   * more than the header's bytes are read.
   */
  @Test
  void readsTheHeaderOfATenGigabyteGgufWithoutItsTensorData() throws IOException {
    Path big = dir.resolve("model.gguf");
    byte[] header = GgufWriter.llamaFineTune(32_000);
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.write(header);
      f.setLength(10L << 30);
    }
    long best = Long.MAX_VALUE;
    long[] read = new long[1];
    for (int run = 0; run < 5; run++) {
      read[0] = 0;
      long start = System.nanoTime();
      try (InputStream in = counting(Files.newInputStream(big), read)) {
        assertEquals(List.of("llama2"), ModelHeaders.read(in, "gguf").get("gguf:general.license"));
      }
      best = Math.min(best, System.nanoTime() - start);
    }
    assertTrue(best <= 50_000_000L, "header read took " + best / 1_000_000 + " ms");
    assertTrue(read[0] < header.length + (1 << 16) + 1, "read " + read[0] + " bytes of 10 GB");
  }

  @Test
  void readsSafetensorsMetadataAndCountsTensors() {
    String json =
        "{\"__metadata__\":{\"format\":\"pt\",\"license\":\"apache-2.0\",\"base_model\":\"x/y\"},"
            + "\"w\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},"
            + "\"b\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[8,16]}}";
    Map<String, List<String>> e = read(safetensors(json, 16), "safetensors");
    assertEquals(List.of("apache-2.0"), e.get("safetensors:license"));
    assertEquals(List.of("x/y"), e.get("safetensors:base_model"));
    assertEquals(List.of("2"), e.get("safetensors:tensor_count"));
  }

  @Test
  void readsLineageHintsOfATransformersConfig() {
    byte[] config =
        "{\"_name_or_path\":\"meta-llama/Llama-2-7b-hf\",\"architectures\":[\"LlamaForCausalLM\"],\"model_type\":\"llama\"}"
            .getBytes(StandardCharsets.UTF_8);
    Map<String, List<String>> e = ModelHeaders.hints(config);
    assertEquals(List.of("meta-llama/Llama-2-7b-hf"), e.get("model:_name_or_path"));
    assertEquals(List.of("LlamaForCausalLM"), e.get("model:architectures"));
  }

  @Test
  void aJsonThatNamesNoModelGivesNoHints() {
    assertEquals(
        Map.of(), ModelHeaders.hints("{\"name\":\"my app\"}".getBytes(StandardCharsets.UTF_8)));
    assertEquals(Map.of(), ModelHeaders.hints("not json".getBytes(StandardCharsets.UTF_8)));
  }

  static Stream<Arguments> hostile() {
    byte[] good = GgufWriter.llamaFineTune(10);
    ByteBuffer hugeString = GgufWriter.le(8).putLong(Long.MAX_VALUE);
    byte[] longKey = new GgufWriter().raw(hugeString.array(), 1).build(0);
    byte[] longValue =
        new GgufWriter()
            .raw(concat(key("general.license", 8), GgufWriter.le(8).putLong(1L << 40).array()), 1)
            .build(0);
    byte[] manyElements =
        new GgufWriter()
            .raw(
                concat(
                    key("tokenizer.ggml.tokens", 9),
                    GgufWriter.le(4).putInt(8).array(),
                    GgufWriter.le(8).putLong(Long.MAX_VALUE).array()),
                1)
            .build(0);
    byte[] numbersPastCap =
        new GgufWriter()
            .raw(
                concat(
                    key("tokenizer.ggml.scores", 9),
                    GgufWriter.le(4).putInt(12).array(),
                    GgufWriter.le(8).putLong(90_000_000L).array()),
                1)
            .build(0);
    byte[] nested = key("general.x", 9);
    for (int i = 0; i < 10; i++) {
      nested =
          concat(nested, GgufWriter.le(4).putInt(9).array(), GgufWriter.le(8).putLong(1).array());
    }
    byte[] deep = new GgufWriter().raw(nested, 1).build(0);
    byte[] badType = new GgufWriter().raw(key("general.x", 99), 1).build(0);
    byte[] manyPairs = GgufWriter.llamaFineTune(1);
    ByteBuffer.wrap(manyPairs).order(ByteOrder.LITTLE_ENDIAN).putLong(16, Long.MAX_VALUE);
    byte[] bigManyPairs = GgufWriter.llamaFineTune(1, ByteOrder.BIG_ENDIAN);
    ByteBuffer.wrap(bigManyPairs).putLong(16, Long.MAX_VALUE);
    byte[] version = good.clone();
    version[4] = 9;
    return Stream.of(
        Arguments.of("truncated", java.util.Arrays.copyOf(good, good.length / 2), "gguf"),
        Arguments.of("key of 2^63 bytes", longKey, "gguf"),
        Arguments.of("string of 1 TB", longValue, "gguf"),
        Arguments.of("array of 2^63 strings", manyElements, "gguf"),
        Arguments.of("array of 90 M doubles past the file", numbersPastCap, "gguf"),
        Arguments.of("arrays nested ten deep", deep, "gguf"),
        Arguments.of("undefined value type", badType, "gguf"),
        Arguments.of("2^63 pairs", manyPairs, "gguf"),
        Arguments.of("big-endian, 2^63 pairs", bigManyPairs, "gguf"),
        Arguments.of("version 9", version, "gguf"),
        Arguments.of(
            "safetensors header of 2^62 bytes",
            GgufWriter.le(8).putLong(1L << 62).array(),
            "safetensors"),
        Arguments.of("safetensors header not JSON", safetensors("[1,2", 0), "safetensors"),
        Arguments.of(
            "safetensors nested 10,000 deep",
            safetensors("{\"a\":" + "[".repeat(10_000), 0),
            "safetensors"),
        Arguments.of(
            "safetensors header cut short",
            java.util.Arrays.copyOf(safetensors("{\"__metadata__\":{}}", 0), 12),
            "safetensors"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void boundsHostileHeadersToAnError(String name, byte[] file, String format) {
    Map<String, List<String>> e =
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> read(file, format));
    assertTrue(e.containsKey(format + ":error"), e.toString());
    assertFalse(e.containsKey(format + ":header_bytes"), e.toString());
  }

  private static Map<String, List<String>> read(byte[] file, String format) {
    return ModelHeaders.read(new ByteArrayInputStream(file), format);
  }

  static byte[] safetensors(String json, int data) {
    byte[] j = json.getBytes(StandardCharsets.UTF_8);
    return concat(GgufWriter.le(8).putLong(j.length).array(), j, new byte[data]);
  }

  private static byte[] key(String key, int type) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    GgufWriter.str(out, key);
    out.writeBytes(GgufWriter.le(4).putInt(type).array());
    return out.toByteArray();
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static InputStream counting(InputStream in, long[] read) {
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        read[0] += b < 0 ? 0 : 1;
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        read[0] += Math.max(0, n);
        return n;
      }

      @Override
      public long skip(long n) throws IOException {
        long s = super.skip(n);
        read[0] += s;
        return s;
      }
    };
  }
}

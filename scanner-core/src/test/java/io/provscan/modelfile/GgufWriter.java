package io.provscan.modelfile;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes GGUF version 3 headers from the specification (ggml docs/gguf.md), for tests:
 * little-endian by default, big-endian when asked (the magic stays the four bytes {@code GGUF}).
 */
final class GgufWriter {
  private final ByteArrayOutputStream pairs = new ByteArrayOutputStream();
  private final ByteOrder order;
  private int count;

  GgufWriter() {
    this(ByteOrder.LITTLE_ENDIAN);
  }

  GgufWriter(ByteOrder order) {
    this.order = order;
  }

  GgufWriter string(String key, String value) {
    key(key, 8);
    text(value);
    return this;
  }

  GgufWriter u32(String key, int value) {
    key(key, 4);
    pairs.writeBytes(num(4).putInt(value).array());
    return this;
  }

  GgufWriter strings(String key, List<String> values) {
    key(key, 9);
    pairs.writeBytes(num(4).putInt(8).array());
    pairs.writeBytes(num(8).putLong(values.size()).array());
    values.forEach(v -> text(v));
    return this;
  }

  GgufWriter floats(String key, int n) {
    key(key, 9);
    pairs.writeBytes(num(4).putInt(6).array());
    pairs.writeBytes(num(8).putLong(n).array());
    pairs.writeBytes(new byte[4 * n]);
    return this;
  }

  /** Raw bytes after the pairs written so far (hostile tests write their own). */
  GgufWriter raw(byte[] bytes, int pairsMore) {
    pairs.writeBytes(bytes);
    count += pairsMore;
    return this;
  }

  byte[] build(long tensors) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("GGUF".getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(num(4).putInt(3).array());
    out.writeBytes(num(8).putLong(tensors).array());
    out.writeBytes(num(8).putLong(count).array());
    out.writeBytes(pairs.toByteArray());
    return out.toByteArray();
  }

  /** A typical fine-tune's header: licence, datasets, base model, a vocabulary to skip. */
  static byte[] llamaFineTune(int vocabulary) {
    return llamaFineTune(vocabulary, ByteOrder.LITTLE_ENDIAN);
  }

  static byte[] llamaFineTune(int vocabulary, ByteOrder order) {
    List<String> vocab = new java.util.ArrayList<>();
    for (int i = 0; i < vocabulary; i++) {
      vocab.add("tok" + i);
    }
    return new GgufWriter(order)
        .string("general.architecture", "llama")
        .string("general.name", "Tiny Llama Fine-tune")
        .string("general.license", "llama2")
        .string("general.license.link", "https://ai.meta.com/llama/license/")
        .strings("general.datasets", List.of("OpenAssistant/oasst1", "tatsu-lab/alpaca"))
        .u32("general.base_model.count", 1)
        .string("general.base_model.0.name", "Llama 2 7b")
        .string("general.base_model.0.organization", "Meta Llama")
        .string("general.base_model.0.repo_url", "https://huggingface.co/meta-llama/Llama-2-7b")
        .strings("tokenizer.ggml.tokens", vocab)
        .floats("tokenizer.ggml.scores", vocabulary)
        .u32("llama.context_length", 4096)
        .build(291);
  }

  private void key(String key, int type) {
    text(key);
    pairs.writeBytes(num(4).putInt(type).array());
    count++;
  }

  private void text(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    pairs.writeBytes(num(8).putLong(b.length).array());
    pairs.writeBytes(b);
  }

  private ByteBuffer num(int n) {
    return ByteBuffer.allocate(n).order(order);
  }

  static void str(ByteArrayOutputStream out, String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeBytes(le(8).putLong(b.length).array());
    out.writeBytes(b);
  }

  static ByteBuffer le(int n) {
    return ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
  }
}

package io.provscan.detect.license;

import io.provscan.licensedb.Catalog;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The SPDX templates compiled to word ids, with their shingle index. Compiling them costs a couple
 * of seconds of CPU, so scanner-core's build does it once ({@link BundleTemplates}) and bundles the
 * result; a scan reads it back in a fraction of that. The bundle names the digest of the templates
 * it was made from; if the catalogue changed, the templates are compiled afresh at start-up
 * instead.
 *
 * @param digest the catalogue's {@link Catalog#templatesDigest()}
 * @param wordIds the words of the templates, with their ids
 * @param ids the template ids, in index order
 * @param templates the compiled templates
 * @param shingles the candidate index over them
 */
record CompiledTemplates(
    String digest,
    WordIds wordIds,
    List<String> ids,
    List<Template> templates,
    ShingleIndex shingles) {

  /** The bundled resource. */
  static final String RESOURCE = "/io/provscan/detect/license/templates.bin.gz";

  private static final int MAGIC = 0x50534C31; // "PSL1"

  /** Compiles the catalogue's templates. */
  static CompiledTemplates compile(Catalog catalog) {
    WordIds wordIds = new WordIds(catalog.equivalentWords());
    Tokenizer adding = Tokenizer.adding(wordIds);
    List<String> ids = new ArrayList<>();
    List<Template> templates = new ArrayList<>();
    List<int[]> required = new ArrayList<>();
    for (Map.Entry<String, String> e : catalog.templates().entrySet()) {
      Template t = Template.compile(e.getValue(), adding);
      ids.add(e.getKey());
      templates.add(t);
      required.add(t.requiredIds());
    }
    ShingleIndex shingles = ShingleIndex.build(required, wordIds.size() + 1);
    return new CompiledTemplates(catalog.templatesDigest(), wordIds, ids, templates, shingles);
  }

  /** The bundled compiled templates if they were made from this catalogue, else null. */
  static CompiledTemplates bundled(Catalog catalog) {
    try (InputStream in = CompiledTemplates.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return null;
      }
      byte[] all = new GZIPInputStream(in, 1 << 16).readAllBytes();
      return read(ByteBuffer.wrap(all), catalog);
    } catch (IOException | RuntimeException e) {
      return null; // a damaged bundle costs start-up time, not correctness
    }
  }

  private static CompiledTemplates read(ByteBuffer b, Catalog catalog) {
    if (b.getInt() != MAGIC) {
      return null;
    }
    String digest = string(b);
    if (!digest.equals(catalog.templatesDigest())) {
      return null;
    }
    WordIds wordIds = new WordIds(catalog.equivalentWords(), strings(b));
    int n = b.getInt();
    List<String> ids = new ArrayList<>(n);
    List<Template> templates = new ArrayList<>(n);
    for (int t = 0; t < n; t++) {
      ids.add(string(b));
      templates.add(template(b));
    }
    ShingleIndex shingles = ShingleIndex.read(b);
    return new CompiledTemplates(digest, wordIds, ids, templates, shingles);
  }

  private static Template template(ByteBuffer b) {
    int[] tokenIds = ints(b);
    byte[] kinds = bytes(b);
    byte[] flags = bytes(b);
    int[] slack = ints(b);
    return Template.of(tokenIds, kinds, flags, slack);
  }

  /** Writes the compiled form to {@code file}, gzipped. */
  void write(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (DataOutputStream o =
        new DataOutputStream(
            new BufferedOutputStream(
                new GZIPOutputStream(Files.newOutputStream(file), 1 << 16), 1 << 16))) {
      o.writeInt(MAGIC);
      string(o, digest);
      strings(o, wordIds.words());
      o.writeInt(templates.size());
      for (int t = 0; t < templates.size(); t++) {
        string(o, ids.get(t));
        template(o, templates.get(t));
      }
      shingles.write(o);
    }
  }

  private static void template(DataOutputStream o, Template t) throws IOException {
    ints(o, t.ids);
    bytes(o, t.kinds);
    bytes(o, t.flags);
    ints(o, t.slack);
  }

  private static List<String> strings(ByteBuffer b) {
    int n = b.getInt();
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(string(b));
    }
    return out;
  }

  private static void strings(DataOutputStream o, List<String> list) throws IOException {
    o.writeInt(list.size());
    for (String s : list) {
      string(o, s);
    }
  }

  static int[] ints(ByteBuffer b) {
    int[] a = new int[b.getInt()];
    b.asIntBuffer().get(a);
    b.position(b.position() + 4 * a.length);
    return a;
  }

  static long[] longs(ByteBuffer b) {
    long[] a = new long[b.getInt()];
    b.asLongBuffer().get(a);
    b.position(b.position() + 8 * a.length);
    return a;
  }

  private static byte[] bytes(ByteBuffer b) {
    byte[] a = new byte[b.getInt()];
    b.get(a);
    return a;
  }

  private static String string(ByteBuffer b) {
    return new String(bytes(b), StandardCharsets.UTF_8);
  }

  private static void string(DataOutputStream o, String s) throws IOException {
    bytes(o, s.getBytes(StandardCharsets.UTF_8));
  }

  static void ints(DataOutputStream o, int[] a) throws IOException {
    o.writeInt(a.length);
    for (int v : a) {
      o.writeInt(v);
    }
  }

  static void longs(DataOutputStream o, long[] a) throws IOException {
    o.writeInt(a.length);
    for (long v : a) {
      o.writeLong(v);
    }
  }

  private static void bytes(DataOutputStream o, byte[] a) throws IOException {
    o.writeInt(a.length);
    o.write(a);
  }
}

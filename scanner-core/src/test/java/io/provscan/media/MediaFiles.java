package io.provscan.media;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.CRC32;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/**
 * Media files built byte by byte from their specifications, with an XMP packet and a C2PA manifest
 * store of known values: what the tests read back. No external tool writes them.
 */
final class MediaFiles {
  static final String PROHIBITED = "http://ns.useplus.org/ldf/vocab/DMI-PROHIBITED-AIMLTRAINING";
  static final String ALLOWED = "http://ns.useplus.org/ldf/vocab/DMI-ALLOWED";

  private static final ObjectMapper CBOR = new ObjectMapper(new CBORFactory());

  private MediaFiles() {}

  static byte[] xmp(String dataMining) {
    return ("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
            + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF"
            + " xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
            + "<rdf:Description rdf:about=\"\" xmlns:plus=\"http://ns.useplus.org/ldf/xmp/1.0/\""
            + " plus:DataMining=\""
            + dataMining
            + "\"/></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>")
        .getBytes(StandardCharsets.UTF_8);
  }

  // ---- C2PA: JUMBF superboxes (ISO/IEC 19566-5) holding CBOR assertions ----

  static byte[] box(String type, byte[]... parts) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      body.writeBytes(p);
    }
    ByteBuffer b = ByteBuffer.allocate(8 + body.size());
    b.putInt(8 + body.size()).put(ascii(type)).put(body.toByteArray());
    return b.array();
  }

  static byte[] jumb(String label, byte[]... children) {
    byte[] l = label.getBytes(StandardCharsets.UTF_8);
    ByteBuffer d = ByteBuffer.allocate(16 + 1 + l.length + 1);
    d.put(HexFormat.of().parseHex("6332706100110010800000aa00389b71")).put((byte) 0x03).put(l);
    byte[][] all = new byte[children.length + 1][];
    all[0] = box("jumd", d.array());
    System.arraycopy(children, 0, all, 1, children.length);
    return box("jumb", all);
  }

  static byte[] cbor(Object value) {
    try {
      return box("cbor", CBOR.writeValueAsBytes(value));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A manifest store whose active manifest holds {@code assertion} with these entries' uses. */
  static byte[] store(String assertion, Map<String, String> uses) {
    Map<String, Object> entries = new java.util.LinkedHashMap<>();
    uses.forEach((k, v) -> entries.put(k, Map.of("use", v)));
    byte[] older = jumb("urn:uuid:older", jumb("c2pa.assertions"));
    byte[] active =
        jumb(
            "urn:uuid:active",
            jumb("c2pa.assertions", jumb(assertion, cbor(Map.of("entries", entries)))),
            jumb("c2pa.claim", cbor(Map.of("claim_generator", "test"))),
            jumb("c2pa.signature", box("cbor", new byte[] {(byte) 0xa0})));
    return jumb("c2pa", older, active);
  }

  static byte[] notAllowed() {
    return store(
        "cawg.training-mining",
        Map.of("cawg.ai_generative_training", "notAllowed", "cawg.ai_inference", "allowed"));
  }

  static byte[] allowed() {
    return store("c2pa.training-mining", Map.of("c2pa.ai_training", "allowed"));
  }

  // ---- containers ----

  /** JPEG: APP1 XMP, then the store cut into APP11 segments of {@code piece} payload bytes. */
  static byte[] jpeg(byte[] xmp, byte[] store, int piece) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD8});
    if (xmp != null) {
      segment(out, 0xE1, concat(ascii("http://ns.adobe.com/xap/1.0/\0"), xmp));
    }
    if (store != null) {
      int seq = 1;
      for (int at = 0; at < store.length; at += piece, seq++) {
        byte[] chunk = java.util.Arrays.copyOfRange(store, at, Math.min(store.length, at + piece));
        byte[] head =
            ByteBuffer.allocate(8).put(ascii("JP")).putShort((short) 1).putInt(seq).array();
        byte[] repeated = at == 0 ? new byte[0] : java.util.Arrays.copyOfRange(store, 0, 8);
        segment(out, 0xEB, concat(head, repeated, chunk));
      }
    }
    segment(out, 0xDA, new byte[] {0, 0, 0, 0});
    out.writeBytes(new byte[] {1, 2, 3, (byte) 0xFF, (byte) 0xD9});
    return out.toByteArray();
  }

  static void segment(ByteArrayOutputStream out, int marker, byte[] payload) {
    out.write(0xFF);
    out.write(marker);
    out.write((payload.length + 2) >> 8);
    out.write((payload.length + 2) & 0xFF);
    out.writeBytes(payload);
  }

  static byte[] png(byte[] xmp, byte[] store) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(1).putInt(1).put((byte) 8).array());
    if (xmp != null) {
      chunk(out, "iTXt", concat(ascii("XML:com.adobe.xmp\0\0\0\0\0"), xmp));
    }
    if (store != null) {
      chunk(out, "caBX", store);
    }
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    byte[] td = concat(ascii(type), data);
    out.writeBytes(td);
    CRC32 crc = new CRC32();
    crc.update(td);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  static byte[] webp(byte[] xmp, byte[] store) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(ascii("WEBP"));
    riff(body, "VP8X", new byte[10]);
    if (xmp != null) {
      riff(body, "XMP ", xmp);
    }
    if (store != null) {
      riff(body, "C2PA", store);
    }
    ByteBuffer b = ByteBuffer.allocate(8 + body.size()).order(ByteOrder.LITTLE_ENDIAN);
    b.put(ascii("RIFF")).putInt(body.size()).put(body.toByteArray());
    return b.array();
  }

  static void riff(ByteArrayOutputStream out, String type, byte[] data) {
    out.writeBytes(ascii(type));
    out.writeBytes(
        ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(data.length).array());
    out.writeBytes(data);
    if (data.length % 2 == 1) {
      out.write(0);
    }
  }

  /** Little-endian TIFF whose IFD0 holds only tag 700 (XMLPacket, BYTE). */
  static byte[] tiff(byte[] xmp) {
    ByteBuffer b = ByteBuffer.allocate(26 + xmp.length).order(ByteOrder.LITTLE_ENDIAN);
    b.put(ascii("II")).putShort((short) 42).putInt(8);
    b.putShort((short) 1).putShort((short) 700).putShort((short) 1).putInt(xmp.length).putInt(26);
    b.putInt(0).put(xmp);
    return b.array();
  }

  /** GIF89a with an {@code XMP DataXMP} application extension and its magic trailer. */
  static byte[] gif(byte[] xmp) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(ascii("GIF89a"));
    out.writeBytes(new byte[] {1, 0, 1, 0, 0, 0, 0});
    out.writeBytes(new byte[] {0x21, (byte) 0xFF, 0x0B});
    out.writeBytes(ascii("XMP DataXMP"));
    out.writeBytes(xmp);
    out.write(1);
    for (int i = 0xFF; i >= 0; i--) {
      out.write(i);
    }
    out.write(0);
    out.writeBytes(new byte[] {0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 1, 0, 0x3B});
    return out.toByteArray();
  }

  /** ISO BMFF (HEIF brand): ftyp, the XMP uuid box, the C2PA uuid box, mdat. */
  static byte[] bmff(byte[] xmp, byte[] store) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(box("ftyp", ascii("heic"), new byte[4], ascii("mif1heic")));
    if (xmp != null) {
      out.writeBytes(box("uuid", HexFormat.of().parseHex("be7acfcb97a942e89c71999491e3afac"), xmp));
    }
    if (store != null) {
      byte[] id = HexFormat.of().parseHex("d8fec3d61b0e483c92975828877ec481");
      out.writeBytes(box("uuid", id, new byte[4], ascii("manifest\0"), new byte[8], store));
    }
    out.writeBytes(box("mdat", new byte[64]));
    return out.toByteArray();
  }

  /**
   * HEIF with its XMP as an item (ISO/IEC 23008-12): ftyp, then meta (hdlr, iinf with an image item
   * and a {@code mime} item of type application/rdf+xml, iloc version 1), then mdat. With {@code
   * idat} false the packet is cut into two extents in mdat (construction method 0); with it true it
   * sits in the meta box's idat (method 1).
   */
  static byte[] heifItem(byte[] xmp, boolean idat) {
    byte[] ftyp = box("ftyp", ascii("heic"), new byte[4], ascii("mif1heic"));
    byte[] image = new byte[32];
    byte[] meta = heifMeta(xmp, idat, 0);
    int mdat = ftyp.length + meta.length + 8; // payload start: fixed-width fields keep sizes
    meta = heifMeta(xmp, idat, mdat);
    byte[] data = xmp == null || idat ? image : concat(image, xmp);
    return concat(ftyp, meta, box("mdat", data));
  }

  private static byte[] heifMeta(byte[] xmp, boolean idat, int mdat) {
    byte[] hvc1 = fullBox("infe", 2, u16(1), u16(0), ascii("hvc1"), ascii("\0"));
    byte[] mime =
        fullBox("infe", 2, u16(2), u16(0), ascii("mime"), ascii("XMP\0application/rdf+xml\0"));
    int items = xmp == null ? 1 : 2;
    byte[] iinf = fullBox("iinf", 0, u16(items), hvc1, xmp == null ? new byte[0] : mime);
    ByteBuffer iloc = ByteBuffer.allocate(4 + 2 + 14 + (xmp == null ? 0 : 26));
    iloc.put((byte) 0x44).put((byte) 0).putShort((short) items);
    iloc.putShort((short) 1).putShort((short) 0).putShort((short) 0).putShort((short) 1);
    iloc.putInt(mdat).putInt(32);
    if (xmp != null) {
      int half = xmp.length / 2;
      iloc.putShort((short) 2).putShort((short) (idat ? 1 : 0)).putShort((short) 0);
      iloc.putShort((short) 2);
      iloc.putInt(idat ? 0 : mdat + 32).putInt(half);
      iloc.putInt(idat ? half : mdat + 32 + half).putInt(xmp.length - half);
    }
    byte[] locations = fullBox("iloc", 1, java.util.Arrays.copyOf(iloc.array(), iloc.position()));
    byte[] hdlr = fullBox("hdlr", 0, new byte[4], ascii("pict"), new byte[13]);
    byte[] inMeta = idat && xmp != null ? box("idat", xmp) : new byte[0];
    return fullBox("meta", 0, hdlr, iinf, locations, inMeta);
  }

  static byte[] fullBox(String type, int version, byte[]... parts) {
    byte[][] all = new byte[parts.length + 1][];
    all[0] = new byte[] {(byte) version, 0, 0, 0};
    System.arraycopy(parts, 0, all, 1, parts.length);
    return box(type, all);
  }

  static byte[] u16(int v) {
    return new byte[] {(byte) (v >> 8), (byte) v};
  }

  /** The PDF {@link #pdf(Path, byte[], byte[])} writes, as bytes. */
  static byte[] pdf(byte[] xmp, byte[] store) {
    try {
      Path f = java.nio.file.Files.createTempFile("media", ".pdf");
      try {
        pdf(f, xmp, store);
        return java.nio.file.Files.readAllBytes(f);
      } finally {
        java.nio.file.Files.delete(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A one-page PDF with the XMP as its catalog metadata and the store as an associated file. */
  static void pdf(Path file, byte[] xmp, byte[] store) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      if (xmp != null) {
        PDMetadata m = new PDMetadata(doc);
        m.importXMPMetadata(xmp);
        doc.getDocumentCatalog().setMetadata(m);
      }
      if (store != null) {
        PDEmbeddedFile ef = new PDEmbeddedFile(doc, new ByteArrayInputStream(store));
        ef.setSubtype("application/c2pa");
        PDComplexFileSpecification fs = new PDComplexFileSpecification();
        fs.setFile("manifest.c2pa");
        fs.setEmbeddedFile(ef);
        COSArray af = new COSArray();
        af.add(fs);
        doc.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("AF"), af);
      }
      doc.save(file.toFile());
    }
  }

  static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}

package io.provscan.media;

import com.adobe.internal.xmp.XMPException;
import com.adobe.internal.xmp.XMPMeta;
import com.adobe.internal.xmp.XMPMetaFactory;
import com.adobe.internal.xmp.properties.XMPProperty;
import java.nio.charset.StandardCharsets;

/**
 * IPTC PLUS Data Mining ({@code plus:DataMining}, IPTC Photo Metadata 2023.1) in an XMP packet,
 * parsed with Adobe's xmpcore. A packet that does not name the property is not parsed at all: the
 * byte search is what keeps a folder of photos cheap.
 */
final class Xmp {
  /** The PLUS licence data format namespace. */
  static final String PLUS = "http://ns.useplus.org/ldf/xmp/1.0/";

  private static final byte[] NAME = "DataMining".getBytes(StandardCharsets.US_ASCII);

  /**
   * Longest XMP packet read, in bytes: {@value} (Adobe's own extended-XMP limit is 64 kB chunks).
   */
  static final int MAX_PACKET = 4 << 20;

  private Xmp() {}

  static void dataMining(byte[] packet, String where, Found found) {
    if (indexOf(packet, NAME) < 0) {
      return;
    }
    try {
      dataMining(XMPMetaFactory.parseFromBuffer(packet), found);
    } catch (XMPException | RuntimeException e) {
      found.add(Found.XMP_ERROR, "XMP packet in " + where + " does not parse: " + e.getMessage());
    }
  }

  /** The property in XMP already parsed (by metadata-extractor, for GIF). */
  static void dataMining(XMPMeta meta, String where, Found found) {
    try {
      dataMining(meta, found);
    } catch (XMPException | RuntimeException e) {
      found.add(Found.XMP_ERROR, "XMP in " + where + " does not read: " + e.getMessage());
    }
  }

  private static void dataMining(XMPMeta meta, Found found) throws XMPException {
    XMPProperty p = meta == null ? null : meta.getProperty(PLUS, "DataMining");
    if (p == null) {
      return;
    }
    if (p.getOptions().isArray()) {
      int n = Math.min(meta.countArrayItems(PLUS, "DataMining"), Found.MAX_VALUES);
      for (int i = 1; i <= n; i++) {
        found.add("plus:DataMining", meta.getArrayItem(PLUS, "DataMining", i).getValue());
      }
    } else if (p.getValue() != null) {
      found.add("plus:DataMining", p.getValue());
    }
  }

  static int indexOf(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i <= hay.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}

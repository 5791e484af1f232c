package io.provscan.media;

import com.drew.imaging.gif.GifMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.xmp.XmpDirectory;
import java.io.IOException;
import java.io.InputStream;

/**
 * XMP in a GIF's {@code XMP DataXMP} application extension, through metadata-extractor's GIF reader
 * (the packet is stored raw behind a "magic trailer" of sub-block lengths, which that reader
 * already undoes).
 */
final class Gif {
  private Gif() {}

  static void read(InputStream in, Found found) throws IOException {
    Metadata m = GifMetadataReader.readMetadata(in);
    for (XmpDirectory d : m.getDirectoriesOfType(XmpDirectory.class)) {
      Xmp.dataMining(d.getXMPMeta(), "GIF XMP application extension", found);
    }
    // the reader records a cut or broken block as an error instead of throwing
    for (Directory d : m.getDirectories()) {
      for (String error : d.getErrors()) {
        found.add(Found.XMP_ERROR, "GIF not readable: " + error);
      }
    }
  }
}

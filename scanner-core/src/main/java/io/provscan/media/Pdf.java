package io.provscan.media;

import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/**
 * A PDF's document-level XMP (the catalog's {@code /Metadata} stream, ISO 32000-2 §14.3.2) and a
 * C2PA manifest store embedded as an associated file of the catalog ({@code /AF}, subtype {@code
 * application/c2pa}, C2PA 2.1 §A.5), through PDFBox. Pages are not parsed.
 */
final class Pdf {
  private static final COSName AF = COSName.getPDFName("AF");

  private Pdf() {}

  static void read(RandomAccessRead in, Found found) throws IOException {
    try (PDDocument doc = Loader.loadPDF(in)) {
      PDDocumentCatalog catalog = doc.getDocumentCatalog();
      PDMetadata meta = catalog.getMetadata();
      if (meta != null) {
        try (InputStream s = meta.createInputStream()) {
          found.xmp(s.readNBytes(Xmp.MAX_PACKET), "PDF catalog metadata");
        }
      }
      COSBase af = catalog.getCOSObject().getDictionaryObject(AF);
      if (af instanceof COSArray files) {
        for (int i = 0; i < Math.min(files.size(), 64); i++) {
          if (files.getObject(i) instanceof COSDictionary spec) {
            c2pa(new PDComplexFileSpecification(spec), found);
          }
        }
      }
    }
  }

  private static void c2pa(PDComplexFileSpecification spec, Found found) throws IOException {
    PDEmbeddedFile file = spec.getEmbeddedFile();
    if (file != null && "application/c2pa".equals(file.getSubtype())) {
      try (InputStream s = file.createInputStream()) {
        found.c2pa(s.readNBytes(C2paStore.MAX_STORE), "PDF associated file");
      }
    }
  }
}

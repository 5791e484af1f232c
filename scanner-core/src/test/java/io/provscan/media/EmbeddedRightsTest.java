package io.provscan.media;

import static io.provscan.media.MediaFiles.ALLOWED;
import static io.provscan.media.MediaFiles.PROHIBITED;
import static io.provscan.media.MediaFiles.xmp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EmbeddedRightsTest {
  static final String C2PA_KEY = "c2pa:cawg.training-mining/cawg.ai_generative_training";

  @TempDir Path dir;

  /** Every container that carries both an XMP packet and a C2PA store. */
  static Stream<Arguments> containers() {
    return Stream.of(
        Arguments.of(
            "jpeg", (BiFunction<byte[], byte[], byte[]>) (x, s) -> MediaFiles.jpeg(x, s, 200)),
        Arguments.of("png", (BiFunction<byte[], byte[], byte[]>) MediaFiles::png),
        Arguments.of("webp", (BiFunction<byte[], byte[], byte[]>) MediaFiles::webp),
        Arguments.of("bmff", (BiFunction<byte[], byte[], byte[]>) MediaFiles::bmff),
        Arguments.of("pdf", (BiFunction<byte[], byte[], byte[]>) MediaFiles::pdf));
  }

  /** Containers that carry XMP only: every one is read for a reservation and for a permission. */
  static Stream<Arguments> xmpOnly() {
    return Stream.of(
        Arguments.of("tiff tag 700", (Function<byte[], byte[]>) MediaFiles::tiff),
        Arguments.of("gif application extension", (Function<byte[], byte[]>) MediaFiles::gif),
        Arguments.of(
            "heif item in mdat, two extents",
            (Function<byte[], byte[]>) x -> MediaFiles.heifItem(x, false)),
        Arguments.of(
            "heif item in idat", (Function<byte[], byte[]>) x -> MediaFiles.heifItem(x, true)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("xmpOnly")
  void readsDataMiningReservationAndPermissionFromXmpOnlyContainers(
      String name, Function<byte[], byte[]> make) {
    for (String value : List.of(PROHIBITED, ALLOWED)) {
      Map<String, List<String>> e = EmbeddedRights.ofBytes(make.apply(xmp(value)));
      assertEquals(List.of(value), e.get("plus:DataMining"), e.toString());
      assertFalse(e.containsKey("plus:error"), e.toString());
    }
  }

  @Test
  void findsNothingInAHeifWithoutAnXmpItem() {
    assertEquals(Map.of(), EmbeddedRights.ofBytes(MediaFiles.heifItem(null, false)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("containers")
  void readsDataMiningAndUnverifiedC2paReservation(
      String name, BiFunction<byte[], byte[], byte[]> make) {
    Map<String, List<String>> e =
        EmbeddedRights.ofBytes(make.apply(xmp(PROHIBITED), MediaFiles.notAllowed()));
    assertEquals(List.of(PROHIBITED), e.get("plus:DataMining"));
    String use = e.get(C2PA_KEY).get(0);
    assertTrue(use.startsWith("notAllowed (unverified"), use);
    assertTrue(use.contains("manifest urn:uuid:active"), use);
    assertEquals(
        "allowed", e.get("c2pa:cawg.training-mining/cawg.ai_inference").get(0).split(" ")[0]);
    assertFalse(e.containsKey("c2pa:error"), e.toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("containers")
  void readsPermissionsAsWritten(String name, BiFunction<byte[], byte[], byte[]> make) {
    Map<String, List<String>> e =
        EmbeddedRights.ofBytes(make.apply(xmp(ALLOWED), MediaFiles.allowed()));
    assertEquals(List.of(ALLOWED), e.get("plus:DataMining"));
    assertTrue(e.get("c2pa:c2pa.training-mining/c2pa.ai_training").get(0).startsWith("allowed ("));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("containers")
  void findsNothingInAFileWithoutEither(String name, BiFunction<byte[], byte[], byte[]> make) {
    assertEquals(Map.of(), EmbeddedRights.ofBytes(make.apply(null, null)));
  }

  @Test
  void readsPdfCatalogMetadataAndAssociatedManifest() throws IOException {
    Path pdf = dir.resolve("doc.pdf");
    MediaFiles.pdf(pdf, xmp(PROHIBITED), MediaFiles.notAllowed());
    Map<String, List<String>> e = EmbeddedRights.ofFile(pdf);
    assertEquals(List.of(PROHIBITED), e.get("plus:DataMining"));
    assertTrue(e.get(C2PA_KEY).get(0).contains("PDF associated file"), e.toString());
  }

  @Test
  void readsASidecarManifestNextToItsAsset() throws IOException {
    Path photo = dir.resolve("photo.jpg");
    Files.write(photo, MediaFiles.jpeg(null, null, 100));
    Files.write(dir.resolve("photo.c2pa"), MediaFiles.notAllowed());
    Map<String, List<String>> e = EmbeddedRights.ofFile(photo);
    assertTrue(e.get(C2PA_KEY).get(0).contains("sidecar photo.c2pa"), e.toString());
  }

  @Test
  void readsAPermissionInASidecarManifest() throws IOException {
    Path photo = dir.resolve("photo.jpg");
    Files.write(photo, MediaFiles.jpeg(null, null, 100));
    Files.write(dir.resolve("photo.c2pa"), MediaFiles.allowed());
    Map<String, List<String>> e = EmbeddedRights.ofFile(photo);
    assertTrue(e.get("c2pa:c2pa.training-mining/c2pa.ai_training").get(0).startsWith("allowed ("));
    assertFalse(e.containsKey(C2PA_KEY), e.toString());
  }

  /** Adobe names an XMP sidecar {@code photo.xmp}; darktable and digiKam {@code photo.jpg.xmp}. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("xmpSidecarNames")
  void readsAnXmpSidecarUnderEitherName(String sidecar, String value) throws IOException {
    Path raw = dir.resolve("photo.cr2"); // a raw format whose own bytes are read nowhere here
    Files.write(raw, new byte[] {'I', 'I', 0x2A, 0, 0x10, 0, 0, 0, 'C', 'R'});
    Files.write(dir.resolve(sidecar), xmp(value));
    Map<String, List<String>> e = EmbeddedRights.ofSidecars(raw);
    assertEquals(List.of(value), e.get("plus:DataMining"), e.toString());
  }

  static Stream<Arguments> xmpSidecarNames() {
    return Stream.of(
        Arguments.of("photo.xmp", PROHIBITED),
        Arguments.of("photo.cr2.xmp", PROHIBITED),
        Arguments.of("photo.xmp", ALLOWED));
  }

  @Test
  void aHostileSidecarIsAnErrorEntryNotAReservation() throws IOException {
    Path photo = dir.resolve("photo.jpg");
    Files.write(photo, MediaFiles.jpeg(null, null, 100));
    byte[] huge = MediaFiles.notAllowed();
    huge[0] = huge[1] = huge[2] = huge[3] = (byte) 0xFF;
    Files.write(dir.resolve("photo.c2pa"), huge);
    Files.write(dir.resolve("photo.xmp"), MediaFiles.ascii("<x:xmpmeta DataMining <<<"));
    Map<String, List<String>> e =
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> EmbeddedRights.ofFile(photo));
    assertTrue(e.containsKey("c2pa:error"), e.toString());
    assertTrue(e.containsKey("plus:error"), e.toString());
    assertFalse(e.containsKey(C2PA_KEY), e.toString());
  }

  @Test
  void aSidecarIsNotLookedForNextToASidecar() throws IOException {
    Path side = dir.resolve("photo.xmp");
    Files.write(side, xmp(PROHIBITED));
    Files.write(dir.resolve("photo.xmp.xmp"), xmp(PROHIBITED));
    assertEquals(Map.of(), EmbeddedRights.ofSidecars(side));
  }

  @Test
  void readsABareManifestStoreFile() {
    assertTrue(EmbeddedRights.ofBytes(MediaFiles.notAllowed()).containsKey(C2PA_KEY));
    Map<String, List<String>> allowed = EmbeddedRights.ofBytes(MediaFiles.allowed());
    assertFalse(allowed.containsKey(C2PA_KEY), allowed.toString());
    assertTrue(
        allowed.containsKey("c2pa:c2pa.training-mining/c2pa.ai_training"), allowed.toString());
  }

  @Test
  void ignoresAJumbfThatIsNotC2pa() {
    byte[] other = MediaFiles.jumb("jpeg360", MediaFiles.cbor(Map.of("a", 1)));
    assertEquals(Map.of(), EmbeddedRights.ofBytes(MediaFiles.png(null, other)));
  }

  @Test
  void readsOnlyTheActiveManifest() {
    byte[] inOlderOnly =
        MediaFiles.jumb(
            "c2pa",
            MediaFiles.jumb(
                "urn:uuid:older",
                MediaFiles.jumb(
                    "c2pa.assertions",
                    MediaFiles.jumb(
                        "c2pa.training-mining",
                        MediaFiles.cbor(
                            Map.of(
                                "entries",
                                Map.of("c2pa.ai_training", Map.of("use", "notAllowed"))))))),
            MediaFiles.jumb("urn:uuid:active", MediaFiles.jumb("c2pa.assertions")));
    assertEquals(Map.of(), EmbeddedRights.ofBytes(MediaFiles.png(null, inOlderOnly)));
  }

  /**
   * Hostile stores and containers: each gives an error entry (or, where the walk never goes that
   * deep, nothing), quickly, and never a reservation.
   */
  static Stream<Arguments> hostile() {
    byte[] store = MediaFiles.notAllowed();
    byte[] hugeBox = store.clone();
    hugeBox[0] = hugeBox[1] = hugeBox[2] = hugeBox[3] = (byte) 0xFF; // LBox 4 GB
    byte[] truncated = java.util.Arrays.copyOf(store, store.length / 2);
    byte[] zeroLengthChild = MediaFiles.jumb("c2pa", new byte[] {0, 0, 0, 8, 'j', 'u', 'm', 'b'});
    byte[] deep = MediaFiles.jumb("c2pa.training-mining");
    for (int i = 0; i < 50; i++) {
      deep = MediaFiles.jumb("urn:uuid:x" + i, deep);
    }
    deep = MediaFiles.jumb("c2pa", deep);
    byte[] manyBoxes = new byte[8 * 20_000];
    for (int i = 0; i < 20_000; i++) {
      System.arraycopy(MediaFiles.box("free"), 0, manyBoxes, 8 * i, 8);
    }
    byte[] many = MediaFiles.jumb("c2pa", manyBoxes);
    // a CBOR text string declaring 2^63 bytes
    byte[] bomb = {0x7B, 0x7F, -1, -1, -1, -1, -1, -1, -1, 'x'};
    byte[] cborBomb =
        MediaFiles.jumb(
            "c2pa",
            MediaFiles.jumb(
                "urn:uuid:a",
                MediaFiles.jumb(
                    "c2pa.assertions",
                    MediaFiles.jumb("cawg.training-mining", MediaFiles.box("cbor", bomb)))));
    byte[] pngHugeChunk = MediaFiles.png(null, store);
    int caBX = indexOf(pngHugeChunk, "caBX") - 4;
    pngHugeChunk[caBX] = (byte) 0x7F;
    byte[] bmffLoop =
        MediaFiles.concat(
            MediaFiles.box("ftyp", MediaFiles.ascii("heic")),
            new byte[] {0, 0, 0, 4, 'f', 'r', 'e', 'e'});
    byte[] webpHuge = MediaFiles.webp(null, store);
    int c2pa = indexOf(webpHuge, "C2PA") + 4;
    webpHuge[c2pa + 3] = (byte) 0x7F;
    byte[] tiffFar = MediaFiles.tiff(xmp(PROHIBITED));
    tiffFar[4] = (byte) 0xF0; // IFD0 beyond the end
    byte[] jpegTruncatedSegment =
        java.util.Arrays.copyOf(MediaFiles.jpeg(xmp(PROHIBITED), null, 100), 40);
    byte[] badXmp = MediaFiles.jpeg(MediaFiles.ascii("<x:xmpmeta DataMining <<<"), null, 100);
    byte[] heif = MediaFiles.heifItem(xmp(PROHIBITED), false);
    byte[] heifPastEnd = java.util.Arrays.copyOf(heif, heif.length - 40); // the XMP extents cut
    byte[] heifManyItems = heif.clone();
    int iinf = indexOf(heifManyItems, "iinf") + 8; // version 0: a 16-bit count
    heifManyItems[iinf - 4] = 1; // version 1: a 32-bit count, 0x0002_xxxx items
    byte[] heifIdatOut = MediaFiles.heifItem(xmp(PROHIBITED), true);
    int idat = indexOf(heifIdatOut, "idat") - 4;
    heifIdatOut[idat + 2] = 0;
    heifIdatOut[idat + 3] = 16; // the idat box shrinks below the extents it should hold
    byte[] heifHugeExtent = heif.clone();
    int iloc = indexOf(heifHugeExtent, "iloc") + 8 + 4 + 16 + 8 + 4;
    heifHugeExtent[iloc] = 0x7F; // the first XMP extent's length: 2 GB
    byte[] gif = MediaFiles.gif(xmp(PROHIBITED));
    byte[] gifCut = java.util.Arrays.copyOf(gif, 13 + 3 + 11 + 40);
    byte[] pdfGarbage = MediaFiles.ascii("%PDF-1.7\n1 0 obj << /Type /Catalog /Metadata 9 0 R");
    return Stream.of(
        Arguments.of("store LBox of 4 GB", MediaFiles.png(null, hugeBox), "c2pa:error"),
        Arguments.of("truncated store", MediaFiles.jpeg(null, truncated, 100), "c2pa:error"),
        Arguments.of(
            "superbox without description", MediaFiles.webp(null, zeroLengthChild), "c2pa:error"),
        Arguments.of("nesting 50 deep (never descended)", MediaFiles.png(null, deep), null),
        Arguments.of("20,000 boxes", MediaFiles.png(null, many), "c2pa:error"),
        Arguments.of("CBOR string of 2^63 bytes", MediaFiles.bmff(null, cborBomb), "c2pa:error"),
        Arguments.of("PNG chunk of 2 GB", pngHugeChunk, "plus:error"),
        Arguments.of("BMFF box shorter than its header", bmffLoop, "plus:error"),
        Arguments.of("WebP chunk of 2 GB", webpHuge, "plus:error"),
        Arguments.of("TIFF directory past the end", tiffFar, "plus:error"),
        Arguments.of("JPEG segment cut short", jpegTruncatedSegment, "plus:error"),
        Arguments.of("XMP that is not XML", badXmp, "plus:error"),
        Arguments.of("HEIF XMP item extents past the end", heifPastEnd, "plus:error"),
        Arguments.of("HEIF iinf of 131,072 items", heifManyItems, "plus:error"),
        Arguments.of("HEIF idat extent outside idat", heifIdatOut, "plus:error"),
        Arguments.of("HEIF XMP extent of 2 GB", heifHugeExtent, "plus:error"),
        Arguments.of("GIF cut inside its XMP extension", gifCut, "plus:error"),
        Arguments.of("PDF with no body", pdfGarbage, "plus:error"),
        Arguments.of("PDF associated store of 4 GB", MediaFiles.pdf(null, hugeBox), "c2pa:error"),
        Arguments.of("bare store cut in half", truncated, "c2pa:error"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void boundsHostileInputToAnErrorEntry(String name, byte[] file, String errorKey) {
    Map<String, List<String>> e =
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> EmbeddedRights.ofBytes(file));
    if (errorKey == null) {
      assertEquals(Map.of(), e);
    } else {
      assertTrue(e.containsKey(errorKey), e.toString());
    }
    assertFalse(e.containsKey(C2PA_KEY), e.toString());
  }

  private static int indexOf(byte[] hay, String needle) {
    return Xmp.indexOf(hay, MediaFiles.ascii(needle));
  }
}

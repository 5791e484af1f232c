package io.provscan.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.provscan.internal.Json;
import io.provscan.policy.PolicyLoader;
import io.provscan.scan.ScanOptions;
import io.provscan.scan.ScanOptionsBuilder;
import io.provscan.scan.Scanner;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Embedded rights through a whole scan: read, judged as opt-outs, weighed by the policy. */
class MediaScanTest {
  @TempDir Path corpus;
  @TempDir Path out;

  @BeforeEach
  void files() throws IOException {
    Files.write(
        corpus.resolve("reserved.jpg"),
        MediaFiles.jpeg(MediaFiles.xmp(MediaFiles.PROHIBITED), null, 100));
    Files.write(corpus.resolve("signed.png"), MediaFiles.png(null, MediaFiles.notAllowed()));
    Files.write(corpus.resolve("plain.jpg"), MediaFiles.jpeg(null, null, 100));
  }

  @Test
  void reservesItemsWhoseEmbeddedMetadataReservesThem() throws Exception {
    Map<String, JsonNode> items = scan(ScanOptions.builder());
    JsonNode jpg = items.get("reserved.jpg");
    assertTrue(jpg.get("optOut").get("reserved").asBoolean(), jpg.toString());
    assertEquals("iptc-data-mining", jpg.get("optOut").get("signals").get(0).get("type").asText());
    assertEquals("block", jpg.get("verdict").asText());
    JsonNode png = items.get("signed.png");
    JsonNode signal = png.get("optOut").get("signals").get(0);
    assertEquals("ai_generative_training=notAllowed (unverified)", signal.get("value").asText());
    assertTrue(signal.get("evidence").asText().contains("C2PA signature not validated"));
    assertEquals("block", png.get("verdict").asText());
    assertFalse(items.get("plain.jpg").path("optOut").path("reserved").asBoolean());
  }

  @Test
  void aPolicyMayIgnoreUnverifiedC2paReservations() throws Exception {
    Path policy = corpus.getParent().resolve(out.getFileName() + "-policy.yaml");
    Files.writeString(policy, "optout:\n  unverified: ignored\n");
    Map<String, JsonNode> items = scan(ScanOptions.builder().policy(PolicyLoader.read(policy)));
    Files.delete(policy);
    assertTrue(items.get("signed.png").get("optOut").get("reserved").asBoolean());
    assertFalse(items.get("signed.png").get("verdict").asText().equals("block"));
    assertEquals("block", items.get("reserved.jpg").get("verdict").asText());
  }

  @Test
  void noMediaMetadataReadsNone() throws Exception {
    Map<String, JsonNode> items = scan(ScanOptions.builder().mediaMetadata(false));
    assertFalse(items.get("reserved.jpg").path("optOut").path("reserved").asBoolean());
    assertFalse(items.get("signed.png").path("optOut").path("reserved").asBoolean());
    JsonNode summary = Json.mapper().readTree(out.resolve(Scanner.SUMMARY).toFile());
    assertFalse(summary.get("options").get("mediaMetadata").asBoolean(true));
  }

  /**
   * A BMP is media the scan sees but whose own bytes no reader here walks; its XMP sidecar still
   * reserves it, and a C2PA sidecar next to a JPEG joins what the JPEG says itself.
   */
  @Test
  void sidecarsReserveMediaOfEveryType() throws Exception {
    BufferedImage img = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
    ImageIO.write(img, "bmp", corpus.resolve("scan.bmp").toFile());
    Files.write(corpus.resolve("scan.xmp"), MediaFiles.xmp(MediaFiles.PROHIBITED));
    Files.write(corpus.resolve("plain.c2pa"), MediaFiles.notAllowed());
    Map<String, JsonNode> items = scan(ScanOptions.builder());
    JsonNode bmp = items.get("scan.bmp");
    assertEquals("image/bmp", bmp.get("mediaType").asText());
    assertTrue(bmp.get("optOut").get("reserved").asBoolean(), bmp.toString());
    String evidence = bmp.get("optOut").get("signals").get(0).get("evidence").asText();
    assertTrue(evidence.contains("DMI-PROHIBITED-AIMLTRAINING"), evidence);
    JsonNode jpg = items.get("plain.jpg");
    assertTrue(jpg.get("optOut").get("reserved").asBoolean(), jpg.toString());
    assertEquals("block", jpg.get("verdict").asText());
  }

  private Map<String, JsonNode> scan(ScanOptionsBuilder options) throws Exception {
    new Scanner(options.root(corpus).out(out).index(false).pii(false).build()).run();
    Map<String, JsonNode> m = new HashMap<>();
    for (String line : Files.readAllLines(out.resolve("items.jsonl"))) {
      JsonNode n = Json.mapper().readTree(line);
      m.put(n.get("path").asText(), n);
    }
    return m;
  }
}

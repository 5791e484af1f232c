package io.provscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.provscan.detect.pii.PiiSelection;
import io.provscan.internal.Json;
import io.provscan.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Personal data from the command line: options, masked output, search without raw values. */
class PiiCliTest {
  static final String ID = "11010519491231002X";
  static final String PHONE = "13912345678";
  static final String EMAIL = "zhangsan@example.com";
  static final String TEXT = "客户张三，身份证号 " + ID + "，手机 " + PHONE + "，邮箱 " + EMAIL + "。他被确诊为糖尿病。\n";

  @TempDir Path corpus;
  @TempDir Path out;

  private void plant() throws IOException {
    Files.writeString(corpus.resolve("record.txt"), TEXT, StandardCharsets.UTF_8);
  }

  private JsonNode item() throws IOException {
    return Json.mapper().readTree(Files.readAllLines(out.resolve("items.jsonl")).get(0));
  }

  /** The help lists every accepted name from the code, so a new type needs no help edit. */
  @Test
  void scanHelpListsEveryPersonalDataTypeAndCategory() {
    CliTest.Run help = CliTest.run("scan", "--help");
    String flat = help.out().replaceAll("\\s+", " ");
    for (String name : PiiSelection.accepted()) {
      assertTrue(flat.contains(name), name + " missing from: " + help.out());
    }
    assertTrue(flat.contains("(default: all): EMAIL_ADDRESS, PHONE_NUMBER,"), help.out());
  }

  @Test
  void anUnknownPiiTypeIsAUsageErrorNamingIt() {
    CliTest.Run r = CliTest.run("scan", corpus.toString(), "--pii-types", "EMAIL_ADDRESS,PASSPORT");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("'PASSPORT'"), r.err());
  }

  @Test
  void searchFindsItemsByTypeAndNeverPrintsRawValues() throws IOException {
    plant();
    for (String store : List.of("--quiet", "--store-text")) {
      CliTest.Run scan = CliTest.run("scan", corpus.toString(), "--out", out.toString(), store);
      assertEquals(0, scan.code(), scan.err());
      JsonNode pii = item().get("pii");
      assertEquals(3, pii.size(), pii.toString());
      assertEquals("110105********002X", pii.get(0).get("masked").asText());
      assertEquals(2, item().get("sensitive").get("HEALTH").asInt());
      CliTest.Run byType = CliTest.run("search", "--out", out.toString(), "pii:CN_RESIDENT_ID");
      assertTrue(byType.out().contains("record.txt"), byType.out());
      assertTrue(byType.out().contains("110105********002X"), byType.out());
      CliTest.Run json = CliTest.run("search", "--out", out.toString(), "--json", "身份证");
      CliTest.Run raw = CliTest.run("search", "--out", out.toString(), PHONE);
      assertTrue(
          raw.out().startsWith("0 of 0 matches"), "the index holds no raw value: " + raw.out());
      for (CliTest.Run r : List.of(scan, byType, json)) { // raw echoes the query it was given
        for (String v : List.of(ID, PHONE, EMAIL)) {
          assertFalse(r.out().contains(v) || r.err().contains(v), store + " printed a raw value");
        }
      }
      assertFalse(containsAnywhere(out, PHONE), "a raw value in the output folder");
    }
  }

  @Test
  void noPiiSkipsDetectionAndPiiTypesRestrictsIt() throws IOException {
    plant();
    assertEquals(
        0, CliTest.run("scan", corpus.toString(), "--out", out.toString(), "--no-pii").code());
    assertEquals(0, item().get("pii").size());
    JsonNode summary = Json.mapper().readTree(out.resolve("summary.json").toFile());
    assertFalse(summary.has("pii"));
    assertFalse(summary.get("options").get("pii").asBoolean());
    CliTest.Run only =
        CliTest.run(
            "scan", corpus.toString(), "--out", out.toString(), "--pii-types", "email_address");
    assertEquals(0, only.code(), only.err());
    assertEquals(1, item().get("pii").size());
    assertEquals("EMAIL_ADDRESS", item().get("pii").get(0).get("type").asText());
    assertEquals(0, item().get("sensitive").size());
    summary = Json.mapper().readTree(out.resolve("summary.json").toFile());
    assertEquals(1, summary.get("pii").get("types").get("EMAIL_ADDRESS").asInt());
    assertEquals(1, summary.get("pii").get("itemsWithPii").asInt());
  }

  @Test
  void theDemoCorpusShowsPersonalData() throws IOException {
    System.setProperty("provscan.home", Fixtures.repo().toString());
    assertEquals(0, CliTest.run("scan", "--out", out.toString(), "--no-index").code());
    JsonNode types =
        Json.mapper().readTree(out.resolve("summary.json").toFile()).get("pii").get("types");
    for (String t : List.of("CN_RESIDENT_ID", "PHONE_NUMBER", "PAYMENT_CARD", "SECRET_KEY")) {
      assertTrue(types.has(t), types.toString());
    }
    assertFalse(containsAnywhere(out, "310104198805230613"));
  }

  private static boolean containsAnywhere(Path dir, String value) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        if (new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains(value)) {
          return true;
        }
      }
    }
    return false;
  }
}

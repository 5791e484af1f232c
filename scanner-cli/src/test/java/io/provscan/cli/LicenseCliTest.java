package io.provscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.provscan.internal.Json;
import io.provscan.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The licence commands from the command line: licenses, licenses show, explain, and scan. */
class LicenseCliTest {
  @TempDir Path corpus;
  @TempDir Path out;

  static JsonNode json(String line) {
    try {
      return Json.mapper().readTree(line);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void listsTheCatalogueByCategory() throws IOException {
    CliTest.Run all = CliTest.run("licenses");
    assertEquals(0, all.code(), all.err());
    assertTrue(all.out().contains("LicenseRef-llama2"), all.out());
    assertTrue(all.out().contains("Apache-2.0"));
    CliTest.Run nc = CliTest.run("licenses", "--category", "non-commercial", "--json");
    assertEquals(0, nc.code(), nc.err());
    JsonNode rows = Json.mapper().readTree(nc.out());
    assertTrue(rows.size() > 10);
    for (JsonNode row : rows) {
      assertEquals("non-commercial", row.get("category").asText());
    }
    CliTest.Run bad = CliTest.run("licenses", "--category", "free-ish");
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("'free-ish'"), bad.err());
  }

  @Test
  void showsOneEntryWithItsClauses() throws IOException {
    CliTest.Run show = CliTest.run("licenses", "show", "licenseref-llama2");
    assertEquals(0, show.code(), show.err());
    assertTrue(show.out().contains("mau-threshold = 700000000"), show.out());
    assertTrue(show.out().contains("use-restricted"));
    CliTest.Run json = CliTest.run("licenses", "show", "MIT", "--json");
    JsonNode mit = Json.mapper().readTree(json.out());
    assertTrue(mit.get("osiApproved").asBoolean());
    CliTest.Run missing = CliTest.run("licenses", "show", "No-Such-Licence");
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("No-Such-Licence"), missing.err());
  }

  @Test
  void explainsAFileWithItsEvidence() throws IOException {
    Path card = corpus.resolve("README.md");
    Files.writeString(
        card,
        "---\nlicense: llama2\n---\n# A fine-tune\n\nReleased under the Llama 2 Community"
            + " License.\n",
        StandardCharsets.UTF_8);
    CliTest.Run r = CliTest.run("explain", card.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("LicenseRef-llama2"), r.out());
    assertTrue(r.out().contains("found by declared"), r.out());
    assertTrue(r.out().contains("mau-threshold = 700000000"), r.out());
    CliTest.Run missing = CliTest.run("explain", corpus.resolve("nope").toString());
    assertEquals(2, missing.code());
  }

  @Test
  void explainsTheDemoLicenceFiles() {
    Path demo = Fixtures.demo();
    CliTest.Run card = CliTest.run("explain", demo.resolve("model/README.md").toString());
    assertEquals(0, card.code(), card.err());
    assertTrue(card.out().contains("1. LicenseRef-llama2"), card.out());
    assertTrue(card.out().contains("output-use-restriction"), card.out());
    CliTest.Run notice = CliTest.run("explain", demo.resolve("licenses/NOTICE").toString());
    for (String id : List.of("Apache-2.0", "CC-BY-NC-4.0", "MIT")) {
      assertTrue(notice.out().contains(". " + id + " "), notice.out());
    }
    CliTest.Run tag = CliTest.run("explain", demo.resolve("src/tokenize_corpus.py").toString());
    assertTrue(tag.out().contains("Apache-2.0 OR MIT"), tag.out());
    assertTrue(tag.out().contains("found by tag"), tag.out());
  }

  @Test
  void explainSaysWhatKindOfEvidenceEachFindingIs() throws IOException {
    Path file = corpus.resolve("copyright");
    Files.writeString(
        file,
        """
        SPDX-License-Identifier: "MIT"

        Licensed under the Apache License 2.0 (the "License").  You may not use
        this file except in compliance with the License.  You can obtain a copy
        in the file LICENSE in the source distribution or at
        https://www.openssl.org/source/license.html

        See https://spdx.org/licenses/Zlib.html for the terms of the images.

        On Debian systems, the complete text of the GNU Lesser General Public
        License version 2.1 can be found in /usr/share/common-licenses/LGPL-2.1.
        """,
        StandardCharsets.UTF_8);
    CliTest.Run r = CliTest.run("explain", file.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("4 licence findings"), r.out());
    assertTrue(!r.out().contains("OpenSSL"), r.out());
    for (String kind :
        List.of(
            "evidence kind: SPDX-License-Identifier tag",
            "evidence kind: licence notice",
            "evidence kind: link to the licence's page",
            "evidence kind: pointer to the licence text, not a grant")) {
      assertTrue(r.out().contains(kind), kind + " in " + r.out());
    }
    CliTest.Run json = CliTest.run("explain", file.toString(), "--json");
    JsonNode rows = Json.mapper().readTree(json.out());
    assertEquals("spdx-tag", rows.get(0).get("evidenceKind").asText());
    assertEquals("MIT", rows.get(0).get("spdx").asText());
    assertTrue(rows.get(0).get("bundled").isBoolean(), rows.get(0).toString());
  }

  @Test
  void scanWritesLicencesIntoItemsAndSummary() throws IOException {
    Files.writeString(
        corpus.resolve("main.c"),
        "// SPDX-License-Identifier: MIT\nint main;\n",
        StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("notes.txt"), "no licence here\n", StandardCharsets.UTF_8);
    CliTest.Run scan = CliTest.run("scan", corpus.toString(), "--out", out.toString());
    assertEquals(0, scan.code(), scan.err());
    assertTrue(scan.out().contains("licences: 1 items with findings: MIT"), scan.out());
    List<String> lines = Files.readAllLines(out.resolve("items.jsonl"));
    JsonNode main =
        lines.stream()
            .map(LicenseCliTest::json)
            .filter(n -> n.get("path").asText().equals("main.c"))
            .findFirst()
            .orElseThrow();
    JsonNode lic = main.get("licenses").get(0);
    assertEquals("MIT", lic.get("spdx").asText());
    assertEquals("tag", lic.get("basis").asText());
    assertEquals(1, lic.get("lines").get("start").asInt());
    JsonNode summary = Json.mapper().readTree(out.resolve("summary.json").toFile());
    assertEquals(1, summary.get("licenses").get("byLicense").get("MIT").asInt());
    assertEquals(1, summary.get("licenses").get("byCategory").get("permissive").asInt());
    CliTest.Run search = CliTest.run("search", "--out", out.toString(), "license:mit");
    assertTrue(search.out().contains("main.c"), search.out());
  }
}

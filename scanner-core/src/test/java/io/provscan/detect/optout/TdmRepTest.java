package io.provscan.detect.optout;

import static io.provscan.detect.optout.Policies.file;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provscan.detect.DetectorInput;
import io.provscan.detect.OptOut;
import io.provscan.detect.OptOut.Signal;
import io.provscan.sitepolicy.PolicyFile;
import io.provscan.sitepolicy.PolicyKind;
import io.provscan.sitepolicy.SiteFiles;
import io.provscan.sitepolicy.SiteSourceChain;
import io.provscan.source.HttpInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TdmRepTest {
  private static final String ORIGIN = "https://publisher.example";

  /** The examples of TDMRep §3.1 (the well-known file), in one file. */
  private static final String SPEC_EXAMPLE =
      "[\n"
          + "  {\"location\": \"/directory-a/\", \"tdm-reservation\": 1},\n"
          + "  {\"location\": \"/directory-b/html/\", \"tdm-reservation\": 1,"
          + " \"tdm-policy\": \"https://provider.com/policies/policy.json\"},\n"
          + "  {\"location\": \"/directory-b/images/*.jpg\", \"tdm-reservation\": 0},\n"
          + "  {\"location\": \"/\", \"tdm-reservation\": 1}\n"
          + "]";

  private static TdmRepFile tdmrep(String json) {
    return TdmRepFile.of(file(PolicyKind.TDMREP, ORIGIN + "/.well-known/tdmrep.json", 200, json));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "/directory-a/page.html, 1",
    "/directory-b/html/index.html, 1",
    "/directory-b/images/cat.jpg, 0",
    "/directory-b/images/cat.png, 1",
    "/elsewhere, 1"
  })
  void theFirstMatchingRuleOfTheSpecExampleWins(String path, int expected) {
    assertEquals(expected, tdmrep(SPEC_EXAMPLE).match(path).orElseThrow().reservation());
  }

  @Test
  void theFirstRuleWinsEvenWhenALaterOneIsLonger() {
    TdmRepFile f =
        tdmrep(
            "[{\"location\":\"/\",\"tdm-reservation\":0},"
                + "{\"location\":\"/private/\",\"tdm-reservation\":1}]");
    assertEquals(0, f.match("/private/x").orElseThrow().reservation());
  }

  @Test
  void aSingleRuleNeedsTheArray() {
    assertEquals(
        1,
        tdmrep("[{\"location\":\"/\",\"tdm-reservation\":1}]")
            .match("/a")
            .orElseThrow()
            .reservation());
    TdmRepFile bare = tdmrep("{\"location\":\"/\",\"tdm-reservation\":1}");
    assertTrue(bare.match("/a").isEmpty());
    assertTrue(bare.warnings().get(0).contains("not a JSON array"), bare.warnings().toString());
  }

  @ParameterizedTest(name = "tdm-reservation {0} is unset")
  @CsvSource(
      delimiter = '|',
      value = {"\"1\"", "2", "true", "null", "1.5", "-1"})
  void onlyTheNumbersOneAndZeroAreValues(String value) {
    TdmRepFile f =
        tdmrep(
            "[{\"location\":\"/a/\",\"tdm-reservation\":"
                + value
                + "},{\"location\":\"/\",\"tdm-reservation\":0}]");
    assertEquals(0, f.match("/a/x").orElseThrow().reservation(), "the invalid rule is skipped");
    assertTrue(f.warnings().get(0).contains("not 1 or 0"), f.warnings().toString());
  }

  @Test
  void badJsonIsReportedNotThrown() {
    TdmRepFile f = tdmrep("[{\"location\": \"/\", \"tdm-reservation\": 1,,]");
    assertTrue(f.rules().isEmpty());
    assertTrue(
        f.warnings().get(0).startsWith("tdmrep.json is not valid JSON"), f.warnings().toString());
  }

  @Test
  void aMissingFileMeansNoRule() {
    PolicyFile missing =
        file(PolicyKind.TDMREP, ORIGIN + "/.well-known/tdmrep.json", 404, "<html>");
    TdmRepFile f = TdmRepFile.of(missing);
    assertTrue(f.rules().isEmpty());
    assertTrue(f.warnings().isEmpty());
  }

  private static OptOut judge(String fileJson, String header, String htmlMeta, String embedded) {
    Map<PolicyKind, PolicyFile> files = new LinkedHashMap<>();
    if (fileJson != null) {
      files.put(
          PolicyKind.TDMREP,
          file(PolicyKind.TDMREP, ORIGIN + "/.well-known/tdmrep.json", 200, fileJson));
    }
    SiteSourceChain sources = new SiteSourceChain(List.of(o -> new SiteFiles(o, files, List.of())));
    OptOutDetector d = new OptOutDetector(sources, Policies.only("GPTBot"));
    HttpInfo http =
        header == null ? null : new HttpInfo(200, Map.of("TDM-Reservation", List.of(header)));
    Map<String, List<String>> meta = new LinkedHashMap<>();
    if (htmlMeta != null) {
      meta.put("tdm-reservation", List.of(htmlMeta));
    }
    if (embedded != null) {
      meta.put("tdm:reservation", List.of(embedded));
    }
    DetectorInput in =
        new DetectorInput("p", ORIGIN + "/page.html", http, "text/html", null, "", meta);
    return d.detect(in).optOut();
  }

  private static final String FILE_1 = "[{\"location\":\"/\",\"tdm-reservation\":1}]";
  private static final String FILE_0 = "[{\"location\":\"/\",\"tdm-reservation\":0}]";

  /** TDMRep §4: file < header < HTML < embedded; absence never resets; only 1 and 0 count. */
  @ParameterizedTest(name = "file={0} header={1} html={2} embedded={3} -> reserved={4}")
  @CsvSource(
      nullValues = "-",
      value = {
        "1, -, -, -, true",
        "1, 0, -, -, false",
        "0, 1, -, -, true",
        "1, 0, 1, -, true",
        "1, 1, 0, -, false",
        "1, 1, 1, 0, false",
        "0, 0, 0, 1, true",
        "1, x, -, -, true",
        "1, -, maybe, -, true",
        "-, -, -, -, false",
        "-, 1, -, -, true"
      })
  void laterPlacesSupersedeEarlierOnes(
      String file, String header, String html, String embedded, boolean reserved) {
    String json = file == null ? null : file.equals("1") ? FILE_1 : FILE_0;
    OptOut o = judge(json, header, html, embedded);
    assertEquals(reserved, o.reserved(), o.toString());
    List<Signal> tdm = o.signals().stream().filter(s -> s.type().equals("tdmrep")).toList();
    long deciding = tdm.stream().filter(s -> !s.effect().equals("none")).count();
    assertEquals(tdm.isEmpty() ? 0 : 1, deciding, "exactly one statement decides: " + tdm);
  }

  @Test
  void theSupersededStatementSaysWhatSupersededIt() {
    OptOut o = judge(FILE_1, "0", null, null);
    Signal file = o.signals().get(0);
    assertEquals("none", file.effect());
    assertTrue(file.evidence().contains("superseded by the HTTP header"), file.evidence());
    assertEquals(ORIGIN + "/.well-known/tdmrep.json", file.source());
    assertFalse(o.reserved());
  }
}

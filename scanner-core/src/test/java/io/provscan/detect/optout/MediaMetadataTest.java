package io.provscan.detect.optout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.provscan.detect.OptOut;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MediaMetadataTest {
  @ParameterizedTest(name = "{0} = {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "plus:DataMining | http://ns.useplus.org/ldf/vocab/DMI-PROHIBITED-AIMLTRAINING | reserves",
        "plus:DataMining | http://ns.useplus.org/ldf/vocab/DMI-PROHIBITED-GENAIMLTRAINING | reserves",
        "plus:DataMining | http://ns.useplus.org/ldf/vocab/DMI-PROHIBITED | reserves",
        "XMP-plus:DataMining | DMI-PROHIBITED-EXCEPTSEARCHENGINEINDEXING | reserves",
        "plus:DataMining | http://ns.useplus.org/ldf/vocab/DMI-PROHIBITED-SEECONSTRAINT | reserves",
        "plus:DataMining | http://ns.useplus.org/ldf/vocab/DMI-ALLOWED | allows",
        "plus:DataMining | http://ns.useplus.org/ldf/vocab/DMI-UNSPECIFIED | none"
      })
  void readsIptcDataMining(String key, String value, String effect) {
    OptOut o = Policies.metadataOnly(Map.of(key, List.of(value)));
    assertEquals(1, o.signals().size());
    assertEquals("iptc-data-mining", o.signals().get(0).type());
    assertEquals(effect, o.signals().get(0).effect());
    assertEquals(effect.equals("reserves"), o.reserved());
  }

  @ParameterizedTest(name = "{0} = {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "c2pa.training-mining | {\"entries\":{\"c2pa.ai_training\":{\"use\":\"notAllowed\"}}} | reserves",
        "cawg.training-mining | {\"entries\":{\"cawg.ai_generative_training\":{\"use\":\"constrained\"}}} | reserves",
        "cawg.training-mining | {\"entries\":{\"cawg.data_mining\":{\"use\":\"allowed\"}}} | allows",
        "c2pa.training-mining.c2pa.ai_training.use | notAllowed | reserves",
        "cawg.ai_training | allowed | allows"
      })
  void readsC2paAndCawgTrainingMining(String key, String value, String effect) {
    OptOut o = Policies.metadataOnly(Map.of(key, List.of(value)));
    assertEquals(1, o.signals().size(), o.toString());
    assertEquals("c2pa-training-mining", o.signals().get(0).type());
    assertEquals(effect, o.signals().get(0).effect());
  }

  @ParameterizedTest(name = "{0} = {1}: no signal")
  @CsvSource(
      delimiter = '|',
      value = {
        "cawg.training-mining | {\"entries\":{\"cawg.ai_inference\":{\"use\":\"notAllowed\"}}}",
        "dc:rights | CC BY-NC 4.0",
        "xmpRights:UsageTerms | No AI training without a licence"
      })
  void licencesAndInferenceAreNotTrainingReservations(String key, String value) {
    OptOut o = Policies.metadataOnly(Map.of(key, List.of(value)));
    assertEquals(List.of(), o.signals());
  }

  @ParameterizedTest(name = "<meta name={0} content={1}> -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "robots | noai, noimageai | 2",
        "robots | noindex, nofollow | 0",
        "GPTBot | noai | 1",
        "gptbot | noimageai | 1",
        "X-Robots-Tag | noai | 1",
        "description | noai | 0"
      })
  void readsRobotsMetaTags(String name, String content, int signals) {
    OptOut o = Policies.metadataOnly(Map.of(name, List.of(content)));
    assertEquals(signals, o.signals().size(), o.toString());
    assertEquals(signals > 0, o.reserved());
    o.signals().forEach(s -> assertEquals("robots-meta", s.type()));
  }

  @ParameterizedTest(name = "{0} = {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "c2pa:cawg.training-mining/cawg.ai_generative_training | notAllowed (unverified: C2PA signature not validated; JPEG APP11, manifest urn:uuid:allowed) | reserves",
        "c2pa:c2pa.training-mining/c2pa.ai_training | allowed (unverified: C2PA signature not validated; PNG caBX, manifest urn:uuid:notallowed) | allows"
      })
  void readsTheUseOfTheMediaReaderFromItsFirstWordAndMarksItUnverified(
      String key, String value, String effect) {
    OptOut o = Policies.metadataOnly(Map.of(key, List.of(value)));
    assertEquals(1, o.signals().size(), o.toString());
    assertEquals(effect, o.signals().get(0).effect());
    assertEquals(true, o.signals().get(0).unverified());
    assertEquals(true, o.signals().get(0).value().endsWith("(unverified)"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "plus:error | JPEG structure not readable: truncated | iptc-data-mining",
        "c2pa:error | C2PA manifest store in PNG caBX: JUMBF box declares 4294967295 bytes | c2pa-training-mining"
      })
  void anUnreadableStructureIsAFailedSignalThatReservesNothing(
      String key, String value, String type) {
    OptOut o = Policies.metadataOnly(Map.of(key, List.of(value)));
    assertEquals(1, o.signals().size(), o.toString());
    assertEquals(type, o.signals().get(0).type());
    assertEquals("failed", o.signals().get(0).value());
    assertEquals("none", o.signals().get(0).effect());
    assertEquals(false, o.reserved());
  }
}

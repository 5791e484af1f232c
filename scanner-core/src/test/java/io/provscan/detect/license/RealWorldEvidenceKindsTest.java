package io.provscan.detect.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provscan.detect.DetectorInput;
import io.provscan.detect.LicenseFinding;
import io.provscan.testing.Fixtures;
import io.provscan.testing.RealWorld;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real model-licence texts and dataset cards in {@code shared/realworld} (read from there,
 * never copied) as {@code explain} shows them: each text a full or close text match, each card's
 * {@code license:} a declaration; none of their links to policies and sites is taken for a licence,
 * none is read as a pointer, and no exception is joined where there is none.
 */
@RealWorld
class RealWorldEvidenceKindsTest {
  static Stream<Path> modelLicences() throws IOException {
    try (Stream<Path> s = Files.list(Fixtures.realWorld("model-licenses"))) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
    }
  }

  static Stream<Path> cards() throws IOException {
    try (Stream<Path> s = Files.list(Fixtures.realWorld("manifests", "hf"))) {
      return s.filter(p -> p.toString().endsWith(".md")).sorted().toList().stream();
    }
  }

  static List<LicenseFinding> found(Path p) throws IOException {
    String text = Files.readString(p, StandardCharsets.UTF_8);
    return Detect.DETECTOR.find(DetectorInput.ofText(p.getFileName().toString(), text));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("modelLicences")
  void modelLicenceTextIsATextMatchAndNothingElse(Path p) throws IOException {
    List<LicenseFinding> found = found(p);
    assertFalse(found.isEmpty(), p.toString());
    for (LicenseFinding f : found) {
      EvidenceKind kind = EvidenceKind.of(f);
      assertTrue(
          Set.of(EvidenceKind.FULL_TEXT, EvidenceKind.CLOSE_TEXT).contains(kind),
          f.spdx() + " " + kind + " in " + p.getFileName());
      assertFalse(f.spdx().contains(" WITH "), f.spdx());
      assertFalse(f.notes().contains(NoticeLinks.POINTER), f.notes()::toString);
    }
  }

  @Test
  void everyCardLicenceIsADeclaration() throws IOException {
    int declared = 0;
    for (Path p : cards().toList()) {
      for (LicenseFinding f : found(p)) {
        assertEquals(EvidenceKind.DECLARATION, EvidenceKind.of(f), f.spdx() + " in " + p);
        declared++;
      }
    }
    assertTrue(declared >= 4, "declarations found: " + declared);
  }
}

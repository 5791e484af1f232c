package io.provscan.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The package order of scanner-core, enforced: imports follow the flow of an item ({@code
 * docs/architecture.md}). A package may use packages of earlier layers only; packages of one layer
 * are peers and may not use each other. Every package must be placed in a layer, so a new package
 * cannot slip past the rule; there is no list of exceptions.
 */
class ArchitectureTest {
  /** The layers, earliest first; each is a group of peer packages (below {@code io.provscan}). */
  static final List<List<String>> LAYERS =
      List.of(
          List.of("licensedb"),
          List.of("internal"),
          List.of("source"),
          List.of("extract", "sitepolicy", "media"),
          List.of("detect"),
          List.of("detect.license", "detect.optout", "detect.pii"),
          List.of("record"),
          List.of("provenance"),
          List.of("manifest", "policy"),
          List.of("modelfile"),
          List.of("summary", "index"),
          List.of("report"),
          List.of("report.html", "report.spdx", "report.statement", "report.cyclonedx"),
          List.of("report.render"),
          List.of("scan"),
          List.of("export"));

  private static JavaClasses classes;

  /** The main classes of scanner-core and of license-db (a jar in a reactor build). */
  @BeforeAll
  static void importMainClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.provscan");
  }

  static Stream<String> packages() {
    return LAYERS.stream().flatMap(List::stream);
  }

  @Test
  void everyPackageHasItsPlaceInTheOrder() {
    TreeSet<String> unplaced = new TreeSet<>();
    for (JavaClass c : classes) {
      String p = c.getPackageName().replaceFirst("^io\\.provscan\\.?", "");
      if (!p.startsWith("licensedb") && packages().noneMatch(p::equals)) {
        unplaced.add(p);
      }
    }
    assertEquals(new TreeSet<String>(), unplaced, "packages missing from LAYERS");
  }

  @ParameterizedTest
  @MethodSource("packages")
  void usesOnlyEarlierLayers(String pkg) {
    List<String> forbidden = new ArrayList<>();
    boolean found = false;
    for (List<String> layer : LAYERS) {
      if (layer.contains(pkg)) {
        found = true;
        layer.stream().filter(p -> !p.equals(pkg)).forEach(forbidden::add);
      } else if (found) {
        forbidden.addAll(layer);
      }
    }
    if (forbidden.isEmpty()) {
      return;
    }
    noClasses()
        .that()
        .resideInAPackage(full(pkg))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(forbidden.stream().map(ArchitectureTest::full).toArray(String[]::new))
        .because("imports follow the flow of an item (docs/architecture.md)")
        .check(classes);
  }

  @Test
  void hasNoPackageCycles() {
    slices().matching("io.provscan.(**)").should().beFreeOfCycles().check(classes);
  }

  private static String full(String pkg) {
    return "io.provscan." + pkg;
  }
}

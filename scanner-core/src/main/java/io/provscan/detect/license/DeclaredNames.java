package io.provscan.detect.license;

import io.provscan.detect.LicenseFinding;
import io.provscan.licensedb.LicenseCategory;
import java.util.List;

/**
 * Licence names an item declares, as findings of basis {@code declared}: a name the catalogue knows
 * (through its ids, names and aliases), else a well-formed SPDX expression, else {@code
 * NOASSERTION} with the name kept and a note that provscan does not know it.
 */
final class DeclaredNames {
  /** Confidence of a name declared but unknown to the catalogue: {@value}. */
  static final double UNKNOWN_NAME = 0.5;

  private final LicenseKnowledge knowledge;
  private final FindingFactory factory;

  DeclaredNames(LicenseKnowledge knowledge, FindingFactory factory) {
    this.knowledge = knowledge;
    this.factory = factory;
  }

  /** The finding of a declared name, on line {@code line} (0 when unknown), with its evidence. */
  LicenseFinding finding(String declared, int line, String evidence) {
    String target = knowledge.names().exact(declared);
    if (target != null) {
      return expression(target, line, evidence);
    }
    LicenseFinding asExpression = expression(declared, line, evidence);
    if (asExpression.confidence() > 0 && asExpression.notes().isEmpty()) {
      return asExpression;
    }
    return new LicenseFinding(
        FindingFactory.NOASSERTION,
        declared,
        "declared",
        UNKNOWN_NAME,
        LicenseCategory.UNKNOWN.id(),
        List.of(),
        range(line),
        evidence,
        List.of("'" + declared + "' is not a licence name provscan knows"));
  }

  /** A declared id or expression. */
  LicenseFinding expression(String idOrExpression, int line, String evidence) {
    return factory.expression(
        idOrExpression, "declared", DeclaredFinder.DECLARED, range(line), evidence);
  }

  /** npm: "UNLICENSED" means the package may not be used by others. */
  static LicenseFinding unlicensed(int line) {
    return new LicenseFinding(
        FindingFactory.NOASSERTION,
        "UNLICENSED (npm: not licensed for use by others)",
        "declared",
        DeclaredFinder.DECLARED,
        LicenseCategory.PROPRIETARY.id(),
        List.of(),
        range(line),
        "\"license\": \"UNLICENSED\"",
        List.of());
  }

  /** The one-line range of a line number; null when the line is not known (0). */
  static LicenseFinding.LineRange range(int line) {
    return line <= 0 ? null : new LicenseFinding.LineRange(line, line);
  }
}

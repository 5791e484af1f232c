package io.provscan.detect.license;

import io.provscan.detect.LicenseFinding;
import io.provscan.licensedb.LicenseCategory;
import io.provscan.licensedb.LicenseEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Makes findings out of catalogue entries and SPDX expressions: canonical ids, names, the category
 * an expression sums up to, and the catalogue's clauses.
 */
final class FindingFactory {
  /** The SPDX keyword for "no licence information asserted"; used for unknown declared names. */
  static final String NOASSERTION = "NOASSERTION";

  /**
   * Exceptions that free code merely linked with the licensed code (GCC runtime, Classpath, LLVM,
   * …): with one, strong copyleft binds only the licensed code itself, so the pair counts as weak
   * copyleft.
   */
  private static final Pattern LINKING_EXCEPTION =
      Pattern.compile(
          "(?i).*(classpath|gcc|llvm|link|openjdk|universal-foss|wxwindows|qt-lgpl|font|autoconf"
              + "|bison|libtool|gnu-javamail|i2p|ocaml|openvpn|qwt|u-boot|mif|swi).*");

  private final LicenseKnowledge knowledge;

  FindingFactory(LicenseKnowledge knowledge) {
    this.knowledge = knowledge;
  }

  /** A finding of one catalogue entry with the given clauses. */
  LicenseFinding entry(
      LicenseEntry e,
      String basis,
      double confidence,
      LicenseFinding.LineRange lines,
      List<LicenseFinding.Clause> clauses,
      String evidence,
      List<String> notes) {
    return new LicenseFinding(
        e.id(), e.name(), basis, confidence, e.category().id(), clauses, lines, evidence, notes);
  }

  /** The catalogue's clauses of an entry, for items that only name it. */
  static List<LicenseFinding.Clause> catalogueClauses(LicenseEntry e) {
    List<LicenseFinding.Clause> out = new ArrayList<>();
    for (LicenseEntry.ClauseSpec c : e.clauses()) {
      out.add(new LicenseFinding.Clause(c.type().id(), c.value(), "catalogue: " + e.id(), null));
    }
    return out;
  }

  /**
   * A finding of an id or expression (an alias target, a tag, a declared value). Unknown ids are
   * kept and noted; a malformed expression gives a finding of confidence 0 that says why.
   */
  LicenseFinding expression(
      String text,
      String basis,
      double confidence,
      LicenseFinding.LineRange lines,
      String evidence) {
    SpdxExpression parsed;
    try {
      parsed = SpdxExpression.parse(text.strip());
    } catch (IllegalArgumentException e) {
      return malformed(text, basis, lines, evidence, e.getMessage());
    }
    Summary s = summarize(parsed);
    double c = s.unknown.isEmpty() ? confidence : Math.min(confidence, 0.5);
    List<String> notes = new ArrayList<>();
    s.unknown.forEach(id -> notes.add("unknown licence id '" + id + "'"));
    return new LicenseFinding(
        s.spdx, s.name, basis, c, s.category.id(), s.clauses, lines, evidence, notes);
  }

  /** A finding of confidence 0 that says why the expression is malformed. */
  private static LicenseFinding malformed(
      String text, String basis, LicenseFinding.LineRange lines, String evidence, String problem) {
    String shown = text.length() > 200 ? text.substring(0, 200) + "…" : text;
    return new LicenseFinding(
        shown.strip(),
        "malformed SPDX expression",
        basis,
        0,
        LicenseCategory.UNKNOWN.id(),
        List.of(),
        lines,
        evidence,
        List.of("malformed SPDX expression: " + problem));
  }

  /** What an expression sums up to. */
  private record Summary(
      String spdx,
      String name,
      LicenseCategory category,
      List<LicenseFinding.Clause> clauses,
      List<String> unknown) {}

  private Summary summarize(SpdxExpression e) {
    if (e instanceof SpdxExpression.Id id) {
      return id(id);
    }
    if (e instanceof SpdxExpression.With w) {
      return with(w);
    }
    if (e instanceof SpdxExpression.And a) {
      return combine(a.parts(), " AND ", true);
    }
    return combine(((SpdxExpression.Or) e).parts(), " OR ", false);
  }

  private Summary id(SpdxExpression.Id id) {
    String raw = id.id() + (id.plus() ? "+" : "");
    Optional<LicenseEntry> entry = knowledge.entry(raw).or(() -> knowledge.entry(id.id()));
    if (entry.isEmpty()) {
      List<String> unknown = id.id().startsWith("LicenseRef-") ? List.of() : List.of(raw);
      return new Summary(raw, raw, LicenseCategory.UNKNOWN, List.of(), unknown);
    }
    LicenseEntry found = entry.get();
    String canonical = CatalogNames.current(found.id());
    if (id.plus() && !raw.equalsIgnoreCase(found.id())) {
      canonical =
          canonical.endsWith("-only") ? canonical.replace("-only", "-or-later") : canonical + "+";
    }
    LicenseEntry current = knowledge.entry(canonical).orElse(found);
    return new Summary(
        canonical, current.name(), current.category(), catalogueClauses(current), List.of());
  }

  private Summary with(SpdxExpression.With w) {
    Summary license = summarize(w.license());
    Optional<LicenseEntry> x = knowledge.entry(w.exception());
    String exception = x.map(LicenseEntry::id).orElse(w.exception());
    List<String> unknown = new ArrayList<>(license.unknown);
    if (x.isEmpty() || !x.get().exception()) {
      unknown.add(w.exception());
    }
    LicenseCategory category = license.category;
    if (category == LicenseCategory.STRONG_COPYLEFT
        && LINKING_EXCEPTION.matcher(exception).matches()) {
      category = LicenseCategory.WEAK_COPYLEFT;
    }
    String name = license.name + " with " + x.map(LicenseEntry::name).orElse(exception);
    return new Summary(
        license.spdx + " WITH " + exception, name, category, license.clauses, unknown);
  }

  /** AND: every part binds, so the most restrictive category; OR: the least restrictive. */
  private Summary combine(List<SpdxExpression> parts, String op, boolean and) {
    List<String> spdx = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    Map<String, LicenseFinding.Clause> clauses = new LinkedHashMap<>();
    Summary chosen = null;
    for (SpdxExpression p : parts) {
      Summary s = summarize(p);
      boolean compound = p instanceof SpdxExpression.And || p instanceof SpdxExpression.Or;
      spdx.add(compound ? "(" + s.spdx + ")" : s.spdx);
      names.add(s.name);
      unknown.addAll(s.unknown);
      if (and) {
        s.clauses.forEach(c -> clauses.putIfAbsent(c.id() + c.value(), c));
      }
      if (chosen == null || wins(s.category, chosen.category, and)) {
        chosen = s;
      }
    }
    List<LicenseFinding.Clause> out =
        and ? new ArrayList<>(clauses.values()) : chosen == null ? List.of() : chosen.clauses;
    return new Summary(
        String.join(op, spdx),
        String.join(op.toLowerCase(Locale.ROOT), names),
        chosen == null ? null : chosen.category,
        out,
        unknown);
  }

  /** Whether a part's category sums the expression up instead of the one chosen so far. */
  private static boolean wins(LicenseCategory part, LicenseCategory chosen, boolean and) {
    return and
        ? part.restrictiveness() > chosen.restrictiveness()
        : part.restrictiveness() < chosen.restrictiveness();
  }
}

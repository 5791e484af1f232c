package io.provscan.summary;

import io.provscan.detect.LicenseFinding;
import io.provscan.detect.license.LicenseKnowledge;
import io.provscan.internal.Counter;
import io.provscan.record.ItemRecord;
import io.provscan.record.SummarySection;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * The {@code licenses} section of {@code summary.json}: how many items carry licence findings, and
 * items per licence, per category, per basis and per clause (an item counts once per value), plus
 * the catalogue's version, size and start-up time. Thread-safe.
 */
public final class LicenseSummary implements SummarySection {
  /** The key of this section in {@code summary.json}. */
  public static final String KEY = "licenses";

  private final Supplier<LicenseKnowledge> knowledge;
  private final LongAdder items = new LongAdder();
  private final Counter byLicense = new Counter();
  private final Counter byCategory = new Counter();
  private final Counter byBasis = new Counter();
  private final Counter byClause = new Counter();

  /** A section over the given knowledge (for the catalogue facts). */
  public LicenseSummary(LicenseKnowledge knowledge) {
    this.knowledge = () -> knowledge;
  }

  /** A section over the bundled catalogue, read when the summary is written. */
  public LicenseSummary() {
    this.knowledge = LicenseKnowledge::get;
  }

  @Override
  public String key() {
    return KEY;
  }

  @Override
  public void accept(ItemRecord record) {
    if (record.licenses().isEmpty()) {
      return;
    }
    items.increment();
    Set<String> licenses = new HashSet<>();
    Set<String> categories = new HashSet<>();
    Set<String> bases = new HashSet<>();
    Set<String> clauses = new HashSet<>();
    for (LicenseFinding f : record.licenses()) {
      licenses.add(f.spdx());
      categories.add(f.category() == null ? "unknown" : f.category());
      bases.add(f.basis());
      f.clauses().forEach(c -> clauses.add(c.id()));
    }
    licenses.forEach(byLicense::increment);
    categories.forEach(byCategory::increment);
    bases.forEach(byBasis::increment);
    clauses.forEach(byClause::increment);
  }

  @Override
  public LicenseTotals snapshot() {
    LicenseKnowledge k = knowledge.get();
    return new LicenseTotals(
        items.sum(),
        byLicense.snapshot(),
        byCategory.snapshot(),
        byBasis.snapshot(),
        byClause.snapshot(),
        new LicenseTotals.Catalogue(
            k.catalog().spdxListVersion(),
            k.catalog().entries().size(),
            Math.round(k.startupNanos() / 1e6)));
  }
}

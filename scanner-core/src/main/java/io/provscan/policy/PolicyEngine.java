package io.provscan.policy;

import io.provscan.detect.LicenseFinding;
import io.provscan.detect.OptOut;
import io.provscan.detect.PiiFinding;
import io.provscan.detect.pii.PiiType;
import io.provscan.policy.Policy.Threshold;
import io.provscan.provenance.DataSource;
import io.provscan.record.ItemRecord;
import io.provscan.source.ItemStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Judges items and sources against a {@link Policy}. Stateless and thread-safe: every worker calls
 * {@link #judge} on the record it just built.
 */
public final class PolicyEngine {
  private final Policy policy;
  private final LicenseCategories categories;

  /** An engine for {@code policy}, classifying declared licences with {@code categories}. */
  public PolicyEngine(Policy policy, LicenseCategories categories) {
    this.policy = policy;
    this.categories = categories;
  }

  /** The policy judged against. */
  public Policy policy() {
    return policy;
  }

  /**
   * Judges one item.
   *
   * @param source the item's source (for the licences it declares), or null
   */
  public Judgement judge(ItemRecord r, DataSource source) {
    Judgement.Builder b = new Judgement.Builder();
    if (r.status() == ItemStatus.FAILED && r.error() != null) {
      b.add(policy.failed(), "items.failed", "not extracted (" + r.error().kind().json() + ")");
    } else if (r.status() == ItemStatus.SKIPPED && r.error() != null) {
      b.add(policy.skipped(), "items.skipped", "skipped (" + r.error().kind().json() + ")");
    }
    licenses(r, source, b);
    clauses(r, b);
    if (reserves(r.optOut())) {
      b.add(
          policy.reserved(),
          "optout.reserved",
          "publisher reserved AI training or TDM: " + signals(r.optOut()));
    }
    pii(r.pii(), b);
    sensitive(r.sensitive(), b);
    return b.build();
  }

  private void licenses(ItemRecord r, DataSource source, Judgement.Builder b) {
    if (!r.licenses().isEmpty()) {
      for (LicenseFinding l : r.licenses()) {
        license(l.spdx(), l.category(), "licence " + l.spdx(), b);
      }
      return;
    }
    List<String> declared = source == null ? List.of() : source.declaredLicenses();
    for (String id : declared) {
      license(id, categories.categoryOf(id), "licence " + id + " declared by " + source.id(), b);
    }
    if (declared.isEmpty() && r.status() == ItemStatus.OK && !r.isContainer()) {
      b.add(
          policy.missing(),
          "licenses.missing",
          "no licence found in the item or declared by its source");
    }
  }

  /** Deny, then allow, then the category: an explicit id outranks its class. */
  private void license(String id, String category, String what, Judgement.Builder b) {
    String key = id == null ? "" : id.toLowerCase(Locale.ROOT);
    if (policy.deny().contains(key)) {
      b.add(Action.BLOCK, "licenses.deny", what + " is denied");
    } else if (!policy.allow().contains(key)) {
      String cat = category == null || category.isBlank() ? "unknown" : category;
      b.add(policy.category(cat), "licenses.categories." + cat, what + " is " + cat);
    }
  }

  private void clauses(ItemRecord r, Judgement.Builder b) {
    for (LicenseFinding l : r.licenses()) {
      for (LicenseFinding.Clause c : l.clauses()) {
        Action a = policy.clauses().get(c.id());
        if (a != null) {
          String value = c.value() == null ? "" : " = " + c.value();
          b.add(a, "clauses." + c.id(), l.spdx() + " has clause " + c.id() + value);
        }
      }
    }
  }

  private void pii(List<PiiFinding> pii, Judgement.Builder b) {
    Map<String, Integer> counts = new TreeMap<>();
    pii.forEach(p -> counts.merge(p.type(), 1, Integer::sum));
    counts.forEach(
        (type, n) -> {
          Threshold t = policy.pii().getOrDefault(type, policy.piiDefault());
          String rule = policy.pii().containsKey(type) ? "pii.types." + type : "pii.default";
          if (n >= t.min()) {
            b.add(t.action(), rule, n + " × " + type);
          }
        });
    combined(counts, b);
  }

  /**
   * A name with contact details, an identity or account number or an address in the same item
   * identifies its bearer (PIPL Art. 4: "alone or combined with other information"; GDPR Art.
   * 4(1)): {@code pii.combined}, whatever each type's own rule says.
   */
  private void combined(Map<String, Integer> counts, Judgement.Builder b) {
    if (!counts.containsKey(PiiType.PERSON.name())) {
      return;
    }
    List<String> with = new ArrayList<>();
    for (PiiType t : PiiType.IDENTIFYING) {
      if (counts.containsKey(t.name())) {
        with.add(t.name());
      }
    }
    if (!with.isEmpty()) {
      b.add(policy.piiCombined(), "pii.combined", "PERSON with " + String.join(", ", with));
    }
  }

  private void sensitive(Map<String, Integer> sensitive, Judgement.Builder b) {
    new TreeMap<>(sensitive)
        .forEach(
            (cat, n) -> {
              Threshold t = policy.sensitive().getOrDefault(cat, policy.sensitiveDefault());
              String rule =
                  policy.sensitive().containsKey(cat)
                      ? "sensitive.categories." + cat
                      : "sensitive.default";
              if (n >= t.min()) {
                b.add(t.action(), rule, n + " × sensitive " + cat);
              }
            });
  }

  /**
   * True when the item is reserved under this policy: with {@code optout.unverified: ignored}, a
   * reservation only unverified C2PA signals make does not count (C2PA 2.1 §15: a manifest whose
   * signature is not validated is not trusted).
   */
  private boolean reserves(OptOut o) {
    if (!o.reserved() || policy.unverifiedReserves()) {
      return o.reserved();
    }
    return o.signals().stream().anyMatch(s -> s.effect().equals("reserves") && !s.unverified())
        || o.signals().stream().noneMatch(OptOut.Signal::unverified);
  }

  private static String signals(OptOut o) {
    List<String> parts = new ArrayList<>();
    for (OptOut.Signal s : o.signals()) {
      if (parts.size() == 3) {
        parts.add("…");
        break;
      }
      String agents = s.agents().isEmpty() ? "" : " for " + String.join(", ", s.agents());
      parts.add(s.type() + " " + s.value() + agents);
    }
    return parts.isEmpty() ? "reserved" : String.join("; ", parts);
  }

  /**
   * Judges a source from its row in {@code summary.json} → {@code sources}: the licences it
   * declares, its conflicts and manifest problems, and the verdicts of its items.
   */
  public Judgement judgeSource(SourceFacts source) {
    Judgement.Builder b = new Judgement.Builder();
    for (String lic : source.declaredLicenses()) {
      license(lic, categories.categoryOf(lic), "declared licence " + lic, b);
    }
    source.conflicts().forEach(c -> b.add(policy.conflict(), "licenses.conflict", c));
    source.problems().forEach(p -> b.add(policy.problems(), "sources.problems", p));
    long blocked = source.verdicts().getOrDefault(Action.BLOCK.id(), 0L);
    long review = source.verdicts().getOrDefault(Action.REVIEW.id(), 0L);
    if (blocked > 0) {
      b.add(Action.BLOCK, "items", blocked + " of the items of " + source.id() + " blocked");
    } else if (review > 0) {
      b.add(Action.REVIEW, "items", review + " of the items of " + source.id() + " to review");
    }
    return b.build();
  }
}

package io.provscan.scan;

import io.provscan.detect.license.LicenseKnowledge;
import io.provscan.manifest.LicenseNormalizer;
import io.provscan.manifest.NormalizedLicense;
import io.provscan.manifest.NormalizedLicense.Kind;
import io.provscan.policy.LicenseCategories;
import java.util.function.Supplier;

/**
 * The licence catalogue behind the manifests' licence names and the policy's categories. The
 * manifests' built-in table decides first what it is sure of (SPDX ids, licence URLs, families
 * without a version, "unknown"); what it does not know, or knows only as a {@code LicenseRef-}, is
 * looked up in the catalogue's ids, names and aliases, so a card's {@code license: llama3.1} and a
 * list's {@code Apache License, Version 2.0} get the catalogue's id, category and clauses.
 */
final class CatalogLicenses implements LicenseNormalizer, LicenseCategories {
  private final Supplier<LicenseKnowledge> knowledge;
  private final LicenseNormalizer table = LicenseNormalizer.builtIn();

  /** Over the bundled catalogue, loaded when a name first needs it. */
  CatalogLicenses(Supplier<LicenseKnowledge> knowledge) {
    this.knowledge = knowledge;
  }

  /** The catalogue when licences are detected, else the built-in table alone. */
  static LicenseNormalizer normalizer(ScanOptions options) {
    return options.licenses()
        ? new CatalogLicenses(LicenseKnowledge::get)
        : LicenseNormalizer.builtIn();
  }

  /** The catalogue's categories when licences are detected, else none. */
  static LicenseCategories categories(ScanOptions options) {
    return options.licenses() ? new CatalogLicenses(LicenseKnowledge::get) : LicenseCategories.NONE;
  }

  @Override
  public NormalizedLicense normalize(String declared) {
    NormalizedLicense fromTable = table.normalize(declared);
    if (fromTable.kind() != Kind.LICENSE_REF && fromTable.kind() != Kind.UNRECOGNISED) {
      return fromTable;
    }
    String resolved = knowledge.get().resolve(declared.strip());
    if (resolved == null && fromTable.kind() == Kind.LICENSE_REF) {
      resolved = knowledge.get().resolve(fromTable.id());
    }
    if (resolved == null) {
      return fromTable;
    }
    Kind kind = resolved.startsWith("LicenseRef-") ? Kind.LICENSE_REF : Kind.SPDX;
    return new NormalizedLicense(resolved, fromTable.asWritten(), kind);
  }

  @Override
  public String categoryOf(String licenseId) {
    return knowledge.get().categoryOf(licenseId);
  }
}

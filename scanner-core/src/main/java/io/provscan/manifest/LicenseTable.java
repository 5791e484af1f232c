package io.provscan.manifest;

import io.provscan.manifest.NormalizedLicense.Kind;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The built-in table of licence names manifests use, kept minimal: the Hugging Face Hub's licence
 * ids (hub-docs {@code docs/hub/repositories-licenses.md}), the Open Definition ids Frictionless
 * packages use, and the licence URLs of SPDX, choosealicense.com, Creative Commons, Open Data
 * Commons and Apache. Everything else is kept as written and reported as unrecognised, for the
 * licence catalogue to resolve. The names are listed in {@link KnownLicenseNames}, the URLs
 * recognised by {@link LicenseUrls}.
 */
final class LicenseTable implements LicenseNormalizer {
  /** The one table. */
  static final LicenseTable INSTANCE = new LicenseTable();

  private final Map<String, NormalizedLicense> byKey = new HashMap<>();

  private LicenseTable() {
    for (String id : KnownLicenseNames.SPDX_IDS) {
      put(id.toLowerCase(Locale.ROOT), id, Kind.SPDX);
    }
    for (String type : new String[] {"by", "by-sa", "by-nc", "by-nd", "by-nc-sa", "by-nc-nd"}) {
      for (String version : new String[] {"1.0", "2.0", "2.5", "3.0", "4.0"}) {
        String id = "CC-" + type.toUpperCase(Locale.ROOT) + "-" + version;
        put(id.toLowerCase(Locale.ROOT), id, Kind.SPDX);
      }
    }
    for (String[] alias : KnownLicenseNames.ALIASES) {
      put(alias[0], alias[1], kindOf(alias[1]));
    }
    for (String hub : KnownLicenseNames.NOT_ON_SPDX) {
      put(hub, "LicenseRef-" + hub, Kind.LICENSE_REF);
    }
    for (String family : KnownLicenseNames.FAMILIES) {
      put(family, family, Kind.AMBIGUOUS);
    }
  }

  private static Kind kindOf(String id) {
    if (id.equals(NormalizedLicense.NOASSERTION)) {
      return Kind.NO_ASSERTION;
    }
    return id.startsWith("LicenseRef-") ? Kind.LICENSE_REF : Kind.SPDX;
  }

  private void put(String key, String id, Kind kind) {
    byKey.put(key, new NormalizedLicense(id, key, kind));
  }

  @Override
  public NormalizedLicense normalize(String declared) {
    String written = declared.strip();
    String key = written.toLowerCase(Locale.ROOT);
    NormalizedLicense known = byKey.get(key);
    if (known != null) {
      return new NormalizedLicense(known.id(), written, known.kind());
    }
    if (key.startsWith("http://") || key.startsWith("https://")) {
      return LicenseUrls.normalize(written, key, byKey);
    }
    return new NormalizedLicense(written, written, Kind.UNRECOGNISED);
  }
}

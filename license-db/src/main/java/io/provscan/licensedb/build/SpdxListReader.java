package io.provscan.licensedb.build;

import io.provscan.licensedb.LicenseCategory;
import io.provscan.licensedb.LicenseEntry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.spdx.core.InvalidSPDXAnalysisException;
import org.spdx.library.ListedLicenses;
import org.spdx.library.SpdxModelFactory;
import org.spdx.library.model.v2.license.ListedLicenseException;
import org.spdx.library.model.v2.license.SpdxListedLicense;

/**
 * The SPDX licence list as catalogue entries, read through SPDX Java Tools strictly offline: every
 * licence, then every exception, each sorted by id without case, with provscan's categories and
 * aliases from {@code spdx.yaml}.
 */
final class SpdxListReader {
  /**
   * Without it SPDX Java Tools downloads the list from the SPDX web site (its default is false;
   * README "Configuration options"); the list bundled in the jar is the one provscan ships.
   */
  static final String OFFLINE_PROPERTY = "org.spdx.useJARLicenseInfoOnly";

  private final ListedLicenses listed;

  private SpdxListReader(ListedLicenses listed) {
    this.listed = listed;
  }

  /** The list bundled in the SPDX Java Tools jar (never the web site's). */
  static SpdxListReader offline() {
    System.setProperty(OFFLINE_PROPERTY, "true");
    SpdxModelFactory.init();
    return new SpdxListReader(ListedLicenses.getListedLicenses());
  }

  /** The version of the list. */
  String version() {
    return listed.getLicenseListVersion();
  }

  /** Every SPDX id, licences and exceptions. */
  Set<String> ids() {
    Set<String> known = new HashSet<>(listed.getSpdxListedLicenseIds());
    known.addAll(listed.getSpdxListedExceptionIds());
    return known;
  }

  /**
   * The standard licence headers (the notice a licence asks to put in each file), by id, of the
   * current licences that have one: the list's {@code standardLicenseHeader}, as text.
   */
  Map<String, String> headers() throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    try {
      for (String id : sorted(listed.getSpdxListedLicenseIds())) {
        SpdxListedLicense l = listed.getListedLicenseByIdCompatV2(id);
        String header = l.getStandardLicenseHeader();
        if (!l.isDeprecated() && header != null && !header.isBlank()) {
          out.put(id, header.strip());
        }
      }
    } catch (InvalidSPDXAnalysisException e) {
      throw new IOException("SPDX Java Tools could not read its bundled licence list", e);
    }
    return out;
  }

  /** The licences, then the exceptions, as entries. */
  List<LicenseEntry> entries(SpdxAdditions additions) throws IOException {
    List<LicenseEntry> entries = new ArrayList<>();
    try {
      for (String id : sorted(listed.getSpdxListedLicenseIds())) {
        entries.add(license(listed.getListedLicenseByIdCompatV2(id), additions));
      }
      for (String id : sorted(listed.getSpdxListedExceptionIds())) {
        entries.add(exception(listed.getListedExceptionByIdCompatV2(id), additions));
      }
    } catch (InvalidSPDXAnalysisException e) {
      throw new IOException("SPDX Java Tools could not read its bundled licence list", e);
    }
    return entries;
  }

  private static LicenseEntry license(SpdxListedLicense l, SpdxAdditions additions)
      throws InvalidSPDXAnalysisException {
    String id = l.getLicenseId();
    boolean fsf = Boolean.TRUE.equals(l.getFsfLibre());
    String template = l.getStandardLicenseTemplate();
    if (template == null || template.isBlank()) {
      template = l.getLicenseText();
    }
    return new LicenseEntry(
        id,
        l.getName(),
        null,
        null,
        additions.category(id, l.isOsiApproved() || fsf),
        LicenseEntry.SPDX,
        false,
        l.isOsiApproved(),
        fsf,
        l.isDeprecated(),
        new ArrayList<>(l.getSeeAlso()),
        additions.aliases(id),
        template,
        null,
        CreativeCommonsClauses.of(id),
        null,
        null,
        null);
  }

  private static LicenseEntry exception(ListedLicenseException x, SpdxAdditions additions)
      throws InvalidSPDXAnalysisException {
    String template = x.getLicenseExceptionTemplate();
    if (template == null || template.isBlank()) {
      template = x.getLicenseExceptionText();
    }
    String id = x.getLicenseExceptionId();
    return new LicenseEntry(
        id,
        x.getName(),
        null,
        null,
        LicenseCategory.PERMISSIVE, // an exception only adds permissions to the licence it joins
        LicenseEntry.SPDX,
        true,
        false,
        false,
        x.isDeprecated(),
        new ArrayList<>(x.getSeeAlso()),
        additions.aliases(id),
        template,
        null,
        null,
        null,
        null,
        null);
  }

  private static List<String> sorted(List<String> ids) {
    List<String> out = new ArrayList<>(ids);
    out.sort(String.CASE_INSENSITIVE_ORDER);
    return out;
  }
}

package io.provscan.licensedb.build;

import io.provscan.licensedb.Catalog;
import io.provscan.licensedb.ClauseType;
import io.provscan.licensedb.EntryFile;
import io.provscan.licensedb.LicenseCategory;
import io.provscan.licensedb.LicenseEntry;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.spdx.core.InvalidSPDXAnalysisException;
import org.spdx.library.ListedLicenses;
import org.spdx.library.SpdxModelFactory;
import org.spdx.library.model.v2.license.ListedLicenseException;
import org.spdx.library.model.v2.license.SpdxListedLicense;
import org.spdx.licenseTemplate.LicenseTextHelper;

/**
 * Builds the catalogue resource when license-db is built: reads the SPDX licence list through SPDX
 * Java Tools, strictly offline, adds provscan's categories and names ({@code spdx.yaml}) and reads
 * and validates provscan's own entries ({@code entries/*.yaml}). Any invalid entry stops the build
 * with a message naming the file and the field.
 *
 * <p>Usage: {@code CatalogGenerator LICENSES_DIR OUTPUT_FILE}.
 */
public final class CatalogGenerator {
  /**
   * Without it SPDX Java Tools downloads the list from the SPDX web site (its default is false;
   * README "Configuration options"); the list bundled in the jar is the one provscan ships.
   */
  static final String OFFLINE_PROPERTY = "org.spdx.useJARLicenseInfoOnly";

  private CatalogGenerator() {}

  /** Writes the catalogue; exits non-zero with the message of the first problem. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: CatalogGenerator LICENSES_DIR OUTPUT_FILE");
    }
    Catalog.Data full = generate(Path.of(args[0]));
    Path out = Path.of(args[1]);
    Files.createDirectories(out.getParent());
    Map<String, String> templates = new LinkedHashMap<>();
    List<LicenseEntry> entries = new ArrayList<>();
    for (LicenseEntry e : full.entries()) {
      if (e.template() != null) {
        templates.put(e.id(), e.template());
      }
      entries.add(withoutTemplate(e));
    }
    byte[] json = Catalog.mapper().writeValueAsBytes(templates);
    write(out.resolveSibling("templates.json.gz"), json);
    Catalog.Data data =
        new Catalog.Data(
            full.spdxListVersion(),
            full.equivalentWords(),
            full.aliasExpressions(),
            sha256(json),
            entries);
    write(out, Catalog.mapper().writeValueAsBytes(data));
  }

  private static void write(Path file, byte[] bytes) throws IOException {
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16)) {
      o.write(bytes);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return java.util.HexFormat.of()
          .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("no SHA-256", e);
    }
  }

  private static LicenseEntry withoutTemplate(LicenseEntry e) {
    return new LicenseEntry(
        e.id(),
        e.name(),
        e.version(),
        e.date(),
        e.category(),
        e.source(),
        e.exception(),
        e.osiApproved(),
        e.fsfLibre(),
        e.deprecated(),
        e.urls(),
        e.aliases(),
        null,
        e.match(),
        e.clauses(),
        e.supersedes(),
        e.notes(),
        e.file());
  }

  /** Reads everything and returns the catalogue's data. */
  public static Catalog.Data generate(Path licensesDir) throws IOException {
    System.setProperty(OFFLINE_PROPERTY, "true");
    SpdxModelFactory.init();
    ListedLicenses listed = ListedLicenses.getListedLicenses();
    Set<String> known = new HashSet<>(listed.getSpdxListedLicenseIds());
    known.addAll(listed.getSpdxListedExceptionIds());
    SpdxAdditions additions =
        SpdxAdditions.read(licensesDir.resolve("spdx.yaml"), shown("spdx.yaml"), known);
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
    entries.addAll(ownEntries(licensesDir, known));
    checkNamesAreUnique(entries);
    return new Catalog.Data(
        listed.getLicenseListVersion(),
        new TreeMap<>(LicenseTextHelper.NORMALIZE_TOKENS),
        additions.expressions(),
        null,
        entries);
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

  private static List<LicenseEntry> ownEntries(Path dir, Set<String> spdxIds) throws IOException {
    List<LicenseEntry> out = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(dir.resolve("entries"))) {
      files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    for (Path f : files) {
      String shown = shown("entries/" + f.getFileName());
      LicenseEntry e = EntryFile.read(f, shown);
      for (String id : e.supersedes()) {
        if (!spdxIds.contains(id)) {
          throw new IllegalArgumentException(
              shown + ": field 'supersedes' names '" + id + "', which is not an SPDX id");
        }
      }
      out.add(e);
    }
    return out;
  }

  /** An alias that names two licences would make declared licences ambiguous: refuse it. */
  static void checkNamesAreUnique(List<LicenseEntry> entries) {
    Map<String, LicenseEntry> seen = new HashMap<>();
    for (LicenseEntry e : entries) {
      List<String> names = new ArrayList<>(e.aliases());
      names.add(e.id());
      for (String name : names) {
        LicenseEntry other = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), e);
        if (other != null && other != e) {
          throw new IllegalArgumentException(
              where(e)
                  + ": field 'aliases' has '"
                  + name
                  + "', which already names "
                  + other.id()
                  + (other.file() == null ? "" : " (" + other.file() + ")"));
        }
      }
    }
  }

  private static String where(LicenseEntry e) {
    return e.file() == null ? "spdx.yaml (" + e.id() + ")" : e.file();
  }

  private static String shown(String name) {
    return "license-db/src/main/licenses/" + name;
  }

  private static List<String> sorted(List<String> ids) {
    List<String> out = new ArrayList<>(ids);
    out.sort(String.CASE_INSENSITIVE_ORDER);
    return out;
  }

  /** Clauses of Creative Commons licences, read from their ids (BY, SA, NC, ND). */
  static final class CreativeCommonsClauses {
    private CreativeCommonsClauses() {}

    static List<LicenseEntry.ClauseSpec> of(String id) {
      List<LicenseEntry.ClauseSpec> out = new ArrayList<>();
      if (!id.startsWith("CC-BY")) {
        return out;
      }
      out.add(
          new LicenseEntry.ClauseSpec(
              ClauseType.ATTRIBUTION_NOTICE,
              "credit the creator, link the licence, indicate changes",
              null));
      if (id.contains("-NC")) {
        out.add(new LicenseEntry.ClauseSpec(ClauseType.NON_COMMERCIAL, true, null));
      }
      if (id.contains("-SA")) {
        out.add(new LicenseEntry.ClauseSpec(ClauseType.SHARE_ALIKE, true, null));
      }
      if (id.contains("-ND")) {
        out.add(new LicenseEntry.ClauseSpec(ClauseType.NO_DERIVATIVES, true, null));
      }
      return out;
    }
  }
}

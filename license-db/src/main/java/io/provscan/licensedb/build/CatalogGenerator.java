package io.provscan.licensedb.build;

import io.provscan.licensedb.Catalog;
import io.provscan.licensedb.EntryFile;
import io.provscan.licensedb.LicenseEntry;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.spdx.licenseTemplate.LicenseTextHelper;

/**
 * Builds the catalogue resource when license-db is built: reads the SPDX licence list through SPDX
 * Java Tools, strictly offline ({@link SpdxListReader}), adds provscan's categories and names
 * ({@code spdx.yaml}) and reads and validates provscan's own entries ({@code entries/*.yaml}). Any
 * invalid entry stops the build with a message naming the file and the field.
 *
 * <p>Usage: {@code CatalogGenerator LICENSES_DIR OUTPUT_FILE}.
 */
public final class CatalogGenerator {
  private CatalogGenerator() {}

  /**
   * Writes the catalogue, and the SPDX templates beside it in {@code templates.json.gz} (read only
   * when the matcher is compiled) and the SPDX standard headers in {@code headers.json.gz}; exits
   * non-zero with the message of the first problem.
   */
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
      entries.add(e.withoutTemplate());
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
    Map<String, String> headers = SpdxListReader.offline().headers();
    write(out.resolveSibling("headers.json.gz"), Catalog.mapper().writeValueAsBytes(headers));
  }

  private static void write(Path file, byte[] bytes) throws IOException {
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16)) {
      o.write(bytes);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("no SHA-256", e);
    }
  }

  /** Reads everything and returns the catalogue's data. */
  public static Catalog.Data generate(Path licensesDir) throws IOException {
    SpdxListReader spdx = SpdxListReader.offline();
    Set<String> known = spdx.ids();
    SpdxAdditions additions =
        SpdxAdditions.read(licensesDir.resolve("spdx.yaml"), shownPath("spdx.yaml"), known);
    List<LicenseEntry> entries = spdx.entries(additions);
    entries.addAll(ownEntries(licensesDir, known));
    checkNamesAreUnique(entries);
    return new Catalog.Data(
        spdx.version(),
        new TreeMap<>(LicenseTextHelper.NORMALIZE_TOKENS),
        additions.expressions(),
        null,
        entries);
  }

  /** provscan's own entries, in file name order; each may supersede only SPDX ids. */
  private static List<LicenseEntry> ownEntries(Path dir, Set<String> spdxIds) throws IOException {
    List<LicenseEntry> out = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(dir.resolve("entries"))) {
      files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    for (Path f : files) {
      String shown = shownPath("entries/" + f.getFileName());
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

  /** A data file's path as messages show it: from the project root. */
  private static String shownPath(String name) {
    return "license-db/src/main/licenses/" + name;
  }
}

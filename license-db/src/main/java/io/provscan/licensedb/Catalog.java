package io.provscan.licensedb;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * The licence catalogue: every SPDX-listed licence and exception (from SPDX Java Tools, read
 * offline when license-db is built) and provscan's own entries, validated at build time and bundled
 * as one resource. Immutable and thread-safe; {@link #get()} loads it once per JVM.
 */
public final class Catalog {
  /** The bundled resource, written by {@code build.CatalogGenerator}. */
  public static final String RESOURCE = "/io/provscan/licensedb/catalog.json.gz";

  /** The SPDX standard licence headers, by id (see {@link #headers()}). */
  public static final String HEADERS = "/io/provscan/licensedb/headers.json.gz";

  /** The SPDX templates, by id: read only when the matcher is compiled, not at every start. */
  public static final String TEMPLATES = "/io/provscan/licensedb/templates.json.gz";

  private final Data data;
  private final Map<String, LicenseEntry> byId = new HashMap<>();
  private final long loadNanos;
  private volatile Map<String, String> templates;
  private volatile Map<String, String> headers;

  private Catalog(Data data, long loadNanos) {
    this.data = data;
    this.loadNanos = loadNanos;
    for (LicenseEntry e : data.entries()) {
      byId.put(e.id().toLowerCase(Locale.ROOT), e);
    }
  }

  /**
   * The contents of the catalogue resource.
   *
   * @param spdxListVersion version of the SPDX licence list the SPDX entries come from
   * @param equivalentWords SPDX matching guidelines B.9: varietal spellings, mapped to one form
   * @param aliasExpressions names that stand for an SPDX expression, not one licence
   * @param templatesDigest SHA-256 of the templates resource, so compiled forms can be checked
   * @param entries every entry, SPDX first, then provscan's own (without their templates)
   */
  public record Data(
      String spdxListVersion,
      Map<String, String> equivalentWords,
      Map<String, String> aliasExpressions,
      String templatesDigest,
      List<LicenseEntry> entries) {
    /**
     * Copies the collections; the maps in key order, so the generated catalogue is reproducible.
     */
    public Data {
      equivalentWords = Collections.unmodifiableMap(new TreeMap<>(equivalentWords));
      aliasExpressions =
          aliasExpressions == null
              ? Map.of()
              : Collections.unmodifiableMap(new TreeMap<>(aliasExpressions));
      entries = List.copyOf(entries);
    }
  }

  /**
   * The SPDX matching templates, by id, in catalogue order; read from the bundled resource on first
   * call (a few megabytes, needed only to compile the matcher).
   */
  public Map<String, String> templates() {
    Map<String, String> t = templates;
    if (t == null) {
      synchronized (this) {
        if (templates == null) {
          templates = readTemplates();
        }
        t = templates;
      }
    }
    return t;
  }

  /**
   * The SPDX list's standard licence headers ({@code standardLicenseHeader}: the notice a licence
   * asks to put in each file), by id, for the current licences that have one; read on first call.
   */
  public Map<String, String> headers() {
    Map<String, String> h = headers;
    if (h == null) {
      synchronized (this) {
        if (headers == null) {
          headers = readMap(HEADERS, "headers");
        }
        h = headers;
      }
    }
    return h;
  }

  private static Map<String, String> readTemplates() {
    return readMap(TEMPLATES, "templates");
  }

  private static Map<String, String> readMap(String resource, String what) {
    try (InputStream in = Catalog.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the licence " + what + " " + resource + " are missing");
      }
      Map<String, String> read =
          mapper()
              .readValue(
                  new GZIPInputStream(in, 1 << 16),
                  new com.fasterxml.jackson.core.type.TypeReference<
                      java.util.LinkedHashMap<String, String>>() {});
      return java.util.Collections.unmodifiableMap(read);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the licence " + what, e);
    }
  }

  /** The digest of the bundled templates (see {@link Data#templatesDigest()}). */
  public String templatesDigest() {
    return data.templatesDigest();
  }

  private static final class Holder {
    static final Catalog INSTANCE = loadBundled();
  }

  /** The bundled catalogue, loaded on first use. */
  public static Catalog get() {
    return Holder.INSTANCE;
  }

  /** The Jackson mapper that reads and writes the catalogue resource. */
  public static ObjectMapper mapper() {
    return JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
  }

  private static Catalog loadBundled() {
    try (InputStream in = Catalog.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "the licence catalogue " + RESOURCE + " is missing: license-db was built without it");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the licence catalogue", e);
    }
  }

  /** Reads a catalogue from its gzipped JSON form. */
  public static Catalog read(InputStream gzipped) throws IOException {
    long start = System.nanoTime();
    Data data = mapper().readValue(new GZIPInputStream(gzipped, 1 << 16), Data.class);
    return new Catalog(data, System.nanoTime() - start);
  }

  /** A catalogue of the given data and templates (tests). */
  public static Catalog of(Data data, Map<String, String> templates) {
    Catalog c = new Catalog(data, 0);
    c.templates = Map.copyOf(templates);
    c.headers = Map.of();
    return c;
  }

  /** Version of the SPDX licence list bundled. */
  public String spdxListVersion() {
    return data.spdxListVersion();
  }

  /** SPDX equivalent words (B.9), each mapped to the form templates are compared in. */
  public Map<String, String> equivalentWords() {
    return data.equivalentWords();
  }

  /** Names that stand for an SPDX expression ("CDDL + GPLv2 with classpath exception"). */
  public Map<String, String> aliasExpressions() {
    return data.aliasExpressions();
  }

  /** Every entry. */
  public List<LicenseEntry> entries() {
    return data.entries();
  }

  /** Entries of one category. */
  public List<LicenseEntry> entries(LicenseCategory category) {
    List<LicenseEntry> out = new ArrayList<>();
    for (LicenseEntry e : data.entries()) {
      if (e.category() == category) {
        out.add(e);
      }
    }
    return out;
  }

  /** The entry with this id, compared without case (SPDX ids are case-insensitive). */
  public Optional<LicenseEntry> byId(String id) {
    return id == null
        ? Optional.empty()
        : Optional.ofNullable(byId.get(id.toLowerCase(Locale.ROOT)));
  }

  /** Nanoseconds it took to read the catalogue resource. */
  public long loadNanos() {
    return loadNanos;
  }
}

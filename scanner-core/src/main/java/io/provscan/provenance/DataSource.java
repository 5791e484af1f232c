package io.provscan.provenance;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A source of data.
 *
 * @param id stable identifier, unique in a scan: {@code folder:<root>/<top folder>}, {@code
 *     host:<host>}, {@code dataset:<manifest path>}, {@code model:<card path>}
 * @param kind {@link #FOLDER}, {@link #HOST}, {@link #DATASET} or {@link #MODEL}
 * @param name a display name (the folder, the host, the dataset's pretty name)
 * @param origin where the source was declared or found: a folder path, a URL, a manifest path
 * @param declaredLicenses licences the source declares for itself (SPDX ids or expressions, {@code
 *     LicenseRef-} ids), in the manifest's order; empty when it declares none
 * @param facts what the manifest says besides licences (pretty name, source datasets, gating, base
 *     model, RAI fields), as written for the report
 * @param problems findings about the source itself (a listed file missing, a checksum that does not
 *     match, a malformed manifest)
 */
public record DataSource(
    String id,
    String kind,
    String name,
    String origin,
    List<String> declaredLicenses,
    Map<String, Object> facts,
    List<String> problems) {

  /** A top-level folder of a scan root (or the root itself for the files directly in it). */
  public static final String FOLDER = "folder";

  /** A web host, for items captured from a URL. */
  public static final String HOST = "host";

  /** A dataset described by a manifest (Hugging Face card, Croissant, Frictionless, URL list). */
  public static final String DATASET = "dataset";

  /** A model repository described by a model card. */
  public static final String MODEL = "model";

  /** Copies the collections; the facts keep the manifest reader's order, so outputs are stable. */
  public DataSource {
    declaredLicenses = List.copyOf(declaredLicenses);
    facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    problems = List.copyOf(problems);
  }

  /** A source with nothing declared. */
  public static DataSource plain(String id, String kind, String name, String origin) {
    return new DataSource(id, kind, name, origin, List.of(), Map.of(), List.of());
  }
}

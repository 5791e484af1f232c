package io.provscan.report.spdx;

import com.fasterxml.jackson.databind.JsonNode;
import io.provscan.internal.Json;
import io.provscan.provenance.SourceRow;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.spdx.core.InvalidSPDXAnalysisException;
import org.spdx.library.model.v3_0_1.core.PresenceType;
import org.spdx.library.model.v3_0_1.core.RelationshipType;
import org.spdx.library.model.v3_0_1.dataset.DatasetPackage;
import org.spdx.library.model.v3_0_1.dataset.DatasetType;
import org.spdx.library.model.v3_0_1.software.SoftwarePurpose;

/**
 * One {@code DatasetPackage} per data source, from its row in {@code summary.json → sources}.
 *
 * <p>Declared licence: what the source's manifest declares. Concluded licence: the AND of the
 * declared and every licence detected in its items, since each of them applies to some of its data
 * (the Data Provenance Initiative resolves several licences to the most restrictive, Longpre et al.
 * 2024); the package comment lists the conflicts. {@code builtTime}, {@code releaseTime} and {@code
 * originatedBy}, which the Dataset profile restricts to at least one value (spdx-3-model {@code
 * Dataset/Classes/DatasetPackage.md}), are left out: a scan cannot know them, and the package
 * comment says so rather than inventing them.
 */
final class Packages {
  private Packages() {}

  static DatasetPackage add(Elements el, SourceRow s, Set<DatasetType> types)
      throws InvalidSPDXAnalysisException {
    String id = String.valueOf(s.id());
    var b =
        el.doc
            .createDatasetPackage(el.prefix + "source-" + slug(id))
            .setName(s.name() == null ? id : s.name())
            .setSummary(id)
            .setComment(comment(s))
            .setPrimaryPurpose(SoftwarePurpose.DATA)
            .setHasSensitivePersonalInformation(
                s.itemsWithPii() > 0 || !s.sensitive().isEmpty()
                    ? PresenceType.YES
                    : PresenceType.NO_ASSERTION);
    if (types == null || types.isEmpty()) {
      b.addDatasetType(DatasetType.NO_ASSERTION);
    } else {
      types.forEach(b::addDatasetType);
    }
    long bytes = s.bytes();
    if (bytes >= 0 && bytes <= Integer.MAX_VALUE) {
      b.setDatasetSize((int) bytes);
    }
    String location = location(s.origin());
    if (location != null) {
      b.setDownloadLocation(location);
    }
    DatasetPackage pkg = el.add(b.build());
    el.doc.getRootElements().add(pkg);
    List<String> declared = s.declaredLicenses();
    List<String> concluded = new ArrayList<>(declared);
    concluded.addAll(s.detectedLicenses().keySet());
    el.licence(pkg, RelationshipType.HAS_DECLARED_LICENSE, declared);
    el.licence(pkg, RelationshipType.HAS_CONCLUDED_LICENSE, concluded);
    return pkg;
  }

  /** A URL as given, a local path as a {@code file:} URI, else null. */
  static String location(String origin) {
    if (origin == null || origin.isBlank()) {
      return null;
    }
    String lower = origin.toLowerCase(Locale.ROOT);
    try {
      if (lower.startsWith("http://") || lower.startsWith("https://")) {
        return URI.create(origin).toString();
      }
      Path p = Path.of(origin);
      return p.isAbsolute() ? p.toUri().toString() : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String comment(SourceRow s) {
    StringBuilder c = new StringBuilder("provscan source ");
    c.append(s.id()).append(" (").append(s.kind()).append("): ");
    c.append(s.items()).append(" items.");
    for (String conflict : s.conflicts()) {
      c.append(" Conflict: ").append(conflict).append('.');
    }
    SourceRow.OptOutShare o = s.optOut();
    if (o.pages() > 0) {
      c.append(" Opt-out: ").append(o.reservedPages()).append(" of ");
      c.append(o.pages()).append(" pages reserved.");
    }
    if (!s.verdicts().isEmpty()) {
      c.append(" Verdicts: ")
          .append(Json.mapper().<JsonNode>valueToTree(s.verdicts()).toString())
          .append('.');
    }
    for (String problem : s.problems()) {
      c.append(" Problem: ").append(problem).append('.');
    }
    c.append(" Build time, release time and originator are not stated: a scan cannot know them.");
    return c.toString();
  }

  /** An id fragment from a source id: its characters outside the safe set become {@code -}. */
  static String slug(String id) {
    return id.replaceAll("[^A-Za-z0-9._-]", "-") + "-" + Integer.toHexString(id.hashCode());
  }
}

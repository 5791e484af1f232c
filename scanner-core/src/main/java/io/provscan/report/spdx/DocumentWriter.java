package io.provscan.report.spdx;

import io.provscan.internal.Json;
import io.provscan.provenance.SourceRow;
import io.provscan.report.ScanOutput;
import io.provscan.summary.ScanSummary;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.spdx.core.DefaultModelStore;
import org.spdx.core.IModelCopyManager;
import org.spdx.core.InvalidSPDXAnalysisException;
import org.spdx.library.LicenseInfoFactory;
import org.spdx.library.ModelCopyManager;
import org.spdx.library.SpdxModelFactory;
import org.spdx.library.model.v3_0_1.SpdxModelClassFactoryV3;
import org.spdx.library.model.v3_0_1.core.CreationInfo;
import org.spdx.library.model.v3_0_1.core.ProfileIdentifierType;
import org.spdx.library.model.v3_0_1.core.SpdxDocument;
import org.spdx.library.model.v3_0_1.dataset.DatasetPackage;
import org.spdx.storage.simple.InMemSpdxStore;
import org.spdx.v3jsonldstore.JsonLDStore;

/** Builds one document in a fresh store and serialises it. One instance per document. */
final class DocumentWriter {
  private final ScanOutput scan;
  private final Chosen chosen;

  DocumentWriter(ScanOutput scan, Chosen chosen) {
    this.scan = scan;
    this.chosen = chosen;
  }

  SpdxReport.Stats write(OutputStream out) throws InvalidSPDXAnalysisException, IOException {
    SpdxModelFactory.init();
    IModelCopyManager copies = new ModelCopyManager();
    JsonLDStore store = new JsonLDStore(new InMemSpdxStore(), true);
    // Listed licences are referred to by their spdx.org URI, not copied into the document.
    store.setUseExternalListedElements(true);
    String base = "https://provscan.invalid/spdx/" + documentId(scan.summary());
    String prefix = base + "#";
    DefaultModelStore.initialize(store, base, copies);
    CreationInfo info =
        SpdxModelClassFactoryV3.createCreationInfo(
            store, prefix + "provscan", "provscan " + version(scan.summary()), copies);
    info.setCreated(created(scan.summary()));
    SpdxDocument doc =
        info.createSpdxDocument(prefix + "document")
            .setDataLicense(LicenseInfoFactory.getListedLicenseById("CC0-1.0"))
            .setName("provscan scan of " + roots(scan.summary()))
            .addProfileConformance(ProfileIdentifierType.CORE)
            .addProfileConformance(ProfileIdentifierType.SOFTWARE)
            .addProfileConformance(ProfileIdentifierType.SIMPLE_LICENSING)
            .addProfileConformance(ProfileIdentifierType.DATASET)
            .build();
    doc.setIdPrefix(prefix);
    Elements elements = new Elements(doc, prefix, chosen.names);
    Map<String, DatasetPackage> packages = new HashMap<>();
    List<SourceRow> sources = scan.sources();
    List<Chosen.FileEntry> files = chosen.files();
    boolean complete = files.size() == chosen.items;
    for (SourceRow source : sources) {
      String id = String.valueOf(source.id());
      packages.put(id, Packages.add(elements, source, chosen.types.get(id)));
    }
    Map<String, List<String>> declared = declaredBySource(sources);
    Map<String, List<org.spdx.library.model.v3_0_1.core.Element>> contents = new HashMap<>();
    for (Chosen.FileEntry f : files) {
      var file = FilesOf.add(elements, f, declared.getOrDefault(f.source(), List.of()));
      contents.computeIfAbsent(f.source(), k -> new ArrayList<>()).add(file);
    }
    contents.forEach(
        (source, list) -> {
          DatasetPackage pkg = packages.get(source);
          if (pkg != null) {
            elements.contains(pkg, list, complete);
          }
        });
    doc.setComment(comment(files.size(), sources.size()));
    store.serialize(out);
    return new SpdxReport.Stats(sources.size(), files.size(), chosen.items, elements.refCount());
  }

  private String comment(int files, int sources) {
    String s =
        "Written by provscan from "
            + scan.dir().getFileName()
            + "/summary.json and items.jsonl: "
            + sources
            + " sources, "
            + chosen.items
            + " items.";
    if (files < chosen.items) {
      s +=
          " Files listed: "
              + files
              + " of "
              + chosen.items
              + " (those with licence findings first); items.jsonl lists every item.";
    }
    return s;
  }

  private static Map<String, List<String>> declaredBySource(List<SourceRow> sources) {
    Map<String, List<String>> m = new HashMap<>();
    for (SourceRow s : sources) {
      m.put(String.valueOf(s.id()), s.declaredLicenses());
    }
    return m;
  }

  /** A stable id per scan, so re-rendering the same scan gives the same document ids. */
  static String documentId(ScanSummary summary) {
    String key =
        Objects.toString(summary.startedAt(), "")
            + "|"
            + Json.mapper().valueToTree(summary.roots()).toString();
    return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
  }

  private static String version(ScanSummary summary) {
    return summary.tool() == null || summary.tool().version() == null
        ? "unknown"
        : summary.tool().version();
  }

  private static String roots(ScanSummary summary) {
    return String.join(", ", summary.roots());
  }

  /** SPDX 3 DateTime: UTC to the second, {@code YYYY-MM-DDThh:mm:ssZ}. */
  static String created(ScanSummary summary) {
    try {
      return Instant.parse(summary.finishedAt()).truncatedTo(ChronoUnit.SECONDS).toString();
    } catch (RuntimeException e) {
      return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }
  }
}

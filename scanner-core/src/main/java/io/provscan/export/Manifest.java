package io.provscan.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.provscan.internal.AtomicFiles;
import io.provscan.internal.Json;
import io.provscan.provenance.SourceRow;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code croissant.json}: the export described as an MLCommons Croissant 1.1 dataset (JSON-LD): the
 * required dataset properties, each shard as a {@code cr:FileObject} with its SHA-256, one {@code
 * cr:RecordSet} whose fields are the text and its provenance, the licences of what was kept, {@code
 * prov:wasDerivedFrom} the scan, {@code rai:personalSensitiveInformation} saying what was
 * de-identified, and provscan's own counts of what was kept and dropped, per reason, source and
 * licence, under {@code provscan:export}.
 */
final class Manifest {
  /** The Croissant 1.1 conformance id. */
  static final String CONFORMS_TO = "http://mlcommons.org/croissant/1.1";

  /** provscan's own terms (an IRI that names, never resolves, like the SPDX namespaces). */
  static final String NAMESPACE = "https://provscan.invalid/ns/export#";

  private Manifest() {}

  static void write(
      Path dest,
      ExportOptions options,
      JsonNode summary,
      List<ShardFile> shards,
      Tally.State counts,
      ScanEntries entries)
      throws IOException {
    ObjectNode doc = build(dest, options, summary, shards, counts, entries);
    AtomicFiles.write(
        dest.resolve(Exporter.MANIFEST),
        o -> Json.mapper().writerWithDefaultPrettyPrinter().writeValue(o, doc));
  }

  static ObjectNode build(
      Path dest,
      ExportOptions options,
      JsonNode summary,
      List<ShardFile> shards,
      Tally.State counts,
      ScanEntries entries) {
    ObjectNode doc = Json.mapper().createObjectNode();
    doc.set("@context", context());
    doc.put("@type", "sc:Dataset");
    doc.put("conformsTo", CONFORMS_TO);
    Path scan = options.scan().toAbsolutePath().normalize();
    String name =
        options.name() != null
            ? options.name()
            : "export of " + (scan.getFileName() == null ? scan : scan.getFileName());
    doc.put("name", name);
    doc.put(
        "description",
        "Records that passed the policy of a provscan scan, with personal data de-identified: "
            + counts.kept()
            + " kept, "
            + counts.dropped()
            + " dropped (see provscan:export and "
            + Exporter.DROPPED
            + ").");
    doc.put("url", dest.toUri().toString());
    ObjectNode creator = doc.putObject("creator");
    creator.put("@type", "sc:Organization");
    creator.put("name", options.creator() == null ? "not stated" : options.creator());
    String finished = summary.path("finishedAt").asText("");
    doc.put("datePublished", finished.length() >= 10 ? finished.substring(0, 10) : finished);
    doc.put("version", "1.0.0");
    doc.set("license", licenses(counts));
    doc.set("distribution", distribution(options.format(), shards));
    doc.set("recordSet", recordSet());
    doc.set("prov:wasDerivedFrom", derivedFrom(scan, summary));
    doc.set("prov:wasGeneratedBy", generatedBy(options));
    doc.put("rai:personalSensitiveInformation", personalData(counts, options));
    doc.set("provscan:export", counts(counts, entries));
    return doc;
  }

  /** The terms of Croissant 1.1's context (as the Hub writes it), with RAI and provscan's. */
  static ObjectNode context() {
    ObjectNode c = Json.mapper().createObjectNode();
    c.put("@language", "en");
    c.put("@vocab", "https://schema.org/");
    for (String term :
        List.of(
            "arrayShape",
            "citeAs",
            "column",
            "containedIn",
            "extract",
            "field",
            "fileProperty",
            "fileObject",
            "fileSet",
            "format",
            "includes",
            "isArray",
            "isLiveDataset",
            "jsonPath",
            "key",
            "md5",
            "parentField",
            "path",
            "recordSet",
            "references",
            "regex",
            "repeated",
            "replace",
            "separator",
            "source",
            "subField",
            "transform")) {
      c.put(term, "cr:" + term);
    }
    c.put("conformsTo", "dct:conformsTo");
    c.put("cr", "http://mlcommons.org/croissant/");
    c.putObject("data").put("@id", "cr:data").put("@type", "@json");
    c.putObject("dataType").put("@id", "cr:dataType").put("@type", "@vocab");
    c.put("dct", "http://purl.org/dc/terms/");
    c.put("prov", "http://www.w3.org/ns/prov#");
    c.put("rai", "http://mlcommons.org/croissant/RAI/");
    c.put("sc", "https://schema.org/");
    c.put("provscan", NAMESPACE);
    return c;
  }

  /** The licences of the kept records, as SPDX URLs where they are SPDX ids. */
  private static ArrayNode licenses(Tally.State counts) {
    TreeSet<String> ids = new TreeSet<>();
    counts
        .licenses()
        .forEach(
            (expr, n) -> {
              if (n.getOrDefault(Tally.KEPT, 0L) > 0 && !expr.equals(Tally.NO_LICENSE)) {
                for (String id : expr.split("\\s+(?:AND|OR)\\s+|[()]")) {
                  if (!id.isBlank()) {
                    ids.add(id.strip());
                  }
                }
              }
            });
    ArrayNode out = Json.mapper().createArrayNode();
    for (String id : ids) {
      boolean spdx = !id.startsWith("LicenseRef-") && id.matches("[A-Za-z0-9.+-]+");
      out.add(spdx ? "https://spdx.org/licenses/" + id + ".html" : id);
    }
    return out;
  }

  private static ArrayNode distribution(ShardFormat format, List<ShardFile> shards) {
    ArrayNode out = Json.mapper().createArrayNode();
    ArrayNode ids = Json.mapper().createArrayNode();
    boolean gz = format == ShardFormat.JSONL_GZ;
    for (ShardFile s : shards) {
      ObjectNode f = out.addObject();
      f.put("@type", "cr:FileObject");
      f.put("@id", s.name());
      f.put("name", s.name());
      f.put("contentUrl", s.name());
      f.put("contentSize", s.bytes() + " B");
      f.put("encodingFormat", gz ? "application/x-gzip" : format.mediaType());
      f.put("sha256", s.sha256());
      f.put("provscan:records", s.records());
      ids.addObject().put("@id", s.name());
    }
    ObjectNode set = out.addObject();
    set.put("@type", "cr:FileSet");
    set.put("@id", "records-files");
    set.put("name", "records-files");
    set.put("description", "The records of every shard.");
    if (gz) {
      set.set("containedIn", ids); // each gzip member is one JSON Lines file
    }
    set.put("encodingFormat", format.mediaType());
    set.put("includes", gz ? "*" : "part-*." + format.extension());
    return out;
  }

  private static ArrayNode recordSet() {
    ArrayNode sets = Json.mapper().createArrayNode();
    ObjectNode rs = sets.addObject();
    rs.put("@type", "cr:RecordSet");
    rs.put("@id", "records");
    rs.put("name", "records");
    rs.put("description", "One record per exported item: its text and its provenance.");
    ArrayNode fields = rs.putArray("field");
    Map<String, String> about = fieldDescriptions();
    for (String name : ExportRecord.FIELDS) {
      ObjectNode f = fields.addObject();
      f.put("@type", "cr:Field");
      f.put("@id", "records/" + name);
      f.put("name", name);
      f.put("description", about.get(name));
      f.put("dataType", "sc:Text");
      if (name.equals("path") || name.equals("url")) {
        f.put("equivalentProperty", "prov:wasDerivedFrom");
      }
      ObjectNode source = f.putObject("source");
      source.putObject("fileSet").put("@id", "records-files");
      source.putObject("extract").put("column", name);
    }
    return sets;
  }

  private static Map<String, String> fieldDescriptions() {
    Map<String, String> m = new TreeMap<>();
    m.put("text", "The text, personal data replaced per type (see pii).");
    m.put("source", "The data source in the scan (a dataset, a web host, a top folder).");
    m.put("path", "Where the item is under its scan root (!/ into archives, #n for records).");
    m.put("url", "The URL it was captured from, when known.");
    m.put("sha256", "SHA-256 of the item's bytes, the same at scan and at export.");
    m.put("license", "Its licences as an SPDX expression; null when none is known.");
    m.put("licenseCategory", "The most restrictive category of those licences.");
    m.put("optOut", "reserved when the publisher reserved AI training or TDM, else none.");
    m.put("verdict", "The policy's verdict: allow, or review when reviews were included.");
    m.put("language", "The main language of the text (ISO 639-1).");
    m.put("pii", "JSON array: type, operator, start and end of each replaced value in text.");
    return m;
  }

  private static ObjectNode derivedFrom(Path scan, JsonNode summary) {
    ObjectNode e = Json.mapper().createObjectNode();
    e.put("@type", "prov:Entity");
    e.put("@id", "scan");
    e.put("name", "provscan scan");
    e.put("prov:locatedAt", scan.toUri().toString());
    e.put("prov:generatedAtTime", summary.path("finishedAt").asText(null));
    e.set("provscan:roots", summary.path("roots"));
    e.set("provscan:policy", summary.path("policy"));
    return e;
  }

  private static ObjectNode generatedBy(ExportOptions options) {
    ObjectNode a = Json.mapper().createObjectNode();
    a.put("@type", "prov:Activity");
    a.put("@id", "export");
    a.put("name", "provscan export");
    a.put(
        "description",
        "Items judged allow"
            + (options.includeReview() ? " or review" : "")
            + " were extracted again, checked against the scan's SHA-256 and de-identified.");
    a.set("prov:used", Json.mapper().createObjectNode().put("@id", "scan"));
    a.set("provscan:settings", Json.mapper().valueToTree(options.describe()));
    return a;
  }

  private static String personalData(Tally.State counts, ExportOptions options) {
    StringBuilder sb =
        new StringBuilder(
            "Personal data found by provscan's detectors was de-identified per type before"
                + " export");
    if (counts.deidentified().isEmpty()) {
      return sb.append("; none was found in the kept records.").toString();
    }
    sb.append(":");
    counts
        .deidentified()
        .forEach(
            (type, ops) ->
                ops.forEach(
                    (op, n) ->
                        sb.append(' ')
                            .append(type)
                            .append(' ')
                            .append(n)
                            .append(" × ")
                            .append(op)
                            .append(';')));
    sb.setLength(sb.length() - 1);
    if (options.operators().salt() != null) {
      sb.append(". Hashes are salted SHA-256; the salt is not in this dataset");
    }
    return sb.append('.').toString();
  }

  private static ObjectNode counts(Tally.State counts, ScanEntries entries) {
    ObjectNode n = Json.mapper().createObjectNode();
    n.put("kept", counts.kept());
    n.put("dropped", counts.dropped());
    n.put("droppedForInputProblems", counts.problems());
    n.set("droppedByReason", Json.mapper().valueToTree(counts.reasons()));
    n.set("byLicense", Json.mapper().valueToTree(counts.licenses()));
    ArrayNode sources = n.putArray("bySource");
    for (Map.Entry<String, Map<String, Long>> e : counts.sources().entrySet()) {
      ObjectNode s = sources.addObject();
      s.put("id", e.getKey());
      SourceRow row = entries.sources().get(e.getKey());
      if (row != null) {
        s.put("kind", row.kind());
        s.put("name", row.name());
        s.set("declaredLicenses", Json.mapper().valueToTree(row.declaredLicenses()));
        s.set(
            "detectedLicenses",
            Json.mapper().valueToTree(new TreeSet<>(row.detectedLicenses().keySet())));
      }
      s.put("kept", e.getValue().getOrDefault(Tally.KEPT, 0L));
      s.put("dropped", e.getValue().getOrDefault(Tally.DROPPED, 0L));
    }
    n.set("deidentified", Json.mapper().valueToTree(counts.deidentified()));
    n.set("inputProblems", Json.mapper().valueToTree(counts.problemItems()));
    n.put("droppedItems", Exporter.DROPPED);
    return n;
  }
}

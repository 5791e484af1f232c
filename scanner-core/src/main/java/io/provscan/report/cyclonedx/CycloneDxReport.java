package io.provscan.report.cyclonedx;

import io.provscan.internal.AtomicFiles;
import io.provscan.provenance.DataSource;
import io.provscan.provenance.SourceRow;
import io.provscan.record.ItemRecord;
import io.provscan.report.OutputFile;
import io.provscan.report.ScanOutput;
import io.provscan.summary.ScanSummary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cyclonedx.Version;
import org.cyclonedx.exception.GeneratorException;
import org.cyclonedx.generators.BomGeneratorFactory;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.ExternalReference;
import org.cyclonedx.model.License;
import org.cyclonedx.model.LicenseChoice;
import org.cyclonedx.model.Metadata;
import org.cyclonedx.model.OrganizationalEntity;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.component.data.ComponentData;
import org.cyclonedx.model.component.data.Governance;
import org.cyclonedx.model.license.Acknowledgement;
import org.cyclonedx.model.metadata.ToolInformation;

/**
 * Writes {@code provenance.cdx.json}, a CycloneDX 1.6 BOM of the scan's sources, from {@code
 * summary.json}: the same sources and licences as the SPDX document (declared licences are
 * acknowledged {@code declared}; licences detected in a source's items and not declared are {@code
 * concluded}, as SPDX's concluded licence holds them).
 */
public final class CycloneDxReport {
  /** The file name. */
  public static final String FILE = "provenance.cdx.json";

  /** The BOM as an output file, labelled {@code cdx}. */
  public static final OutputFile OUTPUT = new OutputFile(FILE, "cdx", o -> new Renderer());

  /** Property names carry this prefix (CycloneDX property taxonomy: one's own namespace). */
  static final String NS = "provscan:";

  private CycloneDxReport() {}

  /** The BOM of a finished scan. */
  public static Bom bom(ScanOutput scan) {
    Bom bom = new Bom();
    bom.setSerialNumber(
        "urn:uuid:" + UUID.nameUUIDFromBytes(id(scan.summary()).getBytes(StandardCharsets.UTF_8)));
    bom.setMetadata(metadata(scan.summary()));
    List<Component> components = new ArrayList<>();
    for (SourceRow s : scan.sources()) {
      components.add(component(s));
    }
    bom.setComponents(components);
    return bom;
  }

  /** The BOM as CycloneDX 1.6 JSON. */
  public static String json(ScanOutput scan) throws IOException {
    try {
      return BomGeneratorFactory.createJson(Version.VERSION_16, bom(scan)).toJsonString();
    } catch (GeneratorException e) {
      throw new IOException("the CycloneDX document could not be written", e);
    }
  }

  private static String id(ScanSummary s) {
    return String.join("\n", s.roots()) + "\n" + s.finishedAt();
  }

  private static Metadata metadata(ScanSummary s) {
    Metadata m = new Metadata();
    try {
      m.setTimestamp(Date.from(Instant.parse(s.finishedAt())));
    } catch (DateTimeParseException | NullPointerException e) {
      // an older or hand-edited summary: the BOM goes without a timestamp rather than a false one
    }
    Component tool = new Component();
    tool.setType(Component.Type.APPLICATION);
    tool.setName("provscan");
    tool.setVersion(s.tool() == null ? null : s.tool().version());
    ToolInformation tools = new ToolInformation();
    tools.setComponents(List.of(tool));
    m.setToolChoice(tools);
    s.roots().forEach(r -> m.addProperty(new Property(NS + "root", r)));
    return m;
  }

  static Component component(SourceRow s) {
    Component c = new Component();
    boolean model = DataSource.MODEL.equals(s.kind());
    c.setType(model ? Component.Type.MACHINE_LEARNING_MODEL : Component.Type.DATA);
    c.setBomRef(s.id());
    c.setName(s.name() == null ? s.id() : s.name());
    c.setLicenses(licences(s));
    if (s.origin() != null && s.origin().matches("(?i)https?://.*")) {
      ExternalReference ref = new ExternalReference();
      ref.setType(ExternalReference.Type.DISTRIBUTION);
      ref.setUrl(s.origin());
      c.addExternalReference(ref);
    }
    if (!model) {
      c.setData(List.of(data(s)));
    }
    c.addProperty(new Property(NS + "kind", String.valueOf(s.kind())));
    c.addProperty(new Property(NS + "items", Long.toString(s.items())));
    c.addProperty(new Property(NS + "bytes", Long.toString(s.bytes())));
    s.conflicts().forEach(x -> c.addProperty(new Property(NS + "conflict", x)));
    if (s.verdict() != null) {
      c.addProperty(new Property(NS + "verdict", s.verdict()));
    }
    Object base = s.facts().get("baseModel");
    if (base instanceof List<?> list) {
      list.forEach(b -> c.addProperty(new Property(NS + "baseModel", String.valueOf(b))));
    }
    return c;
  }

  private static ComponentData data(SourceRow s) {
    ComponentData d = new ComponentData();
    d.setType(ComponentData.ComponentDataType.DATASET);
    d.setName(s.name());
    d.setClassification(String.valueOf(s.kind()));
    List<String> sensitive = new ArrayList<>();
    s.pii().forEach((type, n) -> sensitive.add(type + " ×" + n));
    s.sensitive().forEach((cat, n) -> sensitive.add(cat + " ×" + n));
    if (!sensitive.isEmpty()) {
      d.setSensitiveData(sensitive);
    }
    Governance g = governance(s.facts());
    if (g != null) {
      d.setGovernance(g);
    }
    return d;
  }

  /** Creators and publishers a manifest names (Croissant {@code creators}, …) as owners. */
  private static Governance governance(Map<String, Object> facts) {
    List<Governance.DataGovernanceResponsibleParty> owners = new ArrayList<>();
    for (String key : List.of("creators", "publisher", "publishers")) {
      Object v = facts.get(key);
      List<?> names = v instanceof List<?> l ? l : v == null ? List.of() : List.of(v);
      for (Object name : names) {
        OrganizationalEntity org = new OrganizationalEntity();
        org.setName(String.valueOf(name));
        Governance.DataGovernanceResponsibleParty p =
            new Governance.DataGovernanceResponsibleParty();
        p.setOrganization(org);
        owners.add(p);
      }
    }
    if (owners.isEmpty()) {
      return null;
    }
    Governance g = new Governance();
    g.setOwners(owners);
    return g;
  }

  private static LicenseChoice licences(SourceRow s) {
    LicenseChoice choice = new LicenseChoice();
    s.declaredLicenses().forEach(l -> choice.addLicense(licence(l, Acknowledgement.DECLARED)));
    for (String l : s.detectedLicenses().keySet()) {
      if (!s.declaredLicenses().contains(l)) {
        choice.addLicense(licence(l, Acknowledgement.CONCLUDED));
      }
    }
    return choice.getLicenses() == null || choice.getLicenses().isEmpty() ? null : choice;
  }

  private static License licence(String id, Acknowledgement ack) {
    License l = new License();
    if (SpdxIds.accepted(id)) {
      l.setId(id);
    } else {
      l.setName(id);
    }
    l.setAcknowledgement(ack);
    return l;
  }

  private static final class Renderer implements OutputFile.Renderer {
    @Override
    public void add(ItemRecord record) {}

    @Override
    public String render(ScanOutput scan, Path file, long unreadable) throws IOException {
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.writeString(tmp, json(scan), StandardCharsets.UTF_8);
      AtomicFiles.replace(tmp, file);
      return scan.sources().size() + " components";
    }
  }
}

package io.provscan.detect.license;

import io.provscan.detect.DetectorInput;
import io.provscan.detect.LicenseFinding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Licences an item declares about itself: in a manifest ({@link ManifestDeclarations}: model card,
 * {@code package.json}, POM) and in document metadata ({@link MetadataDeclarations}: XMP {@code
 * cc:license}, {@code xmpRights:WebStatement}, {@code dc:rights} with a Creative Commons link).
 * Names go through the catalogue's aliases to SPDX ids or expressions; a name the catalogue does
 * not know is reported as {@code NOASSERTION} with the name kept ({@link DeclaredNames}).
 */
final class DeclaredFinder {
  /** Confidence of a licence declared in a manifest or card: {@value}. */
  static final double DECLARED = 0.9;

  /** Confidence of a licence named in free-text metadata: {@value}. */
  static final double METADATA = 0.7;

  private final ManifestDeclarations manifests;
  private final MetadataDeclarations metadata;

  DeclaredFinder(LicenseKnowledge knowledge, FindingFactory factory) {
    this.manifests = new ManifestDeclarations(knowledge, new DeclaredNames(knowledge, factory));
    this.metadata = new MetadataDeclarations(knowledge, factory);
  }

  /** Everything {@code input} declares: its manifest's licences first, then its metadata's. */
  List<LicenseFinding> find(DetectorInput input) {
    List<LicenseFinding> out = new ArrayList<>();
    String text = input.text() == null ? "" : input.text();
    manifests.find(input.name().toLowerCase(Locale.ROOT), text, out);
    metadata.find(input.metadata(), out);
    return out;
  }
}

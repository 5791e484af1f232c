package io.provscan.detect.license;

import io.provscan.detect.LicenseFinding;
import java.util.Locale;

/**
 * What kind of evidence a licence finding rests on, in the words a reader of {@code provscan
 * explain} needs: a full text matched word for word or closely, an SPDX tag, a licence's standard
 * notice or a notice in its own words, a reference by name, a link to a licence's page, a pointer
 * to where a licence text is, a declaration. Derived from the finding's basis, confidence, evidence
 * and notes, so it needs no field of its own in the output files.
 */
public enum EvidenceKind {
  /** A licence text matched word for word under the SPDX matching guidelines. */
  FULL_TEXT("full licence text, exact match"),
  /** A licence text matched with differences (what differs is in the notes). */
  CLOSE_TEXT("licence text, close match"),
  /**
   * The first part of a licence text (a text without its disclaimer, or cut by the file's end); the
   * confidence is the share of the licence's words present.
   */
  PARTIAL_TEXT("partial licence text, with its coverage"),
  /** An {@code SPDX-License-Identifier} tag. */
  SPDX_TAG("SPDX-License-Identifier tag"),
  /** A licence's standard header, its granting sentence word for word. */
  STANDARD_NOTICE("standard licence notice (the licence's own header)"),
  /** A notice in a standard notice's words that names its licence its own way. */
  NOTICE("licence notice"),
  /** A notice or sentence that names a licence. */
  REFERENCE("reference by name"),
  /** A link to a licence's page (SPDX list, steward, Creative Commons). */
  URL("link to the licence's page"),
  /** A sentence that only says where a licence's text is. */
  POINTER("pointer to the licence text, not a grant"),
  /** A field where the item declares its licence (card, manifest, package metadata). */
  DECLARATION("declared licence field"),
  /** A metadata field of the file (XMP, dc:rights). */
  METADATA("file metadata field");

  private final String label;

  EvidenceKind(String label) {
    this.label = label;
  }

  /** The words shown for this kind. */
  public String label() {
    return label;
  }

  /**
   * The kind of evidence of a finding in words, and whether it is the licence of bundled
   * third-party code rather than the item's own.
   */
  public static String describe(LicenseFinding f) {
    EvidenceKind kind = of(f);
    String coverage =
        kind == PARTIAL_TEXT
            ? ": " + Math.round(f.confidence() * 100) + "% of the licence's words"
            : "";
    String bundled = isBundled(f) ? " (bundled third-party code, not the item's own)" : "";
    return kind.label() + coverage + bundled;
  }

  /** Whether a finding is the licence of code the item bundles, after its own licence. */
  public static boolean isBundled(LicenseFinding f) {
    return Bundles.isBundled(f);
  }

  /** The kind of evidence of a finding. */
  public static EvidenceKind of(LicenseFinding f) {
    switch (f.basis()) {
      case "text":
        if (PartialTexts.isPartial(f.notes())) {
          return PARTIAL_TEXT;
        }
        return f.confidence() >= 1.0 ? FULL_TEXT : CLOSE_TEXT;
      case "tag":
        return SPDX_TAG;
      case "notice":
        return f.confidence() >= ReferenceFinder.STANDARD_NOTICE ? STANDARD_NOTICE : NOTICE;
      case "declared":
        return DECLARATION;
      case "metadata":
        return METADATA;
      default:
        return reference(f);
    }
  }

  private static EvidenceKind reference(LicenseFinding f) {
    if (NoticeLinks.isPointer(f)) {
      return POINTER;
    }
    boolean link = f.evidence() != null && f.evidence().toLowerCase(Locale.ROOT).startsWith("http");
    return link ? URL : REFERENCE;
  }
}

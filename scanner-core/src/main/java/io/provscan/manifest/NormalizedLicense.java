package io.provscan.manifest;

import java.util.Optional;

/**
 * A licence a manifest declares, normalised.
 *
 * @param id the SPDX id, a {@code LicenseRef-} id, {@code NOASSERTION}, or the value as written
 *     when it is ambiguous or not recognised
 * @param asWritten the value as the manifest writes it
 * @param kind how sure the id is
 */
public record NormalizedLicense(String id, String asWritten, Kind kind) {
  /** SPDX's word for "the licence is not stated": {@value}. */
  public static final String NOASSERTION = "NOASSERTION";

  /** How sure a normalised id is. */
  public enum Kind {
    /** An id of the SPDX licence list. */
    SPDX,
    /**
     * A {@code LicenseRef-} id for a licence not on the SPDX list (model licences, custom terms).
     */
    LICENSE_REF,
    /** The manifest says the licence is unknown or not specified. */
    NO_ASSERTION,
    /** A family without a version ({@code gpl}, {@code cc}, {@code bsd}): kept as written. */
    AMBIGUOUS,
    /** Not a name provscan knows: kept as written. */
    UNRECOGNISED
  }

  /** The problem a reviewer should see about this declaration, if any. */
  public Optional<String> problem() {
    return switch (kind) {
      case AMBIGUOUS ->
          Optional.of(
              "licence '"
                  + asWritten
                  + "' names a licence family without a version; provscan does not guess which");
      case UNRECOGNISED ->
          Optional.of("licence '" + asWritten + "' is not a licence id provscan recognises");
      default -> Optional.empty();
    };
  }
}

package io.provscan.sitepolicy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The policy files known for one origin, with notes on what could not be had.
 *
 * @param origin {@code scheme://host[:port]}
 * @param files the files found, by kind; a kind is missing when nothing is known of it
 * @param notes what went wrong on the way (a redirect not followed, a fetch that timed out)
 */
public record SiteFiles(String origin, Map<PolicyKind, PolicyFile> files, List<String> notes) {
  /** Copies the maps. */
  public SiteFiles {
    Map<PolicyKind, PolicyFile> copy = new EnumMap<>(PolicyKind.class);
    copy.putAll(files);
    files = java.util.Collections.unmodifiableMap(copy);
    notes = List.copyOf(notes);
  }

  /** Nothing known for the origin. */
  public static SiteFiles none(String origin) {
    return new SiteFiles(origin, Map.of(), List.of());
  }

  /** The file of a kind, if known. */
  public Optional<PolicyFile> file(PolicyKind kind) {
    return Optional.ofNullable(files.get(kind));
  }

  /** These files, with the kinds this one lacks taken from {@code other}. */
  public SiteFiles orElse(SiteFiles other) {
    Map<PolicyKind, PolicyFile> merged = new EnumMap<>(PolicyKind.class);
    merged.putAll(other.files);
    merged.putAll(files);
    List<String> allNotes = new ArrayList<>(notes);
    allNotes.addAll(other.notes);
    return new SiteFiles(origin, merged, allNotes);
  }
}

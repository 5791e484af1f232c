package io.provscan.manifest;

/**
 * Files a manifest names by a glob (a Croissant {@code FileSet}'s {@code includes}, a Hugging Face
 * {@code data_files} pattern); at least one scanned item is expected to match.
 *
 * @param glob the pattern relative to the scan root ({@code *} within a segment, {@code **} across)
 * @param declaredAs how the manifest writes it
 */
public record FilePattern(String glob, String declaredAs) {}

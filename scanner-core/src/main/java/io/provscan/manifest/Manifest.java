package io.provscan.manifest;

import io.provscan.provenance.DataSource;
import java.util.ArrayList;
import java.util.List;

/**
 * One manifest read before the scan.
 *
 * @param root the scan root it lies in, absolute
 * @param path its path relative to the root
 * @param format the id of its format ({@link #HF_CARD}, {@link #CROISSANT}, …)
 * @param source the source it declares, with its licences, facts and the problems found reading it
 * @param files the files it lists that are expected in the scan
 * @param patterns the globs it lists that are expected to match scanned files
 */
public record Manifest(
    String root,
    String path,
    String format,
    DataSource source,
    List<ListedFile> files,
    List<FilePattern> patterns) {
  /** A Hugging Face dataset or model card: YAML front matter of {@code README.md}. */
  public static final String HF_CARD = "huggingface-card";

  /** An MLCommons Croissant JSON-LD file. */
  public static final String CROISSANT = "croissant";

  /** A Frictionless {@code datapackage.json}. */
  public static final String FRICTIONLESS = "frictionless";

  /** Copies the lists. */
  public Manifest {
    files = List.copyOf(files);
    patterns = List.copyOf(patterns);
  }

  /** The same manifest with more problems on its source. */
  public Manifest withProblems(List<String> more) {
    List<String> problems = new ArrayList<>(source.problems());
    problems.addAll(more);
    DataSource s =
        new DataSource(
            source.id(),
            source.kind(),
            source.name(),
            source.origin(),
            source.declaredLicenses(),
            source.facts(),
            problems);
    return new Manifest(root, path, format, s, files, patterns);
  }

  /** The folder the manifest lies in, relative to the root ({@code ""} for the root itself). */
  public String folder() {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }
}

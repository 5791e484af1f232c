package io.provscan.spark;

import io.provscan.source.Excludes;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Lists the job's inputs through Hadoop's file systems (local, {@code hdfs://}, {@code s3a://},
 * whatever the cluster provides), naming each file as the CLI names it: a file given on its own
 * belongs to its folder and is named by its file name; a file in a folder given is named by its
 * path below that folder.
 */
final class Inputs {
  private Inputs() {}

  /**
   * Every file of the inputs, as units of whole files, in a stable order; files of a folder whose
   * path below it {@code excludes} matches are left out, as the CLI's walk leaves them out (a file
   * named on its own is scanned).
   */
  static List<Unit> list(List<String> inputs, Excludes excludes, Configuration conf)
      throws IOException {
    List<Unit> files = new ArrayList<>();
    for (String input : inputs) {
      org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(input);
      FileSystem fs = p.getFileSystem(conf);
      if (fs instanceof LocalFileSystem checksummed) {
        // the local file system hides Hadoop's .crc files; the CLI walks them like any file
        fs = checksummed.getRaw();
      }
      FileStatus status = fs.getFileStatus(p);
      org.apache.hadoop.fs.Path q = status.getPath();
      if (status.isFile()) {
        files.add(Unit.file(root(q.getParent()), q.getName(), q.toString(), status.getLen()));
        continue;
      }
      String base = q.toUri().getPath();
      List<Unit> found = new ArrayList<>();
      RemoteIterator<LocatedFileStatus> it = fs.listFiles(q, true);
      while (it.hasNext()) {
        LocatedFileStatus f = it.next();
        String rel = f.getPath().toUri().getPath().substring(base.length()).replaceFirst("^/", "");
        if (excluded(rel, excludes)) {
          continue;
        }
        found.add(Unit.file(root(q), rel, f.getPath().toString(), f.getLen()));
      }
      found.sort((x, y) -> x.path().compareTo(y.path()));
      files.addAll(found);
    }
    return files;
  }

  /**
   * True when {@code rel} or one of its folders is excluded: the CLI's walk does not enter an
   * excluded folder, so {@code build} leaves out {@code build/a.txt} as {@code *.log} leaves out
   * {@code logs/x.log}.
   */
  static boolean excluded(String rel, Excludes excludes) {
    for (int slash = rel.indexOf('/'); slash > 0; slash = rel.indexOf('/', slash + 1)) {
      if (excludes.matches(rel.substring(0, slash))) {
        return true;
      }
    }
    return excludes.matches(rel);
  }

  /** The local roots among the inputs' roots (for manifests), as local paths. */
  static List<Path> localRoots(List<Unit> units) {
    return units.stream()
        .map(Unit::root)
        .distinct()
        .filter(r -> !r.contains("://"))
        .map(Path::of)
        .toList();
  }

  /** True when a Hadoop URI is on the local file system. */
  static boolean local(String uri) {
    return uri.startsWith("file:") || !uri.contains(":");
  }

  /** A root as items name it: a local folder as its path, any other as its URI. */
  private static String root(org.apache.hadoop.fs.Path folder) {
    return "file".equals(folder.toUri().getScheme())
        ? Path.of(folder.toUri()).toString()
        : folder.toString();
  }
}

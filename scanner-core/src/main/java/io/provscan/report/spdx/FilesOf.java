package io.provscan.report.spdx;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.spdx.core.InvalidSPDXAnalysisException;
import org.spdx.library.model.v3_0_1.core.HashAlgorithm;
import org.spdx.library.model.v3_0_1.core.RelationshipType;
import org.spdx.library.model.v3_0_1.software.FileKindType;
import org.spdx.library.model.v3_0_1.software.SpdxFile;

/**
 * One {@code software_File} per listed item, with its SHA-256. Declared licence: the licences found
 * in the file itself. Concluded licence: those and the licences its source declares, since a file
 * of a dataset is governed by the dataset's licence unless it says more.
 */
final class FilesOf {
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern MEDIA_TYPE = Pattern.compile("[^/\\s]+/[^/\\s]+");

  private FilesOf() {}

  static SpdxFile add(Elements el, Chosen.FileEntry f, List<String> sourceDeclared)
      throws InvalidSPDXAnalysisException {
    var b =
        el.doc
            .createSpdxFile(el.prefix + "file-" + el.nextFile())
            .setName(f.path())
            .setFileKind(FileKindType.FILE);
    if (f.sha256() != null && SHA256.matcher(f.sha256()).matches()) {
      b.addVerifiedUsing(
          el.doc
              .createHash(el.anonymous())
              .setAlgorithm(HashAlgorithm.SHA256)
              .setHashValue(f.sha256())
              .build());
    }
    if (f.mediaType() != null && MEDIA_TYPE.matcher(f.mediaType()).matches()) {
      b.setContentType(f.mediaType());
    }
    if (f.failure() != null) {
      b.setComment(f.failure());
    }
    SpdxFile file = el.add(b.build());
    el.licence(file, RelationshipType.HAS_DECLARED_LICENSE, f.licences());
    List<String> concluded = new ArrayList<>(f.licences());
    concluded.addAll(sourceDeclared);
    el.licence(file, RelationshipType.HAS_CONCLUDED_LICENSE, concluded);
    return file;
  }
}

package io.provscan.detect.license;

import io.provscan.detect.LicenseFinding;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Licences named in document metadata: XMP {@code cc:license}, {@code xmpRights:WebStatement},
 * {@code dc:rights} and the like. A licence URL there is a declaration; a licence name in the free
 * text of a rights field is weaker ({@link DeclaredFinder#METADATA}).
 */
final class MetadataDeclarations {
  /** Metadata fields that hold a licence URL or statement (names compared without case). */
  private static final List<String> FIELDS =
      List.of(
          "cc:license",
          "xmprights:webstatement",
          "xmprights:usageterms",
          "dc:rights",
          "license",
          "dcterms:license",
          "dcterms:rights");

  private final LicenseKnowledge knowledge;
  private final FindingFactory factory;

  MetadataDeclarations(LicenseKnowledge knowledge, FindingFactory factory) {
    this.knowledge = knowledge;
    this.factory = factory;
  }

  /** Adds to {@code out} the licences the rights fields of {@code metadata} name. */
  void find(Map<String, List<String>> metadata, List<LicenseFinding> out) {
    for (Map.Entry<String, List<String>> e : metadata.entrySet()) {
      if (!FIELDS.contains(e.getKey().toLowerCase(Locale.ROOT))) {
        continue;
      }
      for (String v : e.getValue()) {
        if (!url(e.getKey(), v, out)) {
          name(e.getKey(), v, out);
        }
      }
    }
  }

  /** The first licence URL of a value not found yet; true when one was added. */
  private boolean url(String field, String value, List<LicenseFinding> out) {
    Matcher m = UrlIndex.IN_TEXT.matcher(value);
    while (m.find()) {
      String id = knowledge.urls().id(m.group());
      if (id != null && isNew(id, out)) {
        out.add(
            factory.expression(
                id, "declared", DeclaredFinder.DECLARED, null, field + ": " + m.group()));
        return true;
      }
    }
    return false;
  }

  /** The first licence name of at least two words in a value, not found yet. */
  private void name(String field, String value, List<LicenseFinding> out) {
    List<String> words = NameResolver.words(value);
    for (int i = 0; i < words.size(); i++) {
      NameResolver.Resolution r = knowledge.names().inText(words, i);
      if (r != null && r.end() - i >= 2 && isNew(r.target(), out)) {
        out.add(
            factory.expression(
                r.target(),
                "metadata",
                DeclaredFinder.METADATA,
                null,
                Snippets.cut(field + ": " + value)));
        return;
      }
    }
  }

  private static boolean isNew(String spdx, List<LicenseFinding> out) {
    return out.stream().noneMatch(f -> f.spdx().equals(spdx));
  }
}

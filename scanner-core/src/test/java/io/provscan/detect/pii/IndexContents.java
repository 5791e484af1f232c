package io.provscan.detect.pii;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Reads every indexed term and every stored value of an index through Lucene (its files compress
 * terms, so a byte search of them can miss a value).
 */
final class IndexContents {
  private IndexContents() {}

  /** "field: value…" for each indexed term or stored value that contains one of {@code values}. */
  static List<String> containing(Path index, List<String> values) throws IOException {
    List<String> found = new ArrayList<>();
    try (FSDirectory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        for (FieldInfo field : leaf.reader().getFieldInfos()) {
          Terms terms = leaf.reader().terms(field.name);
          if (terms == null) {
            continue;
          }
          TermsEnum e = terms.iterator();
          for (BytesRef t = e.next(); t != null; t = e.next()) {
            check(field.name, t.utf8ToString(), values, found);
          }
        }
        StoredFields stored = leaf.reader().storedFields();
        for (int d = 0; d < leaf.reader().maxDoc(); d++) {
          Document doc = stored.document(d);
          for (IndexableField f : doc.getFields()) {
            if (f.stringValue() != null) {
              check(f.name(), f.stringValue(), values, found);
            }
          }
        }
      }
    }
    return found;
  }

  private static void check(String field, String text, List<String> values, List<String> found) {
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    for (String v : values) {
      if (lower.contains(v.toLowerCase(java.util.Locale.ROOT))) {
        found.add(field + ": " + v.substring(0, Math.min(4, v.length())) + "…");
      }
    }
  }
}

package io.provscan.index;

import io.provscan.detect.LicenseFinding;
import io.provscan.detect.OptOut;
import io.provscan.detect.PiiFinding;
import io.provscan.internal.ItemKey;
import io.provscan.record.ItemRecord;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

/** Turns a finished record (and its text) into a Lucene document. Stateless. */
final class DocumentMapper {
  private final boolean storeText;
  private final int maxChars;

  DocumentMapper(boolean storeText, int maxChars) {
    this.storeText = storeText;
    this.maxChars = maxChars;
  }

  Document map(ItemRecord r, String text, boolean duplicate) {
    Document doc = new Document();
    // Exact, not analysed: a resumed scan deletes by it the documents items.jsonl lacks.
    doc.add(
        new StringField(
            IndexSchema.KEY, ItemKey.text(ItemKey.of(r.root(), r.path())), Field.Store.NO));
    keyword(doc, "path", r.path());
    keyword(doc, "parent", r.parent());
    doc.add(new StoredField(IndexSchema.ROOT, r.root()));
    keyword(doc, "url", r.url());
    keyword(doc, "host", host(r.url()));
    keyword(doc, "sha256", r.sha256());
    keyword(doc, "mediaType", r.mediaType());
    keyword(doc, "charset", r.charset());
    keyword(doc, "language", r.language());
    keyword(doc, "status", r.status().name().toLowerCase(Locale.ROOT));
    keyword(doc, "error", r.error() == null ? null : r.error().kind().json());
    keyword(doc, "container", r.isContainer() ? "true" : null);
    keyword(doc, "truncated", r.truncated() ? "true" : null);
    keyword(doc, "verdict", r.verdict());
    keyword(doc, "duplicate", duplicate ? "true" : null);
    number(doc, "size", r.size() == null ? -1 : r.size());
    number(doc, "chars", r.chars());
    metadata(doc, r.metadata());
    licenses(doc, r.licenses());
    optOut(doc, r.optOut());
    pii(doc, r.pii(), r.sensitive());
    if (text != null && !text.isEmpty()) {
      String indexed = text.length() > maxChars ? text.substring(0, maxChars) : text;
      doc.add(
          new TextField(IndexSchema.TEXT, indexed, storeText ? Field.Store.YES : Field.Store.NO));
    }
    return doc;
  }

  private static void metadata(Document doc, Map<String, List<String>> metadata) {
    for (Map.Entry<String, List<String>> e : metadata.entrySet()) {
      boolean title = e.getKey().equalsIgnoreCase("dc:title");
      for (String v : e.getValue()) {
        doc.add(new TextField(title ? "title" : "meta", v, Field.Store.NO));
      }
    }
  }

  private static void licenses(Document doc, List<LicenseFinding> licenses) {
    Set<String> ids = new LinkedHashSet<>();
    Set<String> categories = new LinkedHashSet<>();
    Set<String> bases = new LinkedHashSet<>();
    Set<String> clauses = new LinkedHashSet<>();
    for (LicenseFinding l : licenses) {
      ids.add(l.spdx());
      categories.add(l.category());
      bases.add(l.basis());
      l.clauses().forEach(c -> clauses.add(c.id()));
    }
    ids.forEach(v -> keyword(doc, "license", v));
    categories.forEach(v -> keyword(doc, "licenseCategory", v));
    bases.forEach(v -> keyword(doc, "licenseBasis", v));
    clauses.forEach(v -> keyword(doc, "clause", v));
  }

  private static void optOut(Document doc, OptOut optOut) {
    keyword(doc, "reserved", Boolean.toString(optOut.reserved()));
    Set<String> types = new LinkedHashSet<>();
    Set<String> agents = new LinkedHashSet<>();
    for (OptOut.Signal s : optOut.signals()) {
      types.add(s.type());
      agents.addAll(s.agents());
    }
    types.forEach(v -> keyword(doc, "signal", v));
    agents.forEach(v -> keyword(doc, "agent", v));
  }

  private static void pii(Document doc, List<PiiFinding> pii, Map<String, Integer> sensitive) {
    Set<String> types = new LinkedHashSet<>();
    pii.forEach(p -> types.add(p.type()));
    types.forEach(v -> keyword(doc, "pii", v));
    sensitive.keySet().forEach(v -> keyword(doc, "sensitive", v));
  }

  private static void keyword(Document doc, String name, String value) {
    if (value != null && !value.isEmpty()) {
      doc.add(new Field(name, value, IndexSchema.KEYWORD));
    }
  }

  private static void number(Document doc, String name, long value) {
    doc.add(new LongPoint(name, value));
    doc.add(new StoredField(name, value));
  }

  static String host(String url) {
    if (url == null) {
      return null;
    }
    try {
      String host = URI.create(url.trim()).getHost();
      return host == null ? null : host.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}

package io.provscan.report.spdx;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.spdx.core.InvalidSPDXAnalysisException;
import org.spdx.library.LicenseInfoFactory;
import org.spdx.library.model.v3_0_1.core.Element;
import org.spdx.library.model.v3_0_1.core.Relationship;
import org.spdx.library.model.v3_0_1.core.RelationshipCompleteness;
import org.spdx.library.model.v3_0_1.core.RelationshipType;
import org.spdx.library.model.v3_0_1.core.SpdxDocument;
import org.spdx.library.model.v3_0_1.simplelicensing.LicenseExpression;
import org.spdx.library.model.v3_0_1.simplelicensing.SimpleLicensingText;
import org.spdx.storage.IModelStore;

/**
 * Creates the document's elements and adds each one to the document as it is created: the library
 * writes only elements the document holds, and a relationship to an element it does not hold would
 * leave a dangling reference in the output (research notes §4.4, "Pitfall"). Licence expressions
 * and {@code LicenseRef-} texts are created once and shared.
 */
final class Elements {
  private static final Pattern REF = Pattern.compile("LicenseRef-[A-Za-z0-9.-]+");

  final SpdxDocument doc;
  final String prefix;
  private final Expressions expressions =
      new Expressions(
          LicenseInfoFactory::listedLicenseIdCaseSensitive,
          LicenseInfoFactory::listedExceptionIdCaseSensitive);
  private final Map<String, LicenseExpression> byExpression = new HashMap<>();
  private final Map<String, SimpleLicensingText> texts = new HashMap<>();
  private int licences;
  private int relationships;
  private int files;

  private final Map<String, String> names;

  /**
   * @param names display names of the licence strings found (from the licence findings), for the
   *     {@code LicenseRef-} texts
   */
  Elements(SpdxDocument doc, String prefix, Map<String, String> names) {
    this.doc = doc;
    this.prefix = prefix;
    this.names = names;
  }

  /** Adds an element the document holds. */
  <T extends Element> T add(T element) {
    doc.getElements().add(element);
    return element;
  }

  String anonymous() throws InvalidSPDXAnalysisException {
    return doc.getModelStore().getNextId(IModelStore.IdType.Anonymous);
  }

  /**
   * Relates {@code from} to the AND of {@code licences} ({@code hasDeclaredLicense} or {@code
   * hasConcludedLicense}); nothing when no licence is left.
   */
  void licence(Element from, RelationshipType type, Collection<String> licences)
      throws InvalidSPDXAnalysisException {
    Map<String, String> refs = new LinkedHashMap<>();
    String expression = expressions.conjunction(licences, refs);
    if (expression.isEmpty()) {
      return;
    }
    LicenseExpression e = expression(expression, refs);
    add(
        doc.createRelationship(prefix + "relationship-" + ++relationships)
            .setRelationshipType(type)
            .setFrom(from)
            .addTo(e)
            .build());
  }

  /** {@code from contains tos}; incomplete when the document leaves files out. */
  void contains(Element from, List<Element> tos, boolean complete) {
    try {
      Relationship r =
          doc.createRelationship(prefix + "relationship-" + ++relationships)
              .setRelationshipType(RelationshipType.CONTAINS)
              .setFrom(from)
              .setCompleteness(
                  complete
                      ? RelationshipCompleteness.COMPLETE
                      : RelationshipCompleteness.INCOMPLETE)
              .build();
      r.getTos().addAll(tos);
      add(r);
    } catch (InvalidSPDXAnalysisException e) {
      throw new IllegalStateException("cannot relate " + from.getObjectUri(), e);
    }
  }

  private LicenseExpression expression(String expression, Map<String, String> refs)
      throws InvalidSPDXAnalysisException {
    LicenseExpression known = byExpression.get(expression);
    if (known != null) {
      return known;
    }
    var builder =
        doc.createLicenseExpression(prefix + "license-" + ++licences)
            .setLicenseExpression(expression)
            .setLicenseListVersion(LicenseInfoFactory.getLicenseListVersion());
    Matcher m = REF.matcher(expression);
    while (m.find()) {
      String id = m.group();
      SimpleLicensingText text = text(id, refs.getOrDefault(id, id));
      builder.addCustomIdToUri(
          doc.createDictionaryEntry(anonymous()).setKey(id).setValue(text.getObjectUri()).build());
    }
    LicenseExpression e = add(builder.build());
    byExpression.put(expression, e);
    return e;
  }

  /** The element that says what a {@code LicenseRef-} stands for. */
  private SimpleLicensingText text(String id, String original) throws InvalidSPDXAnalysisException {
    SimpleLicensingText known = texts.get(id);
    if (known != null) {
      return known;
    }
    String name = names.getOrDefault(original, original);
    SimpleLicensingText t =
        add(
            doc.createSimpleLicensingText(prefix + id)
                .setName(name)
                .setLicenseText(
                    "A licence that is not on the SPDX License List "
                        + LicenseInfoFactory.getLicenseListVersion()
                        + ": "
                        + name
                        + ". provscan records where it was found (items.jsonl, field licenses)"
                        + " but not its full text.")
                .setComment("provscan name: " + original)
                .build());
    texts.put(id, t);
    return t;
  }

  /** A number for the next file's id. */
  int nextFile() {
    return ++files;
  }

  int refCount() {
    return texts.size();
  }
}

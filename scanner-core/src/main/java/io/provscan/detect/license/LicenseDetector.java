package io.provscan.detect.license;

import io.provscan.detect.Detector;
import io.provscan.detect.DetectorInput;
import io.provscan.detect.Findings;
import io.provscan.detect.LicenseFinding;
import io.provscan.licensedb.LicenseEntry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * The licence detector: full licence texts (basis {@code text}), {@code SPDX-License-Identifier}
 * tags ({@code tag}), standard notices and headers ({@code notice}), other notices and links
 * ({@code reference}) and what the item declares about itself ({@code declared}, {@code metadata}).
 * An exception joins the grant it adds to as {@code X WITH Y} ({@link WithExceptions}); pointers to
 * a licence's text and links to where a notice's copy is are not grants ({@link NoticeLinks});
 * licences of bundled third-party code after the item's own are noted as such ({@link Bundles}).
 * Stateless and thread-safe; all it knows is compiled once in {@link LicenseKnowledge}. Only a
 * bounded window of a huge text is read (see {@link Window}), so the time per item is bounded too.
 */
public final class LicenseDetector implements Detector {
  /** The index of the tag in {@link #KEYWORDS}; the rest are the reference finder's. */
  static final int TAG_WORD = 0;

  /** Everything the tag and reference finders look for, found in one pass per segment. */
  private static final Keywords KEYWORDS = keywords();

  private final LicenseKnowledge knowledge;
  private final FullTextFinder texts;
  private final TagFinder tags;
  private final ReferenceFinder references;
  private final DeclaredFinder declared;
  private final WithExceptions exceptions;

  /** A detector over the bundled catalogue (compiled on first use). */
  public LicenseDetector() {
    this(LicenseKnowledge.get());
  }

  /** A detector over the given knowledge. */
  public LicenseDetector(LicenseKnowledge knowledge) {
    this.knowledge = knowledge;
    FindingFactory factory = new FindingFactory(knowledge);
    this.texts = new FullTextFinder(knowledge, factory);
    this.tags = new TagFinder(factory);
    this.references = new ReferenceFinder(knowledge, factory);
    this.declared = new DeclaredFinder(knowledge, factory);
    this.exceptions = new WithExceptions(knowledge, factory);
  }

  @Override
  public String name() {
    return "license";
  }

  @Override
  public Findings detect(DetectorInput input) {
    List<LicenseFinding> found = find(input);
    return found.isEmpty() ? Findings.EMPTY : Findings.ofLicenses(found);
  }

  /** Every licence finding of {@code input}: texts, tags, references, then declarations. */
  public List<LicenseFinding> find(DetectorInput input) {
    String text = input.text() == null ? "" : input.text();
    List<LicenseFinding> out = new ArrayList<>();
    Map<String, LicenseFinding> tagged = new LinkedHashMap<>();
    Map<String, LicenseFinding> referenced = new LinkedHashMap<>();
    Tokenizer tokenizer = knowledge.reading();
    for (Window.Segment s : Window.of(text)) {
      out.addAll(texts.find(s, tokenizer));
      Keywords.Hits hits = KEYWORDS.scan(s);
      tags.find(s, hits, tagged);
      references.find(s, hits, out, referenced);
    }
    out.addAll(tagged.values());
    // Declarations first in the comparison, so that a card's "license: llama2" line, which the
    // reference finder also reads, is reported once, as what it is: a declaration.
    List<LicenseFinding> declarations = declared.find(input);
    List<LicenseFinding> references = NoticeLinks.kept(referenced.values(), out, text);
    addNewReferences(references, out, declarations, this::addsTo);
    out = GnuFamilies.withoutImprecise(out);
    out = exceptions.joined(out, text);
    out = Bundles.marked(out, text);
    out.addAll(declarations);
    return out;
  }

  private static Keywords keywords() {
    List<String> words = new ArrayList<>();
    words.add(TagFinder.TAG);
    words.addAll(ReferenceFinder.keywords());
    return new Keywords(words);
  }

  /**
   * Adds to {@code out} the references that neither it nor the declarations already hold: of one
   * licence the surest (a standard notice before a passing mention) that no text found holds, at
   * its place in the order of lines.
   */
  private static void addNewReferences(
      Collection<LicenseFinding> references,
      List<LicenseFinding> out,
      List<LicenseFinding> declarations,
      BiPredicate<LicenseFinding, LicenseFinding> addsTo) {
    List<LicenseFinding> known = new ArrayList<>(out);
    known.addAll(declarations);
    List<LicenseFinding> surestFirst = new ArrayList<>(references);
    surestFirst.sort((a, b) -> Double.compare(b.confidence(), a.confidence()));
    List<LicenseFinding> added = new ArrayList<>();
    for (LicenseFinding r : surestFirst) {
      if (!insideOrSame(r, known, addsTo)) {
        known.add(r);
        added.add(r);
      }
    }
    added.sort(Comparator.comparingInt(LicenseDetector::firstLine));
    out.addAll(added);
  }

  private static int firstLine(LicenseFinding f) {
    return f.lines() == null ? Integer.MAX_VALUE : f.lines().start();
  }

  /**
   * A reference inside a licence text found in full (the "how to apply" notice of the GPL) or to a
   * licence already found by text or tag adds nothing. One inside an exception's text is kept when
   * it names a licence the exception may add to ("See … Apache-2.0 … As an exception, …"), which
   * {@link WithExceptions} then joins.
   */
  private static boolean insideOrSame(
      LicenseFinding r,
      List<LicenseFinding> found,
      BiPredicate<LicenseFinding, LicenseFinding> addsTo) {
    for (LicenseFinding f : found) {
      if (f.basis().equals("text")
          && f.spdx().startsWith("LicenseRef-")
          && r.spdx().startsWith("LicenseRef-")) {
        return true; // a model licence names itself and its siblings all through its text
      }
      if (f.spdx().equals(r.spdx()) || alternativeOf(r, f)) {
        return true;
      }
      boolean text =
          f.basis().equals("text") && f.lines() != null && r.lines() != null && !addsTo.test(f, r);
      if (text && r.lines().start() >= f.lines().start() && r.lines().end() <= f.lines().end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code r} is one of the licences a choice {@code f} offers, on the choice's own lines
   * (the links in "either of Apache License, Version 2.0 (http://…) or MIT license (http://…)").
   */
  private static boolean alternativeOf(LicenseFinding r, LicenseFinding f) {
    if (!f.spdx().contains(" OR ") || f.lines() == null || r.lines() == null) {
      return false;
    }
    int from = f.lines().start();
    boolean near = r.lines().start() >= from && r.lines().start() <= from + NoticeText.MAX_LINES;
    return near && List.of(f.spdx().replaceAll("[()]", "").split(" OR ")).contains(r.spdx());
  }

  /**
   * Whether {@code r} is on the first line of an exception's text {@code x}, in words that are not
   * the exception's (the alignment's "extra text" there), and names a licence the exception may add
   * a permission to. What the exception's own words name is part of it ("… covered by the GNU
   * General Public License").
   */
  private boolean addsTo(LicenseFinding x, LicenseFinding r) {
    boolean exception = knowledge.entry(x.spdx()).map(LicenseEntry::exception).orElse(false);
    String extra = "extra text at line " + x.lines().start() + ":";
    return exception
        && r.lines().start() == x.lines().start()
        && x.notes().stream().anyMatch(n -> n.startsWith(extra))
        && WithExceptions.appliesTo(x.spdx(), r.spdx());
  }

  /** The knowledge this detector reads. */
  public LicenseKnowledge knowledge() {
    return knowledge;
  }
}

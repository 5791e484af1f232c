package io.provscan.detect.license;

import io.provscan.detect.LicenseFinding;
import io.provscan.licensedb.Catalog;
import io.provscan.licensedb.LicenseCategory;
import io.provscan.licensedb.LicenseEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything the licence detectors know, compiled once from the catalogue: the word ids, every SPDX
 * template as word ids, the shingle index over them, the phrases of provscan's own entries, the
 * names and the URLs. Building it is the catalogue's start-up cost, paid once per JVM (so once per
 * scan); {@link #startupNanos()} reports it. Immutable and thread-safe.
 */
public final class LicenseKnowledge {
  private final Catalog catalog;
  private final WordIds wordIds;
  private final AsciiWords asciiWords;
  private final CandidateBound bound;
  private final double[] minContainment;
  private final List<LicenseEntry> templated;
  private final List<Template> templates;
  private final ShingleIndex shingles;
  private final PhraseIndex phrases = new PhraseIndex();
  private final List<OwnEntry> ownEntries;
  private final CatalogNames names;
  private final StandardNotices notices;
  private final long buildNanos;
  private final boolean compiledAtStartup;

  /** Made on first use; racy but idempotent (the factory is stateless). */
  private volatile FindingFactory factory;

  private LicenseKnowledge(Catalog catalog, boolean useBundle) {
    long start = System.nanoTime();
    this.catalog = catalog;
    CompiledTemplates bundled = useBundle ? CompiledTemplates.bundled(catalog) : null;
    this.compiledAtStartup = bundled == null;
    CompiledTemplates compiled = bundled != null ? bundled : CompiledTemplates.compile(catalog);
    this.wordIds = compiled.wordIds();
    this.shingles = compiled.shingles();
    this.templates = List.copyOf(compiled.templates());
    this.templated = entriesOf(catalog, compiled.ids());
    this.ownEntries = ownEntries(catalog, Tokenizer.adding(wordIds));
    this.names = CatalogNames.of(catalog);
    this.notices =
        StandardNotices.of(
            catalog.headers(), id -> catalog.byId(id).map(LicenseEntry::name).orElse(id));
    this.asciiWords = AsciiWords.of(wordIds); // the own entries' words are in by now
    this.minContainment = new double[templated.size()];
    for (int t = 0; t < minContainment.length; t++) {
      minContainment[t] = PartialTexts.minContainment(templated.get(t));
    }
    this.bound = CandidateBound.of(shingles, wordIds.size(), minContainment);
    this.buildNanos = System.nanoTime() - start;
  }

  private static final class Holder {
    static final LicenseKnowledge INSTANCE = new LicenseKnowledge(Catalog.get(), true);
  }

  /** The knowledge of the bundled catalogue, compiled on first use. */
  public static LicenseKnowledge get() {
    return Holder.INSTANCE;
  }

  /** Compiles the knowledge of a given catalogue (tests). */
  public static LicenseKnowledge of(Catalog catalog) {
    return new LicenseKnowledge(catalog, false);
  }

  /** True when the templates were compiled at start-up (no matching build-time bundle). */
  public boolean compiledAtStartup() {
    return compiledAtStartup;
  }

  /** The catalogue entries of the compiled templates, in template order. */
  private static List<LicenseEntry> entriesOf(Catalog catalog, List<String> templateIds) {
    List<LicenseEntry> out = new ArrayList<>(templateIds.size());
    for (String id : templateIds) {
      out.add(
          catalog
              .byId(id)
              .orElseThrow(() -> new IllegalStateException("template of unknown id " + id)));
    }
    return List.copyOf(out);
  }

  /**
   * provscan's own entries with their phrases filed in the phrase index; their new words join the
   * word ids (the templates' words came first).
   */
  private List<OwnEntry> ownEntries(Catalog catalog, Tokenizer adding) {
    List<OwnEntry> out = new ArrayList<>();
    for (LicenseEntry e : catalog.entries()) {
      if (e.match() != null) {
        out.add(OwnEntry.compile(e, phrases, adding));
      }
    }
    return List.copyOf(out);
  }

  /** The catalogue. */
  public Catalog catalog() {
    return catalog;
  }

  /** Nanoseconds to load the catalogue and compile it: the once-per-scan start-up cost. */
  public long startupNanos() {
    return catalog.loadNanos() + buildNanos;
  }

  /** The entry of an id (without case), or empty. */
  public Optional<LicenseEntry> entry(String id) {
    return catalog.byId(id);
  }

  WordIds wordIds() {
    return wordIds;
  }

  /** A tokenizer that reads texts (looks their words up, never adds one). */
  Tokenizer reading() {
    return Tokenizer.reading(wordIds, asciiWords);
  }

  CandidateBound bound() {
    return bound;
  }

  /** The least share of template {@code t}'s trigrams that makes it a candidate. */
  double minContainment(int t) {
    return minContainment[t];
  }

  ShingleIndex shingles() {
    return shingles;
  }

  Template template(int t) {
    return templates.get(t);
  }

  LicenseEntry entry(int t) {
    return templated.get(t);
  }

  List<OwnEntry> ownEntries() {
    return ownEntries;
  }

  PhraseIndex phrases() {
    return phrases;
  }

  NameResolver names() {
    return names.names();
  }

  StandardNotices notices() {
    return notices;
  }

  UrlIndex urls() {
    return names.urls();
  }

  /**
   * The SPDX id or expression a licence name stands for, through the catalogue's ids, names and
   * aliases ({@code llama2}, {@code Apache License, Version 2.0}, {@code cc-by-nc-4.0}), or null
   * when the catalogue does not know the name as a whole.
   */
  public String resolve(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String target = names.names().exact(name);
    if (target != null) {
      return target;
    }
    LicenseFinding asExpression = factory().expression(name, "declared", 1.0, null, null);
    return asExpression.confidence() > 0 && asExpression.notes().isEmpty()
        ? asExpression.spdx()
        : null;
  }

  /**
   * The category of a licence id or expression ({@code permissive}, {@code non-commercial}, …), or
   * null when the catalogue does not know it.
   */
  public String categoryOf(String idOrExpression) {
    String resolved = resolve(idOrExpression);
    if (resolved == null) {
      return null;
    }
    return factory().expression(resolved, "declared", 1.0, null, null).category();
  }

  /**
   * A licence someone declares (a URL list's column, a manifest) as a finding with the catalogue's
   * name, category and clauses; an id the catalogue does not know keeps its words and is {@code
   * unknown}.
   *
   * @param id the normalised id or expression
   * @param asWritten the value as written, kept as the evidence
   * @param confidence how much the declaration is trusted
   */
  public LicenseFinding declared(String id, String asWritten, double confidence) {
    String resolved = resolve(id);
    String evidence = "license: " + (asWritten == null ? id : asWritten);
    if (resolved == null) {
      return new LicenseFinding(
          id,
          asWritten == null ? id : asWritten,
          "declared",
          confidence,
          LicenseCategory.UNKNOWN.id(),
          List.of(),
          null,
          evidence,
          List.of("'" + id + "' is not a licence provscan's catalogue knows"));
    }
    return factory().expression(resolved, "declared", confidence, null, evidence);
  }

  private FindingFactory factory() {
    FindingFactory f = factory;
    if (f == null) {
      f = new FindingFactory(this);
      factory = f;
    }
    return f;
  }
}

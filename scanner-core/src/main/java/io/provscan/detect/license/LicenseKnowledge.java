package io.provscan.detect.license;

import io.provscan.detect.LicenseFinding;
import io.provscan.licensedb.Catalog;
import io.provscan.licensedb.LicenseCategory;
import io.provscan.licensedb.LicenseEntry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything the licence detectors know, compiled once from the catalogue: the word ids, every SPDX
 * template as word ids, the shingle index over them, the phrases of provscan's own entries, the
 * names and the URLs. Building it is the catalogue's start-up cost, paid once per JVM (so once per
 * scan); {@link #startupNanos()} reports it. Immutable and thread-safe.
 */
public final class LicenseKnowledge {
  /** Deprecated GNU ids: "GPL-2.0" means -only and "GPL-2.0+" -or-later (SPDX list 3.0 notes). */
  private static final Pattern GNU_DEPRECATED =
      Pattern.compile("((?:A|L)?GPL|GFDL)-(\\d\\.\\d)(\\+)?");

  private final Catalog catalog;
  private final WordIds wordIds;
  private final List<LicenseEntry> templated = new ArrayList<>();
  private final List<Template> templates = new ArrayList<>();
  private final ShingleIndex shingles;
  private final List<OwnEntry> own = new ArrayList<>();
  private final PhraseIndex phrases = new PhraseIndex();
  private final NameResolver names = new NameResolver();
  private final UrlIndex urls;
  private final long buildNanos;
  private final boolean compiledAtStartup;

  /** Made on first use; racy but idempotent (the factory is stateless). */
  private volatile FindingFactory factory;

  /**
   * One of provscan's own entries with the numbers of its phrases in the phrase index.
   *
   * @param entry the entry
   * @param all phrases that must all be present
   * @param any phrases of which one must be present
   * @param none phrases that must be absent
   * @param clausePhrases for each clause, its phrase's number, or -1 when it has none
   */
  record OwnEntry(LicenseEntry entry, int[] all, int[] any, int[] none, int[] clausePhrases) {}

  private LicenseKnowledge(Catalog catalog, boolean useBundle) {
    long start = System.nanoTime();
    this.catalog = catalog;
    CompiledTemplates compiled = useBundle ? CompiledTemplates.bundled(catalog) : null;
    this.compiledAtStartup = compiled == null;
    if (compiled == null) {
      compiled = CompiledTemplates.compile(catalog);
    }
    this.wordIds = compiled.wordIds();
    this.shingles = compiled.shingles();
    templates.addAll(compiled.templates());
    for (String id : compiled.ids()) {
      templated.add(
          catalog
              .byId(id)
              .orElseThrow(() -> new IllegalStateException("template of unknown id " + id)));
    }
    Tokenizer adding = Tokenizer.adding(wordIds);
    Set<String> ids = new HashSet<>();
    for (LicenseEntry e : catalog.entries()) {
      ids.add(e.id());
      if (e.match() != null) {
        own.add(ownEntry(e, adding));
      }
    }
    this.urls = new UrlIndex(ids);
    for (LicenseEntry e : catalog.entries()) {
      addNames(e);
    }
    catalog.aliasExpressions().forEach((name, expr) -> names.add(name, expr, 0));
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

  private OwnEntry ownEntry(LicenseEntry e, Tokenizer adding) {
    LicenseEntry.Match m = e.match();
    int[] clauses = new int[e.clauses().size()];
    for (int i = 0; i < clauses.length; i++) {
      String p = e.clauses().get(i).phrase();
      clauses[i] = p == null ? -1 : phrases.add(p, adding);
    }
    return new OwnEntry(
        e, add(m.all(), adding), add(m.any(), adding), add(m.none(), adding), clauses);
  }

  private int[] add(List<String> list, Tokenizer adding) {
    return list.stream().mapToInt(p -> phrases.add(p, adding)).filter(n -> n >= 0).toArray();
  }

  private void addNames(LicenseEntry e) {
    String target = e.deprecated() ? current(e.id()) : e.id();
    for (String alias : e.aliases()) {
      names.add(alias, target, 0);
    }
    for (String url : e.urls()) {
      urls.add(url, target);
    }
    names.add(e.id(), target, e.deprecated() ? 3 : 1);
    if (e.name() != null) {
      names.add(e.name(), target, e.deprecated() ? 3 : e.isSpdx() ? 2 : 1);
    }
  }

  /** The current id of a deprecated GNU id ("GPL-2.0+" is "GPL-2.0-or-later"); else the id. */
  static String current(String id) {
    Matcher m = GNU_DEPRECATED.matcher(id);
    if (m.matches()) {
      return m.group(1) + "-" + m.group(2) + (m.group(3) != null ? "-or-later" : "-only");
    }
    return id;
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

  ShingleIndex shingles() {
    return shingles;
  }

  Template template(int t) {
    return templates.get(t);
  }

  LicenseEntry entry(int t) {
    return templated.get(t);
  }

  List<OwnEntry> own() {
    return own;
  }

  PhraseIndex phrases() {
    return phrases;
  }

  NameResolver names() {
    return names;
  }

  UrlIndex urls() {
    return urls;
  }

  Map<String, String> aliasExpressions() {
    return catalog.aliasExpressions();
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
    String target = names.exact(name);
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

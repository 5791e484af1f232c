package io.provscan.detect.pii;

import io.provscan.detect.Detector;
import io.provscan.detect.DetectorInput;
import io.provscan.detect.Findings;
import io.provscan.detect.PiiFinding;
import io.provscan.detect.Redactor;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds personal data in an item's text: the facade over the candidate scan ({@link Lexer}), the
 * keyword pass ({@link Keywords}), the type rules and context scoring ({@link Context}), and the
 * sensitive-category counts ({@link SensitiveCounter}). Every finding is masked; no raw value
 * leaves this class. Immutable and thread-safe: one instance serves every worker.
 *
 * <p>Time is linear in the text: both passes read each character a bounded number of times, and the
 * output is capped at {@value #MAX_FINDINGS} findings per item.
 */
public final class PiiDetector implements Detector, Redactor {
  /** Most findings reported per item: {@value} (the counts in the summary stop there too). */
  public static final int MAX_FINDINGS = 100_000;

  private static final Logger LOG = LoggerFactory.getLogger(PiiDetector.class);
  private static final Keywords KEYWORDS = Keywords.bundled();

  private final EnabledRules rules;
  private final SensitiveCounter sensitive;
  private final boolean anyType;
  private final NamesAndPlaces names;

  /** A detector of every type and every category. */
  public PiiDetector() {
    this(EnumSet.allOf(PiiType.class), EnumSet.allOf(SensitiveCategory.class));
  }

  /** A detector of the given types and categories, judging birth dates against today (UTC). */
  public PiiDetector(Set<PiiType> types, Set<SensitiveCategory> categories) {
    this(types, categories, LocalDate.now(ZoneOffset.UTC));
  }

  /** A detector that takes {@code today} as the latest possible birth date (tests fix it). */
  public PiiDetector(Set<PiiType> types, Set<SensitiveCategory> categories, LocalDate today) {
    this.rules = new EnabledRules(types, today);
    this.sensitive = new SensitiveCounter(categories);
    this.anyType = !types.isEmpty();
    this.names =
        new NamesAndPlaces(types.contains(PiiType.PERSON), types.contains(PiiType.ADDRESS));
  }

  @Override
  public String name() {
    return "pii";
  }

  @Override
  public Findings detect(DetectorInput input) {
    String text = input.text();
    if (text == null || text.isEmpty()) {
      return Findings.EMPTY;
    }
    try {
      return find(text);
    } catch (RuntimeException | StackOverflowError e) {
      // the message of a JDK exception may quote the text: log the class and place only
      LOG.warn(
          "personal-data detection failed on {}: {} at {}",
          input.path(),
          e.getClass().getName(),
          e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?");
      return Findings.EMPTY;
    }
  }

  /** The findings in {@code text}. */
  public Findings find(String text) {
    char[] chars = text.toCharArray(); // one copy, read by both passes
    KeywordHits hits = KEYWORDS.find(chars);
    List<PiiFinding> pii = anyType ? spans(text, chars, hits) : List.of();
    Map<String, Integer> counts = sensitive.enabled() ? sensitive.count(text, hits) : Map.of();
    if (pii.isEmpty() && counts.isEmpty()) {
      return Findings.EMPTY;
    }
    return Findings.ofPii(pii, counts);
  }

  /** {@code text} with every finding masked in place, offsets kept (for indexes and snippets). */
  public String redact(String text) {
    if (text == null || text.isEmpty() || !anyType) {
      return text;
    }
    try {
      char[] chars = text.toCharArray();
      return Redaction.apply(text, spans(text, chars, KEYWORDS.find(chars)));
    } catch (RuntimeException | StackOverflowError e) {
      LOG.warn("personal-data redaction failed: {}", e.getClass().getName());
      return "";
    }
  }

  @Override
  public String redactText(String text, Findings findings) {
    return Redaction.apply(text, findings.pii());
  }

  @Override
  public String redactValue(String value) {
    return redact(value);
  }

  private List<PiiFinding> spans(String text, char[] chars, KeywordHits hits) {
    List<Candidate> candidates = new ArrayList<>();
    new Lexer(text, chars, rules, candidates).run();
    if (names.enabled()) {
      candidates = NamesAndPlaces.merge(candidates, names.find(text, chars), text);
    }
    List<PiiFinding> out = new ArrayList<>();
    for (Candidate c : candidates) {
      double confidence = Context.score(c, hits, text);
      if (confidence >= 0) {
        out.add(
            new PiiFinding(
                c.type().name(), c.masked(), c.start(), c.end(), confidence, c.detail()));
        if (out.size() == MAX_FINDINGS) {
          break;
        }
      }
    }
    return out;
  }
}

package io.provscan.policy;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The policy's reasons in the reader's language. {@code items.jsonl} and {@code summary.json} keep
 * each reason as {@link Judgement} wrote it, {@code action: evidence (rule)} in English, so that
 * scripts and gates see one stable text; reports translate it when they show it. Each shape of
 * evidence {@link PolicyEngine} writes has one pattern here and one text in {@code
 * reasons_zh.properties}; the rule key and the values (licence ids, types, paths) stay as written.
 * A reason of an unknown shape (a source's conflict or manifest problem, a newer engine's text) is
 * shown with only its action translated. Immutable and thread-safe.
 */
public final class ReasonText {
  /** The evidence shapes PolicyEngine writes, by their key in the bundle; first match wins. */
  private static final Map<String, Pattern> SHAPES =
      orderedShapes(
          "failed", "not extracted \\((.+)\\)",
          "skipped", "skipped \\((.+)\\)",
          "reserved", "publisher reserved AI training or TDM: (.+)",
          "declaredBy.denied", "licence (.+) declared by (.+) is denied",
          "declaredBy.category", "licence (.+) declared by (.+) is ([a-z-]+)",
          "declared.denied", "declared licence (.+) is denied",
          "declared.category", "declared licence (.+) is ([a-z-]+)",
          "licence.denied", "licence (.+) is denied",
          "licence.category", "licence (.+) is ([a-z-]+)",
          "missing", "no licence found in the item or declared by its source",
          "clauseValue", "(.+) has clause ([a-z-]+) = (.+)",
          "clause", "(.+) has clause ([a-z-]+)",
          "sensitive", "(\\d+) × sensitive (.+)",
          "pii", "(\\d+) × (.+)",
          "sourceBlocked", "(\\d+) of the items of (.+) blocked",
          "sourceReview", "(\\d+) of the items of (.+) to review");

  private static final Pattern REASON =
      Pattern.compile("(allow|review|block): (.*) \\(([^()]*)\\)");

  private final ResourceBundle bundle;

  private ReasonText(ResourceBundle bundle) {
    this.bundle = bundle;
  }

  /** The reasons for {@code locale}: Chinese for a {@code zh} locale, as written otherwise. */
  public static ReasonText of(Locale locale) {
    if (!"zh".equals(locale.getLanguage())) {
      return new ReasonText(null);
    }
    return new ReasonText(
        ResourceBundle.getBundle(
            "io.provscan.policy.reasons",
            Locale.CHINESE,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
  }

  /** The shapes' keys, for tests. */
  public static Set<String> shapeKeys() {
    return SHAPES.keySet();
  }

  /** One reason in this language. */
  public String of(String reason) {
    if (bundle == null || reason == null) {
      return reason;
    }
    Matcher m = REASON.matcher(reason);
    if (!m.matches()) {
      return reason;
    }
    String action = bundle.getString("action." + m.group(1));
    return action + "：" + evidence(m.group(2)) + "（" + m.group(3) + "）";
  }

  /** Every reason in this language. */
  public List<String> all(List<String> reasons) {
    if (reasons == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>(reasons.size());
    reasons.forEach(r -> out.add(of(r)));
    return out;
  }

  private String evidence(String evidence) {
    for (Map.Entry<String, Pattern> e : SHAPES.entrySet()) {
      Matcher m = e.getValue().matcher(evidence);
      if (m.matches()) {
        Object[] groups = new Object[m.groupCount()];
        for (int i = 0; i < groups.length; i++) {
          groups[i] = word(m.group(i + 1));
        }
        return new MessageFormat(bundle.getString("evidence." + e.getKey()), Locale.CHINESE)
            .format(groups);
      }
    }
    return evidence;
  }

  /** A licence category in this language; any other value as written. */
  private String word(String value) {
    String key = "category." + value;
    return bundle.containsKey(key) ? bundle.getString(key) : value;
  }

  private static Map<String, Pattern> orderedShapes(String... keysAndPatterns) {
    Map<String, Pattern> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndPatterns.length; i += 2) {
      m.put(keysAndPatterns[i], Pattern.compile(keysAndPatterns[i + 1]));
    }
    return Collections.unmodifiableMap(m);
  }
}

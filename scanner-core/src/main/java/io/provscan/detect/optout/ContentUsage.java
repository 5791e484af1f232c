package io.provscan.detect.optout;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One AIPREF {@code Content-Usage} statement (draft-ietf-aipref-attach: HTTP field and robots.txt
 * rule), read for AI training. The value is an RFC 9651 Dictionary whose Tokens {@code y}/{@code n}
 * state a preference per category; a parse failure, another value or a missing label is unknown,
 * and unknown labels are ignored (draft-ietf-aipref-vocab §4). Labels changed across drafts, and
 * all of them are found in the wild, so each is read:
 *
 * <ul>
 *   <li>{@code train-ai} (-02 on) or {@code ai} (-01) states AI training itself;
 *   <li>if neither is stated, the enclosing category decides: {@code tdm} (-01), {@code bots} (-03,
 *       -04) or {@code all} (-02);
 *   <li>{@code train-genai} (-02, -03) or {@code genai} (-01) set to {@code n} reserves generative
 *       training, a part of AI training, so it reserves too.
 * </ul>
 *
 * @param raw the statement as written
 * @param trainAi the preference for AI training
 * @param label the label that decided it, or null
 */
record ContentUsage(String raw, Preference trainAi, String label) {
  private static final List<String> DIRECT = List.of("train-ai", "ai");
  private static final List<String> ENCLOSING = List.of("tdm", "bots", "all");
  private static final List<String> GENERATIVE = List.of("train-genai", "genai");

  /** Reads a statement; never throws. */
  static ContentUsage parse(String raw) {
    Optional<Map<String, StructuredDictionary.Value>> dict = StructuredDictionary.parse(raw);
    if (dict.isEmpty()) {
      return new ContentUsage(raw, Preference.UNKNOWN, null);
    }
    Map<String, StructuredDictionary.Value> d = dict.get();
    for (String label : GENERATIVE) {
      if (pref(d, label) == Preference.DISALLOWED && !direct(d, Preference.DISALLOWED)) {
        return new ContentUsage(raw, Preference.DISALLOWED, label);
      }
    }
    for (String label : concat()) {
      Preference p = pref(d, label);
      if (p != Preference.UNKNOWN) {
        return new ContentUsage(raw, p, label);
      }
    }
    return new ContentUsage(raw, Preference.UNKNOWN, null);
  }

  /** The scope of the label that decided: AI training, all TDM, or all uses. */
  String scope() {
    if (label == null) {
      return Signals.AI_TRAINING;
    }
    return switch (label) {
      case "tdm" -> Signals.TDM;
      case "bots", "all" -> Signals.ALL;
      default -> Signals.AI_TRAINING;
    };
  }

  /** The deciding label and its value, such as {@code train-ai=n}; the raw text when none. */
  String value() {
    if (label == null) {
      return raw.strip();
    }
    return label + "=" + (trainAi == Preference.DISALLOWED ? "n" : "y");
  }

  private static boolean direct(Map<String, StructuredDictionary.Value> d, Preference p) {
    return DIRECT.stream().anyMatch(l -> pref(d, l) == p);
  }

  private static List<String> concat() {
    return java.util.stream.Stream.concat(DIRECT.stream(), ENCLOSING.stream()).toList();
  }

  /** y is allowed, n disallowed; any other value (even {@code Y} or {@code "n"}) is unknown. */
  private static Preference pref(Map<String, StructuredDictionary.Value> d, String label) {
    StructuredDictionary.Value v = d.get(label);
    if (v == null) {
      return Preference.UNKNOWN;
    }
    if (v.isToken("y")) {
      return Preference.ALLOWED;
    }
    return v.isToken("n") ? Preference.DISALLOWED : Preference.UNKNOWN;
  }
}

package io.provscan.modelfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whether a model folder's card, weights and licence files name the same licences. A part that
 * names none does not count: silence is not a disagreement (a card without {@code license:} is
 * reported as missing elsewhere). Two parts that name different sets conflict.
 */
final class Agreement {
  static final String AGREE = "agree";
  static final String CONFLICT = "conflict";
  static final String SINGLE = "single";
  static final String NONE = "none";

  private Agreement() {}

  static String of(Set<String> card, Set<String> weights, Set<String> files, List<String> out) {
    List<String> parts = new ArrayList<>();
    List<Set<String>> sets = new ArrayList<>();
    add("the card declares", card, parts, sets);
    add("the weights declare", weights, parts, sets);
    add("the licence files hold", files, parts, sets);
    if (sets.isEmpty()) {
      return NONE;
    }
    if (sets.size() == 1) {
      return SINGLE;
    }
    boolean same = sets.stream().allMatch(s -> s.equals(sets.get(0)));
    if (!same) {
      out.add(String.join("; ", parts));
    }
    return same ? AGREE : CONFLICT;
  }

  private static void add(
      String what, Set<String> ids, List<String> parts, List<Set<String>> sets) {
    if (!ids.isEmpty()) {
      parts.add(what + " " + String.join(" AND ", ids));
      sets.add(Set.copyOf(ids));
    }
  }
}

package io.provscan.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * A verdict with its reasons, each naming the rule (its key in the policy file) and the evidence.
 *
 * @param verdict the most severe action any rule took
 * @param reasons every rule that took an action other than allow, in the order checked
 */
public record Judgement(Action verdict, List<String> reasons) {
  /** Copies the reasons. */
  public Judgement {
    reasons = List.copyOf(reasons);
  }

  /** Collects rule outcomes into a judgement. */
  static final class Builder {
    private Action verdict = Action.ALLOW;
    private final List<String> reasons = new ArrayList<>();

    /** Records that {@code rule} took {@code action} because of {@code evidence}. */
    Builder add(Action action, String rule, String evidence) {
      if (action != Action.ALLOW) {
        verdict = verdict.max(action);
        reasons.add(action.id() + ": " + evidence + " (" + rule + ")");
      }
      return this;
    }

    Judgement build() {
      return new Judgement(verdict, reasons);
    }
  }
}

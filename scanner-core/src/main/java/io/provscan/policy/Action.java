package io.provscan.policy;

import java.util.Locale;

/** What a policy rule does to an item or source, in rising severity. */
public enum Action {
  /** Nothing to object to. */
  ALLOW,
  /** A person should look before the data is used. */
  REVIEW,
  /** The data must not be used. */
  BLOCK;

  /** The name used in policy files and reports. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The more severe of two actions. */
  public Action max(Action other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /** The action with the given name, or null. */
  static Action parse(String s) {
    for (Action a : values()) {
      if (a.id().equals(s)) {
        return a;
      }
    }
    return null;
  }
}

package io.provscan.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * The opt-out status of one item.
 *
 * @param reserved true when any signal reserves AI training or text-and-data mining for this item,
 *     or disallows it for at least one AI-training agent
 * @param signals every signal seen, those that allow included
 */
public record OptOut(boolean reserved, List<Signal> signals) {
  /** No signals. */
  public static final OptOut NONE = new OptOut(false, List.of());

  /** Copies the signals. */
  public OptOut {
    signals = List.copyOf(signals);
  }

  /** Both: reserved when either is, signals together. */
  public OptOut merge(OptOut other) {
    if (other.signals.isEmpty() && !other.reserved) {
      return this;
    }
    if (signals.isEmpty() && !reserved) {
      return other;
    }
    List<Signal> all = new ArrayList<>(signals);
    all.addAll(other.signals);
    return new OptOut(reserved || other.reserved, all);
  }

  /**
   * One opt-out signal.
   *
   * @param type where it was read: {@code robots-txt}, {@code content-signal}, {@code
   *     content-usage}, {@code tdmrep}, {@code robots-meta}, {@code x-robots-tag}, {@code ai-txt},
   *     {@code iptc-data-mining}, {@code c2pa-training-mining}
   * @param scope {@code ai-training}, {@code tdm} or {@code all}
   * @param agents the crawler tokens concerned, empty when it applies to all
   * @param value the signal's value as read, such as {@code disallow} or {@code train-ai=n}
   * @param evidence the line or field it was read from
   * @param source the URL of the policy file, or null
   * @param effect what it does to this item: {@code reserves} (it makes the item reserved), {@code
   *     allows} (it states permission) or {@code none} (superseded, not understood, or addressed to
   *     an agent that does not train models)
   */
  public record Signal(
      String type,
      String scope,
      List<String> agents,
      String value,
      String evidence,
      String source,
      String effect) {
    /** The word a value ends with, in brackets, when no signature vouches for it: {@value}. */
    public static final String UNVERIFIED = "unverified";

    /** Copies the agents. */
    public Signal {
      agents = List.copyOf(agents);
    }

    /**
     * True for a reservation read from a C2PA manifest whose signature was not validated (its value
     * ends in {@code (unverified)}); the policy's {@code optout.unverified} weighs it.
     */
    public boolean unverified() {
      return value != null && value.endsWith("(" + UNVERIFIED + ")");
    }
  }
}

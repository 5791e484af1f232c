package io.provscan.licensedb;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Map;

/**
 * The clause vocabulary: obligations and restrictions of a licence that bind someone who trains on,
 * fine-tunes or ships a model. Each type says what shape its value has; {@link #check} enforces it
 * when an entry is read, so a wrong value fails the build, not a scan.
 */
public enum ClauseType {
  /** Commercial use above this many monthly active users needs a separate licence (a number). */
  MAU_THRESHOLD(Shape.COUNT),
  /** Commercial use above this revenue needs a separate licence ({amount, currency, per}). */
  REVENUE_THRESHOLD(Shape.MONEY),
  /** Registration or an application is needed before commercial use (where, as text). */
  COMMERCIAL_REGISTRATION(Shape.TEXT),
  /** No commercial use (true). */
  NON_COMMERCIAL(Shape.FLAG),
  /** Research use only (true). */
  RESEARCH_ONLY(Shape.FLAG),
  /** Outputs may not be used to train or improve other models (the rule, as text). */
  OUTPUT_USE_RESTRICTION(Shape.TEXT),
  /** A name or label must be shown or used ("Built with Llama", a model-name prefix). */
  NAMING_REQUIREMENT(Shape.TEXT),
  /** A notice or copy of the licence must go with copies (the notice, as text). */
  ATTRIBUTION_NOTICE(Shape.TEXT),
  /** An acceptable-use policy applies (its name or URL). */
  ACCEPTABLE_USE_POLICY(Shape.TEXT),
  /** Use-based restrictions attached, RAIL style (what they cover, as text). */
  USE_RESTRICTIONS(Shape.TEXT),
  /** Models distilled or trained on outputs count as derivatives (true). */
  DISTILLATION_DERIVATIVE(Shape.FLAG),
  /** Hosting the model as a service is restricted (the rule, as text). */
  HOSTING_RESTRICTION(Shape.TEXT),
  /** Multimodal rights are withheld from people and companies in the EU (true). */
  EU_MULTIMODAL_EXCLUSION(Shape.FLAG),
  /** Adaptations must be shared under the same licence (true). */
  SHARE_ALIKE(Shape.FLAG),
  /** No adaptations may be shared (true). */
  NO_DERIVATIVES(Shape.FLAG);

  /** The shapes a clause value can have. */
  public enum Shape {
    /** A positive whole number. */
    COUNT,
    /** An object {@code {amount: number, currency: "USD", per: "year"|"month"}}. */
    MONEY,
    /** A non-blank string. */
    TEXT,
    /** The boolean {@code true}. */
    FLAG
  }

  private final Shape shape;

  ClauseType(Shape shape) {
    this.shape = shape;
  }

  /** The shape of this clause's value. */
  public Shape shape() {
    return shape;
  }

  /** The name used in files and reports, such as {@code mau-threshold}. */
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The clause type with the given name.
   *
   * @throws IllegalArgumentException naming the value and the accepted ones
   */
  @JsonCreator
  public static ClauseType fromId(String id) {
    for (ClauseType c : values()) {
      if (c.id().equals(id)) {
        return c;
      }
    }
    StringBuilder ids = new StringBuilder();
    for (ClauseType c : values()) {
      ids.append(ids.length() == 0 ? "" : ", ").append(c.id());
    }
    throw new IllegalArgumentException("unknown clause '" + id + "'; expected one of " + ids);
  }

  /**
   * Checks that {@code value} has this clause's shape.
   *
   * @return null when it does, else what is wrong
   */
  public String check(Object value) {
    return switch (shape) {
      case COUNT ->
          value instanceof Number n && n.longValue() > 0 && n.doubleValue() == n.longValue()
              ? null
              : "must be a positive whole number, got " + describe(value);
      case TEXT ->
          value instanceof String s && !s.isBlank()
              ? null
              : "must be a non-blank string, got " + describe(value);
      case FLAG -> Boolean.TRUE.equals(value) ? null : "must be true, got " + describe(value);
      case MONEY -> checkMoney(value);
    };
  }

  private static String checkMoney(Object value) {
    if (!(value instanceof Map<?, ?> m)) {
      return "must be {amount, currency, per}, got " + describe(value);
    }
    if (!(m.get("amount") instanceof Number n) || n.doubleValue() <= 0) {
      return "needs a positive 'amount', got " + describe(m.get("amount"));
    }
    if (!(m.get("currency") instanceof String c) || !c.matches("[A-Z]{3}")) {
      return "needs a 'currency' of three capital letters (ISO 4217), got "
          + describe(m.get("currency"));
    }
    Object per = m.get("per");
    if (!"year".equals(per) && !"month".equals(per)) {
      return "needs 'per' of year or month, got " + describe(per);
    }
    if (m.size() != 3) {
      return "has fields other than amount, currency and per: " + m.keySet();
    }
    return null;
  }

  private static String describe(Object value) {
    return value == null ? "nothing" : "'" + value + "'";
  }
}

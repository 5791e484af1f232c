package io.provscan.report;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The reports' texts in one language, from {@code io/provscan/report/messages_<lang>.properties}.
 * Properties files are read as UTF-8 (Java 9+, JEP 226), so Chinese texts are written as they read;
 * both files carry the same keys (a test checks it). Texts with arguments are {@link MessageFormat}
 * patterns, so numbers in them are formatted for the language. Immutable and thread-safe.
 */
public final class Messages {
  /** The bundle's base name. */
  public static final String BUNDLE = "io.provscan.report.messages";

  private static final ResourceBundle.Control EXACT =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final Lang lang;
  private final ResourceBundle bundle;
  private final DateTimeFormatter date;

  private Messages(Lang lang) {
    this.lang = lang;
    this.bundle = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(lang.code()), EXACT);
    this.date = DateTimeFormatter.ofPattern(get("format.dateTime"), lang.locale());
  }

  /** The texts of {@code lang}. */
  public static Messages of(Lang lang) {
    return new Messages(lang);
  }

  /** The language. */
  public Lang lang() {
    return lang;
  }

  /**
   * The text of {@code key}.
   *
   * @throws IllegalStateException when the bundle lacks it (a bug: the parity test guards it)
   */
  public String get(String key) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("no " + lang.code() + " text for '" + key + "'", e);
    }
  }

  /** The text of {@code key}, or null when the bundle has none (for optional texts). */
  public String find(String key) {
    return bundle.containsKey(key) ? bundle.getString(key) : null;
  }

  /** The pattern of {@code key} with its arguments, numbers formatted for the language. */
  public String format(String key, Object... args) {
    return new MessageFormat(get(key), lang.locale()).format(args);
  }

  /** A whole number with the language's grouping. */
  public String num(long n) {
    return NumberFormat.getIntegerInstance(lang.locale()).format(n);
  }

  /** A share of 0 to 1 as a percentage with one decimal. */
  public String percent(double share) {
    NumberFormat f = NumberFormat.getPercentInstance(lang.locale());
    f.setMinimumFractionDigits(1);
    f.setMaximumFractionDigits(1);
    return f.format(share);
  }

  /** An ISO-8601 instant in the language's date format (UTC), or as given when unreadable. */
  public String dateTime(String iso) {
    if (iso == null || iso.isBlank()) {
      return "";
    }
    try {
      return date.format(OffsetDateTime.parse(iso).withOffsetSameInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      return iso;
    }
  }

  /** Every key of the bundle. */
  public Set<String> keys() {
    return Collections.unmodifiableSet(bundle.keySet());
  }
}

package io.provscan.licensedb;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The clause vocabulary in words, English and Chinese: what each {@link ClauseType} means ({@code
 * clauses_<lang>.properties}, one line per type in both languages), and, for Chinese, the terms of
 * model licences' clauses ({@code clause-values_zh.properties}, keyed {@code <licence
 * id>.<clause>}). The catalogue's own values stay as the licences publish them, in English.
 * Properties files are read as UTF-8 (JEP 226). Immutable and thread-safe.
 */
public final class ClauseTexts {
  private static final ResourceBundle.Control EXACT =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final ResourceBundle types;
  private final ResourceBundle values;

  private ClauseTexts(ResourceBundle types, ResourceBundle values) {
    this.types = types;
    this.values = values;
  }

  /** The texts for {@code locale}: Chinese for a {@code zh} locale, English otherwise. */
  public static ClauseTexts of(Locale locale) {
    boolean zh = "zh".equals(locale.getLanguage());
    Locale lang = zh ? Locale.CHINESE : Locale.ENGLISH;
    ResourceBundle types = ResourceBundle.getBundle("io.provscan.licensedb.clauses", lang, EXACT);
    ResourceBundle values =
        zh ? ResourceBundle.getBundle("io.provscan.licensedb.clause-values", lang, EXACT) : null;
    return new ClauseTexts(types, values);
  }

  /** What the clause type means, or null for an id not in the vocabulary. */
  public String describe(String clauseId) {
    try {
      return types.getString(clauseId);
    } catch (MissingResourceException e) {
      return null;
    }
  }

  /**
   * The licence's own terms for the clause in this language, or null when they are only in the
   * language the licence was published in.
   */
  public String value(String licenceId, String clauseId) {
    String key = licenceId + "." + clauseId;
    return values != null && values.containsKey(key) ? values.getString(key) : null;
  }

  /** Every licence-and-clause key with a text of its own, for tests. */
  public Set<String> valueKeys() {
    return values == null ? Set.of() : values.keySet();
  }
}

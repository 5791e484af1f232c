package io.provscan.report;

import java.util.Locale;
import java.util.Map;

/**
 * The languages the reports are written in. Licence names, SPDX ids, paths and corpus text stay as
 * published; every label, heading, verdict and reason the reports write themselves is translated.
 */
public enum Lang {
  /** English. */
  EN(Locale.ENGLISH),
  /** Simplified Chinese. */
  ZH(Locale.SIMPLIFIED_CHINESE);

  /** POSIX precedence of the locale variables for messages (POSIX.1-2017 §8.2). */
  private static final String[] LOCALE_VARIABLES = {"LC_ALL", "LC_MESSAGES", "LANG"};

  private final Locale locale;

  Lang(Locale locale) {
    this.locale = locale;
  }

  /** The locale numbers and dates are formatted in. */
  public Locale locale() {
    return locale;
  }

  /** The code used on the command line and in file names: {@code en}, {@code zh}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The language with the given code.
   *
   * @throws IllegalArgumentException naming the value and the accepted ones
   */
  public static Lang of(String code) {
    for (Lang l : values()) {
      if (l.code().equalsIgnoreCase(code == null ? "" : code.trim())) {
        return l;
      }
    }
    throw new IllegalArgumentException("unknown language '" + code + "': give en or zh");
  }

  /**
   * The language of the environment: Chinese when the first set of {@code LC_ALL}, {@code
   * LC_MESSAGES}, {@code LANG} starts with {@code zh} (or, with none set, the JVM's default locale
   * is Chinese), else English.
   */
  public static Lang fromEnvironment(Map<String, String> env, Locale fallback) {
    for (String v : LOCALE_VARIABLES) {
      String value = env.get(v);
      if (value != null && !value.isBlank()) {
        return value.toLowerCase(Locale.ROOT).startsWith("zh") ? ZH : EN;
      }
    }
    return "zh".equals(fallback.getLanguage()) ? ZH : EN;
  }

  /** {@link #fromEnvironment(Map, Locale)} of this process. */
  public static Lang fromEnvironment() {
    return fromEnvironment(System.getenv(), Locale.getDefault());
  }
}

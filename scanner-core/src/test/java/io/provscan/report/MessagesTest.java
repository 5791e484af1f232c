package io.provscan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Both languages carry every text; numbers and dates follow the language. */
class MessagesTest {
  /** Texts that read the same in both languages. */
  static final Set<String> SAME = Set.of("col.sha256", "eu.notInTop");

  @Test
  void bothLanguagesHaveTheSameKeys() {
    Set<String> en = new TreeSet<>(Messages.of(Lang.EN).keys());
    Set<String> zh = new TreeSet<>(Messages.of(Lang.ZH).keys());
    Set<String> onlyEn = new TreeSet<>(en);
    onlyEn.removeAll(zh);
    Set<String> onlyZh = new TreeSet<>(zh);
    onlyZh.removeAll(en);
    assertEquals(Set.of(), onlyEn, "keys missing from messages_zh");
    assertEquals(Set.of(), onlyZh, "keys missing from messages_en");
  }

  @Test
  void everyChineseTextIsTranslated() {
    Messages en = Messages.of(Lang.EN);
    Messages zh = Messages.of(Lang.ZH);
    List<String> untranslated = new ArrayList<>();
    for (String key : zh.keys()) {
      if (!SAME.contains(key) && zh.get(key).equals(en.get(key))) {
        untranslated.add(key);
      }
    }
    assertEquals(List.of(), untranslated);
  }

  @Test
  void everyDutyAndSectionHasItsWords() {
    for (Lang lang : Lang.values()) {
      Messages m = Messages.of(lang);
      for (Duty d : Duty.values()) {
        assertNotNull(m.get("duty." + d.id() + ".name"));
        assertNotNull(m.get("duty." + d.id() + ".area"));
      }
      for (Duty.Status s : Duty.Status.values()) {
        assertNotNull(m.get("status." + s.id()));
      }
    }
  }

  @Test
  void formatsNumbersAndDatesPerLanguage() {
    Messages en = Messages.of(Lang.EN);
    Messages zh = Messages.of(Lang.ZH);
    assertEquals("1,234,567", en.num(1_234_567));
    assertEquals("1,234,567", zh.num(1_234_567));
    assertEquals("4 March 2026, 05:06:07 UTC", en.dateTime("2026-03-04T05:06:07.891Z"));
    assertEquals("2026年3月4日 05:06:07 UTC", zh.dateTime("2026-03-04T05:06:07.891Z"));
    assertEquals("not a date", zh.dateTime("not a date"));
    assertEquals("12.5%", en.percent(0.125));
    assertEquals("显示 1,000 条中的 10 条。", zh.format("table.showing", 10L, 1000L));
  }

  @ParameterizedTest
  @CsvSource({
    "zh_CN.UTF-8, , , en, ZH",
    ", zh_TW.UTF-8, en_US.UTF-8, en, ZH",
    "en_US.UTF-8, , zh_CN.UTF-8, zh, EN",
    "C, , , zh, EN",
    ", , , zh, ZH",
    ", , , de, EN"
  })
  void takesTheLanguageFromTheLocaleVariablesInPosixOrder(
      String lcAll, String lcMessages, String lang, String jvm, Lang expected) {
    Map<String, String> env = new java.util.HashMap<>();
    if (lcAll != null) {
      env.put("LC_ALL", lcAll);
    }
    if (lcMessages != null) {
      env.put("LC_MESSAGES", lcMessages);
    }
    if (lang != null) {
      env.put("LANG", lang);
    }
    assertEquals(expected, Lang.fromEnvironment(env, Locale.forLanguageTag(jvm)));
  }

  @Test
  void rejectsAnUnknownLanguageNamingIt() {
    assertEquals(Lang.ZH, Lang.of("ZH"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Lang.of("fr"));
    assertTrue(e.getMessage().contains("'fr'") && e.getMessage().contains("en or zh"));
  }
}

package io.provscan.detect.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provscan.detect.PiiFinding;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * PERSON and ADDRESS: a truth table of cases and decoys, and precision and recall per language on a
 * generated bilingual corpus where surnames also appear as common words (王国, 行李, 黄金), place names
 * appear without an address, and capitalised non-names (New York Times) appear in prose.
 */
class NamesAndPlacesTest {
  private static final PiiDetector DETECTOR =
      new PiiDetector(
          EnumSet.allOf(PiiType.class),
          EnumSet.noneOf(SensitiveCategory.class),
          DetectorCases.TODAY);

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "联系人：张伟，电话见下|PERSON|张伟",
        "收件人李娜地址不详|PERSON|李娜",
        "王某，34岁，被诊断为高血压。|PERSON|王某",
        "欧阳娜娜女士来访|PERSON|欧阳娜娜",
        "地址：北京市海淀区中关村大街27号|ADDRESS|北京市海淀区中关村大街27号",
        "寄到浙江省杭州市西湖区文三路90号3栋2单元501室。|ADDRESS|浙江省杭州市西湖区文三路90号3栋2单元501室",
        "Dear Mary, thanks.|PERSON|Mary",
        "Mr. Brown called.|PERSON|Brown",
        "It was John Smith who wrote.|PERSON|John Smith",
        "Send it to 221 Baker Street, London soon.|ADDRESS|221 Baker Street, London",
        "Ship to 1600 Pennsylvania Avenue, Suite 680, Washington, DC 20500 now|ADDRESS|"
            + "1600 Pennsylvania Avenue, Suite 680, Washington, DC 20500",
      })
  void findsNamesAndAddressesInContext(String text, String type, String span) {
    List<String> spans = spans(text, PiiType.valueOf(type));
    assertEquals(List.of(span), spans, text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "王国的历史很长",
        "行李放在黄金色的箱子里",
        "他张开了双手，一张纸掉了",
        "我们去过北京和上海，北京大学很有名。",
        "邮编 100080",
        "I read the New York Times every day.",
        "We crossed the George Washington Bridge.",
        "In May the weather is warm.",
        "Version 2 Street Fighter",
        "ZIP 90210 only",
      })
  void reportsNoNameOrAddressInDecoys(String text) {
    assertEquals(List.of(), spans(text, PiiType.PERSON), text);
    assertEquals(List.of(), spans(text, PiiType.ADDRESS), text);
  }

  @Test
  void masksNamesAndAddresses() {
    List<PiiFinding> f = DETECTOR.find("联系人：张伟，地址：北京市海淀区中关村大街27号").pii();
    assertEquals("张*", f.get(0).masked());
    assertTrue(f.get(1).masked().startsWith("北京市海淀区*"), f.get(1).masked());
    assertTrue(!DETECTOR.redact("Dear Mary Smith,").contains("Mary"));
  }

  @Test
  void anSsnShapeAfterASuiteIsNotAnSsn() {
    assertEquals(List.of(), spans("Office: Suite 680 36 4022 please", PiiType.US_SSN));
  }

  @Test
  void reachesPrecisionAndRecallPerLanguageOnAGeneratedCorpus() {
    Random r = new Random(15);
    String[] zhSur = {"王", "李", "张", "刘", "陈", "黄", "周", "欧阳"};
    String[] zhGiven = {"伟", "芳", "娜", "小红", "建国", "丽", "志强", "晓明"};
    String[] enGiven = {"Mary", "John", "Linda", "Robert", "Susan", "David", "Emily", "James"};
    String[] enSur = {"Smith", "Johnson", "Brown", "Taylor", "Miller", "Wilson", "Clark", "Lee"};
    List<Function<String, String>> zhTemplates =
        List.of(
            n -> "联系人：" + n + "，请回电。",
            n -> "收件人" + n + "，到付。",
            n -> n + "先生昨天到了。",
            n -> n + "说今天不来。",
            n -> "姓名：" + n);
    List<Function<String, String>> enTemplates =
        List.of(
            n -> "Dear " + n + ", thank you.",
            n -> "The report was written by " + n + " last year.",
            n -> "Please ask " + n + " about it.",
            n -> "Signed " + n + ".");
    String[] zhDecoys = {
      "王国和王朝的故事。",
      "行李很重。",
      "黄金价格上涨，黄河水位下降。",
      "一张桌子，紧张的气氛。",
      "李子熟了。",
      "我去过北京、上海和广州。",
      "上海路很宽。",
      "邮编 200000",
      "周末去张家界旅游。"
    };
    String[] enDecoys = {
      "The New York Times reported it.", "May is a warm month.", "We met at Boston University.",
      "Will it rain?", "The George Washington Bridge is long.", "Paris is in France.",
      "ZIP code 10001 only.", "Mark the box.", "Main Street is busy."
    };
    int[] zh = new int[3];
    int[] en = new int[3];
    int[] addr = new int[3];
    for (int k = 0; k < 400; k++) {
      String zn = zhSur[r.nextInt(zhSur.length)] + zhGiven[r.nextInt(zhGiven.length)];
      score(zhTemplates.get(r.nextInt(zhTemplates.size())).apply(zn), zn, PiiType.PERSON, zh);
      score(zhDecoys[r.nextInt(zhDecoys.length)], null, PiiType.PERSON, zh);
      String en1 = enGiven[r.nextInt(enGiven.length)] + " " + enSur[r.nextInt(enSur.length)];
      score(enTemplates.get(r.nextInt(enTemplates.size())).apply(en1), en1, PiiType.PERSON, en);
      score(enDecoys[r.nextInt(enDecoys.length)], null, PiiType.PERSON, en);
      String za = "北京市朝阳区建国路" + (1 + r.nextInt(200)) + "号" + (1 + r.nextInt(9)) + "栋";
      score("寄到" + za + "。", za, PiiType.ADDRESS, addr);
      String ea = (1 + r.nextInt(9000)) + " Oak Street, Springfield, IL 6270" + r.nextInt(10);
      score("Send it to " + ea + " today.", ea, PiiType.ADDRESS, addr);
      score(
          zhDecoys[r.nextInt(zhDecoys.length)] + enDecoys[r.nextInt(9)],
          null,
          PiiType.ADDRESS,
          addr);
    }
    String table =
        String.format(Locale.ROOT, "zh %s en %s address %s", score(zh), score(en), score(addr));
    System.out.println("PERSON/ADDRESS on the generated corpus: " + table);
    assertTrue(precision(zh) >= 0.85 && recall(zh) >= 0.80, table);
    assertTrue(precision(en) >= 0.85 && recall(en) >= 0.80, table);
    assertTrue(precision(addr) >= 0.90 && recall(addr) >= 0.90, table);
  }

  private static void score(String text, String planted, PiiType type, int[] s) {
    List<String> found = spans(text, type);
    boolean hit = planted != null && found.remove(planted);
    s[0] += hit ? 1 : 0;
    s[2] += planted != null && !hit ? 1 : 0;
    s[1] += found.size();
  }

  private static String score(int[] s) {
    return String.format(
        Locale.ROOT, "P %.3f R %.3f (%d/%d/%d)", precision(s), recall(s), s[0], s[1], s[2]);
  }

  private static double precision(int[] s) {
    return s[0] + s[1] == 0 ? 1 : s[0] / (double) (s[0] + s[1]);
  }

  private static double recall(int[] s) {
    return s[0] + s[2] == 0 ? 1 : s[0] / (double) (s[0] + s[2]);
  }

  private static List<String> spans(String text, PiiType type) {
    List<String> out = new ArrayList<>();
    for (PiiFinding f : DETECTOR.find(text).pii()) {
      if (f.type().equals(type.name())) {
        out.add(text.substring(f.start(), f.end()));
      }
    }
    return out;
  }
}

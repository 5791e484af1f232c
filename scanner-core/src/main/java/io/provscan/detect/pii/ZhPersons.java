package io.provscan.detect.pii;

import java.util.List;

/**
 * Chinese personal names: a listed surname and a given name of one or two characters, reported only
 * with context, because surnames are also common words (王国, 行李, 黄金, 一张纸). A label before it (姓名,
 * 联系人, 收件人) gives {@value #LABELLED}; a title after it (先生, 女士) or 某 gives {@value #TITLED}; a verb
 * of speech or an age after it ({@code 说}, {@code ，34岁}) gives {@value #PROSE} and needs a given
 * name made of common given-name characters. A name with none of these is not reported: alone in
 * prose it is weak evidence. Masked as the surname and one star per given character ({@code 张*}).
 */
final class ZhPersons {
  static final double LABELLED = 0.9;
  static final double TITLED = 0.85;
  static final double PROSE = 0.6;

  private static final WordList LABELS =
      words(
          "姓名", "联系人", "收件人", "收货人", "寄件人", "患者", "申请人", "法定代表人", "负责人", "经办人", "作者", "签名", "署名",
          "户主", "家长", "监护人", "被告", "原告", "证人", "乘客", "借款人", "委托人", "代理人", "名叫", "我叫", "叫做", "学生",
          "员工");
  private static final WordList TITLES =
      words("先生", "女士", "小姐", "老师", "医生", "教授", "同学", "经理", "律师", "主任", "博士", "同志", "师傅", "总经理");
  private static final WordList VERBS =
      words("说", "表示", "告诉", "认为", "指出", "介绍", "回忆", "透露", "称", "今年", "（男", "（女", "，男", "，女");

  /** Characters that end a given name: particles and verbs that follow names. */
  private static final String STOP = "的是在和与及说了也都就把将被于为等已今昨电手地身住联先女老医教同经律主博表告认指称向从到去来对给跟让请同等";

  private static final boolean[] STOPS = bits(STOP);

  private final NameData data;

  ZhPersons(NameData data) {
    this.data = data;
  }

  /** The name whose surname starts at {@code i}, or null. */
  Candidate at(String text, int i) {
    int s = surname(text, i);
    if (s == 0) {
      return null;
    }
    int g = i + s;
    boolean labelled = labelBefore(text, i);
    for (int len = 2; len >= 1; len--) {
      int end = g + len;
      if (!given(text, g, end)) {
        continue;
      }
      double c = confidence(text, g, end, labelled);
      if (c > 0) {
        return new Candidate(
            PiiType.PERSON,
            i,
            end,
            c,
            Candidate.ContextRule.PROVEN,
            "zh",
            text.substring(i, g) + "*".repeat(len));
      }
    }
    return null;
  }

  private int surname(String text, int i) {
    return data.zhSurnameWords.longestAt(text, i, 2);
  }

  private boolean given(String text, int g, int end) {
    if (end > text.length()) {
      return false;
    }
    for (int k = g; k < end; k++) {
      char c = text.charAt(k);
      if (!han(c) || STOPS[c]) {
        return false;
      }
    }
    return true;
  }

  private double confidence(String text, int g, int end, boolean labelled) {
    char after = Chars.at(text, end);
    boolean boundary = !han(after) || STOPS[after];
    if (text.charAt(g) == '某') {
      return TITLED;
    }
    if (startsAny(text, end, TITLES)) {
      return TITLED;
    }
    if (labelled && (boundary || startsAny(text, end, TITLES))) {
      return LABELLED;
    }
    if (!commonGiven(text, g, end)) {
      return 0;
    }
    if (startsAny(text, end, VERBS) || ageAfter(text, end)) {
      return PROSE;
    }
    return 0;
  }

  private boolean commonGiven(String text, int g, int end) {
    for (int k = g; k < end; k++) {
      if (!data.zhGivenCharWords.contains(text, k, 1)) {
        return false;
      }
    }
    return true;
  }

  /** {@code ，34岁} right after the name. */
  private static boolean ageAfter(String text, int end) {
    int p = end;
    if (p < text.length() && "，,、 ".indexOf(text.charAt(p)) >= 0) {
      p++;
    }
    int d = p;
    while (p < text.length() && p - d < 3 && Chars.digit(text.charAt(p))) {
      p++;
    }
    return p > d && p < text.length() && text.charAt(p) == '岁';
  }

  private static boolean labelBefore(String text, int i) {
    int p = i;
    while (p > 0 && i - p < 3 && "：: 是为".indexOf(text.charAt(p - 1)) >= 0) {
      p--;
    }
    return LABELS.endsAt(text, p);
  }

  private static boolean startsAny(String text, int at, WordList words) {
    return words.startingAt(text, at) > 0;
  }

  private static boolean[] bits(String chars) {
    boolean[] set = new boolean[Character.MAX_VALUE + 1];
    chars.chars().forEach(c -> set[c] = true);
    return set;
  }

  /** True when a name may start at {@code c}: it begins a listed surname. */
  boolean starts(char c) {
    return data.zhSurnameWords.starts(c);
  }

  private static WordList words(String... words) {
    return new WordList(List.of(words));
  }

  static boolean han(char c) {
    return c >= '\u4e00' && c <= '\u9fff';
  }
}

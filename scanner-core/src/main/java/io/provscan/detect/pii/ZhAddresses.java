package io.provscan.detect.pii;

import java.util.List;

/**
 * Chinese postal addresses: a chain of segments, each a short body and a unit (省, 自治区, 市, 区, 县, 镇,
 * 街道, 路, 街, 号, 栋, 单元, 室 …), starting at a listed division name or after an address label (地址, 住址).
 * A chain counts as an address only when it reaches a house or building number (digits before 号, 栋,
 * 单元, 室 …): a division or a road alone is a place, not an address. Masked down to its
 * administrative part ({@code 北京市海淀区*******}), the span's length kept.
 */
final class ZhAddresses {
  /** Longest body of one segment, in characters: {@value}. */
  static final int MAX_BODY = 8;

  /** Units, longest first; those from {@link #NUMBERED} on need a numeric body. */
  private static final List<String> UNITS =
      List.of(
          "特别行政区", "壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "自治州", "省", "市", "州", "盟", "区", "县", "旗",
          "街道", "大道", "胡同", "小区", "大厦", "公寓", "花园", "镇", "乡", "村", "路", "街", "道", "巷", "里", "单元",
          "号楼", "号院", "号", "栋", "幢", "座", "楼", "层", "室", "弄", "组");

  private static final int NUMBERED = UNITS.indexOf("单元");
  private static final int ADMIN_END = UNITS.indexOf("街道");
  private static final String NUMERALS = "零〇一二两三四五六七八九十百";
  private static final WordList LABELS = new WordList(List.of("地址", "住址"));

  private final NameData data;

  ZhAddresses(NameData data) {
    this.data = data;
  }

  /** True when an address may start at {@code c}: it begins a division name or a label. */
  boolean starts(char c) {
    return data.zhDivisionWords.starts(c) || LABELS.starts(c);
  }

  /** Length of a division name starting at {@code i}, or 0. */
  int division(String text, int i) {
    int len = data.zhDivisionWords.longestAt(text, i, 4);
    return len >= 2 ? len : 0;
  }

  /** The address starting at {@code i} (a division name or just after a label), or null. */
  Candidate at(String text, int i) {
    int p = i;
    int adminEnd = i;
    boolean numbered = false;
    boolean admin = true;
    int end = i;
    while (true) {
      int[] seg = segment(text, p);
      if (seg == null) {
        break;
      }
      int unit = seg[1];
      numbered |= unit >= NUMBERED;
      admin &= unit < ADMIN_END;
      end = seg[0];
      if (admin) {
        adminEnd = end;
      }
      p = end;
      while (p < text.length() && (text.charAt(p) == ' ' || text.charAt(p) == '-')) {
        p++;
      }
    }
    if (!numbered) {
      return null;
    }
    String masked = text.substring(i, adminEnd) + "*".repeat(end - adminEnd);
    return new Candidate(PiiType.ADDRESS, i, end, 0.9, Candidate.ContextRule.PROVEN, "zh", masked);
  }

  /** True when {@code i} follows an address label and an optional colon. */
  static int afterLabel(String text, int i) {
    int l = LABELS.startingAt(text, i);
    if (l == 0) {
      return -1;
    }
    int p = i + l;
    while (p < text.length() && "：: ".indexOf(text.charAt(p)) >= 0) {
      p++;
    }
    return p;
  }

  /** {end, unit index} of the segment starting at {@code p}, or null. */
  private static int[] segment(String text, int p) {
    for (int q = p + 1; q <= p + MAX_BODY && q < text.length(); q++) {
      char c = text.charAt(q - 1);
      if (!ZhPersons.han(c) && !Chars.alnum(c)) {
        return null;
      }
      for (int u = 0; u < UNITS.size(); u++) {
        String unit = UNITS.get(u);
        if (text.startsWith(unit, q) && (u < NUMBERED || numeric(text, p, q))) {
          int end = q + unit.length();
          while (end < text.length() && "市区县".indexOf(text.charAt(end)) >= 0 && u < ADMIN_END) {
            end++;
          }
          return new int[] {end, u};
        }
      }
    }
    return null;
  }

  private static boolean numeric(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (!Chars.alnum(c) && NUMERALS.indexOf(c) < 0) {
        return false;
      }
    }
    return Chars.digit(text.charAt(from)) || NUMERALS.indexOf(text.charAt(from)) >= 0;
  }
}

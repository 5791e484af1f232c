package io.provscan.detect.pii;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScratchTest {
  static String prose(int chars) {
    Random r = new Random(1);
    String[] en =
        "the of and to in is that for it as was with be by on not he this are or his from at which but have an they you were her she there been one all we their has would when if so no will more out up into do any your what"
            .split(" ");
    String zh =
        "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质";
    StringBuilder sb = new StringBuilder(chars + 200);
    while (sb.length() < chars) {
      int k = r.nextInt(100);
      if (k < 55) {
        for (int w = 0; w < 12; w++) sb.append(en[r.nextInt(en.length)]).append(' ');
        sb.append(". ");
      } else if (k < 90) {
        for (int w = 0; w < 30; w++) sb.append(zh.charAt(r.nextInt(zh.length())));
        sb.append("。");
      } else if (k < 95) {
        sb.append("In ")
            .append(1900 + r.nextInt(125))
            .append(", about ")
            .append(r.nextInt(100000))
            .append(" people, 3.5% more; version 2.")
            .append(r.nextInt(20))
            .append(".1 ");
      } else if (k < 97) {
        sb.append("电话 138")
            .append(10000000 + r.nextInt(89999999))
            .append("，邮箱 user")
            .append(r.nextInt(999))
            .append("@163.com ");
      } else {
        sb.append("订单号 ")
            .append(1000000000L + r.nextInt(1 << 30))
            .append(" 2023-0")
            .append(1 + r.nextInt(9))
            .append("-12 ");
      }
      if (r.nextInt(8) == 0) sb.append('\n');
    }
    return sb.toString();
  }

  @Test
  void scratch() {
    String text = prose(20_000_000);
    PiiDetector all = new PiiDetector();
    Keywords kw = Keywords.bundled();
    Detectors rules = new Detectors(EnumSet.allOf(PiiType.class), DetectorCases.TODAY);
    long bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    for (int round = 0; round < 4; round++) {
      long t0 = System.nanoTime();
      kw.find(text);
      long t1 = System.nanoTime();
      List<Candidate> out = new ArrayList<>();
      new Lexer(text, rules, out).run();
      long t2 = System.nanoTime();
      var f = all.find(text);
      long t3 = System.nanoTime();
      System.out.printf(
          "SCRATCH %d MB utf8: keywords %.0f MB/s, lexer %.0f MB/s (%d cand), full %.0f MB/s (%d pii)%n",
          bytes >> 20,
          bytes / 1e6 / ((t1 - t0) / 1e9),
          bytes / 1e6 / ((t2 - t1) / 1e9),
          out.size(),
          bytes / 1e6 / ((t3 - t2) / 1e9),
          f.pii().size());
    }
  }
}

package io.provscan.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The policy's reasons read in Chinese; rule keys and values stay as written. */
class ReasonTextTest {
  private final ReasonText zh = ReasonText.of(Locale.SIMPLIFIED_CHINESE);

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "review: licence CC-BY-NC-4.0 is non-commercial (licenses.categories.non-commercial)"
            + "|待审核：许可证 CC-BY-NC-4.0 属于非商业（licenses.categories.non-commercial）",
        "block: licence GPL-3.0-only is denied (licenses.deny)"
            + "|阻止：许可证 GPL-3.0-only 被拒绝（licenses.deny）",
        "review: licence MIT declared by dataset:cards/README.md is unknown (licenses.categories.unknown)"
            + "|待审核：由 dataset:cards/README.md 声明的许可证 MIT 属于未知（licenses.categories.unknown）",
        "review: LicenseRef-llama2 has clause mau-threshold = 700000000 (clauses.mau-threshold)"
            + "|待审核：LicenseRef-llama2 含有条款 mau-threshold = 700000000（clauses.mau-threshold）",
        "block: publisher reserved AI training or TDM: robots-txt disallow for GPTBot (optout.reserved)"
            + "|阻止：发布者保留了 AI 训练或文本与数据挖掘的权利：robots-txt disallow for GPTBot（optout.reserved）",
        "review: 2 × EMAIL_ADDRESS (pii.types.EMAIL_ADDRESS)"
            + "|待审核：2 处个人信息：EMAIL_ADDRESS（pii.types.EMAIL_ADDRESS）",
        "block: 1 × sensitive HEALTH (sensitive.categories.HEALTH)"
            + "|阻止：1 处敏感个人信息：HEALTH（sensitive.categories.HEALTH）",
        "review: not extracted (parse-error) (items.failed)|待审核：未能提取（parse-error）（items.failed）",
        "block: 3 of the items of host:a.example blocked (items)"
            + "|阻止：host:a.example 的条目中有 3 个被阻止（items）",
        "review: declared MIT but CC-BY-NC-4.0 found in 1 item (licenses.conflict)"
            + "|待审核：declared MIT but CC-BY-NC-4.0 found in 1 item（licenses.conflict）"
      })
  void readsEachShapeOfReasonInChinese(String reason, String expected) {
    assertEquals(expected, zh.of(reason));
  }

  @Test
  void leavesEnglishAndUnknownShapesAsWritten() {
    String reason = "review: licence MIT is permissive (licenses.categories.permissive)";
    assertEquals(reason, ReasonText.of(Locale.ENGLISH).of(reason));
    assertEquals("not a reason", zh.of("not a reason"));
  }

  @Test
  void everyShapeHasItsChineseText() {
    ResourceBundle b = ResourceBundle.getBundle("io.provscan.policy.reasons", Locale.CHINESE);
    for (String key : ReasonText.shapeKeys()) {
      assertTrue(b.containsKey("evidence." + key), key);
    }
    for (Action a : Action.values()) {
      assertFalse(b.getString("action." + a.id()).isBlank());
    }
  }
}

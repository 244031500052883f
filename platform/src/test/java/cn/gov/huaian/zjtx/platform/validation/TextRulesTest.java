package cn.gov.huaian.zjtx.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.huaian.zjtx.platform.text.Texts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names and codes refuse bidi controls and zero-width characters; free text keeps them. */
class TextRulesTest {

  @Test
  void hiddenFormattingInANameIsRefused() {
    for (String name :
        List.of(
            "示范\u202E企业",
            "示范\u202A企业",
            "示范\u2066企业\u2069",
            "示范\u200B企业",
            "示范\u200C企业",
            "示范\u200D企业",
            "\uFEFF示范企业",
            "示范\u2060企业",
            "示范\u200F企业")) {
      var v = new Violations();
      v.requiredName("name", "企业名称", name, 2, 100);
      assertThat(v.list()).as(name).hasSize(1);
      assertThat(v.list().getFirst().field()).isEqualTo("name");
      assertThat(v.list().getFirst().message()).contains("不可见的格式字符");
    }
  }

  @Test
  void plainNamesPassAndFreeTextKeepsWhatItHas() {
    var v = new Violations();
    assertThat(v.requiredName("name", "企业名称", " 淮安示范科技（集团）有限公司 ", 2, 100))
        .isEqualTo("淮安示范科技（集团）有限公司");
    assertThat(v.optionalName("code", "编码", null, 10)).isNull();
    assertThat(v.optionalText("summary", "摘要", "家庭👨\u200D👩\u200D👧", 100)).contains("\u200D");
    assertThat(v.list()).isEmpty();
  }

  @Test
  void oneMessagePerField() {
    var v = new Violations();
    v.requiredName("name", "企业名称", "\u202E" + "长".repeat(200), 2, 100);
    assertThat(v.list()).hasSize(1);
  }

  @Test
  void thePlainNameConstraint() {
    var check = new cn.gov.huaian.zjtx.platform.web.PlainName.Check();
    assertThat(check.isValid("淮安示范", null)).isTrue();
    assertThat(check.isValid(null, null)).isTrue();
    assertThat(check.isValid("HA-\u202E01", null)).isFalse();
  }

  @Test
  void unstorableText() {
    assertThat(Texts.unstorableReason("数控机床😀")).isNull();
    assertThat(Texts.unstorableReason("a\u0000b")).contains("空字符");
    assertThat(Texts.unstorableReason("a\uD800b")).contains("代理");
    assertThat(Texts.unstorableReason("a\uDC00")).contains("代理");
    assertThat(Texts.unstorableReason("\uD83D")).contains("代理");
  }
}

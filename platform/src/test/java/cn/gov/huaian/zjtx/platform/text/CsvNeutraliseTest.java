package cn.gov.huaian.zjtx.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV/formula injection (OWASP): cells that a spreadsheet would run as formulas become text. */
class CsvNeutraliseTest {

  @Test
  void cellsBeginningWithAFormulaCharacterGetAnApostrophe() {
    assertThat(Csv.neutralise("=HYPERLINK(\"http://x\",\"点我\")"))
        .isEqualTo("'=HYPERLINK(\"http://x\",\"点我\")");
    assertThat(Csv.neutralise("+1+cmd|' /C calc'!A0")).startsWith("'+");
    assertThat(Csv.neutralise("-2+3")).isEqualTo("'-2+3");
    assertThat(Csv.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(Csv.neutralise("\t=1")).isEqualTo("'\t=1");
    assertThat(Csv.neutralise("\r=1")).isEqualTo("'\r=1");
  }

  @Test
  void ordinaryTextAndPlainNumbersStayAsTheyAre() {
    assertThat(Csv.neutralise("淮安示范科技有限公司")).isEqualTo("淮安示范科技有限公司");
    assertThat(Csv.neutralise("a=b")).isEqualTo("a=b");
    assertThat(Csv.neutralise("-12.5")).isEqualTo("-12.5");
    assertThat(Csv.neutralise("+3")).isEqualTo("+3");
    assertThat(Csv.neutralise("")).isEmpty();
    assertThat(Csv.neutralise(null)).isNull();
  }

  @Test
  void aCsvLineNeutralisesTextsButNotNumbers() {
    assertThat(Csv.line(Arrays.asList("=1+1", -5, "名称,含逗号", null, "@x")))
        .isEqualTo("'=1+1,-5,\"名称,含逗号\",,'@x");
    assertThat(Csv.line(List.of("=\"a\""))).isEqualTo("\"'=\"\"a\"\"\"");
  }
}

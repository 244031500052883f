package cn.gov.huaian.zjtx.enterprise.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Headers and cells as people write them. */
class CellsAndColumnsTest {
  @Test
  void headersAreRecognisedWithUnitsBracketsAndStars() {
    var m =
        Columns.map(
            List.of("序号", "*社会信用代码", "单位名称", "区县", "营业收入（万元）", "研发费用(元)", "备注"),
            Columns.ENTERPRISE);
    assertThat(m.get("creditCode")).get().extracting(Columns.Column::index).isEqualTo(1);
    assertThat(m.get("name")).isPresent();
    assertThat(m.ignored()).contains("营业收入（万元）", "备注").doesNotContain("序号");
    var f =
        Columns.map(List.of("统一社会信用代码", "年份", "营业收入（万元）", "研发费用(元)", "Ⅰ类知识产权数"), Columns.FIGURES);
    assertThat(f.get("revenue").get().yuanPerUnit()).isEqualTo(10_000);
    assertThat(f.get("rdSpending").get().yuanPerUnit()).isEqualTo(1);
    assertThat(f.get("ipClass1")).isPresent();
  }

  @Test
  void datesInTheUsualShapes() throws Exception {
    LocalDate d = LocalDate.of(2012, 5, 18);
    for (String s :
        List.of(
            "2012-05-18", "2012/5/18", "2012年5月18日", "20120518", "2012.5.18", "5/18/12", "41047")) {
      assertThat(Cells.date(s)).as(s).isEqualTo(d);
    }
    assertThatThrownBy(() -> Cells.date("2012-13-01")).hasMessageContaining("不存在");
    assertThatThrownBy(() -> Cells.date("去年")).hasMessageContaining("格式无法识别");
  }

  @Test
  void numbersMoneyRatesAndStars() throws Exception {
    assertThat(Cells.money("1,234.5", 10_000)).isEqualByComparingTo("12345000");
    assertThat(Cells.percent("55%")).isEqualByComparingTo("55");
    assertThat(Cells.percent("0.55")).isEqualByComparingTo("55");
    assertThat(Cells.percent("55")).isEqualByComparingTo("55");
    assertThat(Cells.stars("三星级")).isEqualTo(3);
    assertThat(Cells.stars("4星")).isEqualTo(4);
    assertThat(Cells.stars("未上云")).isZero();
    assertThatThrownBy(() -> Cells.whole("3.5")).hasMessageContaining("整数");
    assertThatThrownBy(() -> Cells.number("一百")).hasMessageContaining("不是数字");
  }
}

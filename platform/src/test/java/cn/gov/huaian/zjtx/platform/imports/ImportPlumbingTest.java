package cn.gov.huaian.zjtx.platform.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ImportPlumbingTest {
  @Test
  void headersMatchWhateverTheUnitStarsAndBrackets() {
    Map<String, List<String>> synonyms = new LinkedHashMap<>();
    synonyms.put("district", List.of("所在区县", "区（县）"));
    synonyms.put("revenue", List.of("营业收入"));
    assertThat(Headers.fieldOf(" *区(县) ", synonyms, false)).isEqualTo("district");
    assertThat(Headers.fieldOf("营业收入（万元）", synonyms, false)).isEqualTo("revenue");
    assertThat(Headers.fieldOf("revenue", synonyms, false)).isNull();
    assertThat(Headers.fieldOf("Revenue", synonyms, true)).isEqualTo("revenue");
    assertThat(Headers.fieldOf("  ", synonyms, true)).isNull();
    assertThat(Headers.unitOf("营业收入（万元）")).isEqualTo(10_000);
    assertThat(Headers.unitOf("融资(亿元)")).isEqualTo(100_000_000);
    assertThat(Headers.unitOf("研发费用")).isEqualTo(1);
  }

  @Test
  void datesAsPeopleTypeThem() {
    LocalDate d = LocalDate.of(2012, 5, 18);
    for (String s :
        List.of("2012-05-18", "2012年5月18日", "2012.5.18", "20120518", "5/18/2012", "41047")) {
      assertThat(CellDates.parse(s)).as(s).isEqualTo(d);
    }
    assertThat(CellDates.parse("去年")).isNull();
    assertThatThrownBy(() -> CellDates.parse("2012-13-01")).isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> CellDates.read(" 2012-13-01", "2012-05-18"))
        .hasMessage("日期“2012-13-01”不存在");
    assertThatThrownBy(() -> CellDates.read("去年", "2012-05-18"))
        .hasMessage("日期“去年”格式无法识别，请写作 2012-05-18");
  }

  @Test
  void csvAndXlsxBecomeRowsOfText() throws Exception {
    var csv = "\n名称,日期\n甲,2012-05-18\n".getBytes(StandardCharsets.UTF_8);
    var rows = Sheets.read(csv, "a.csv", ".xlsx");
    assertThat(rows.get(Sheets.firstFilled(rows))).containsExactly("名称", "日期");
    assertThat(rows.getLast()).containsExactly("甲", "2012-05-18");
    assertThat(Sheets.firstFilled(List.of(List.of(" ", "")))).isEqualTo(-1);

    var out = new ByteArrayOutputStream();
    try (var wb = new XSSFWorkbook()) {
      var sheet = wb.createSheet();
      sheet.createRow(0).createCell(0).setCellValue("名称");
      var row = sheet.createRow(2);
      row.createCell(1).setCellValue(42.0);
      wb.write(out);
    }
    var xlsx = Sheets.read(out.toByteArray(), "x.xlsx", ".xlsx");
    assertThat(xlsx).hasSize(3);
    assertThat(Sheets.blank(xlsx.get(1))).isTrue();
    assertThat(xlsx.get(2)).containsExactly("", "42");
  }

  @Test
  void oldExcelAndBrokenFilesAreRefusedWithAReason() {
    assertThatThrownBy(() -> Sheets.read(new byte[] {1, 2, 3, 4, 5}, "a.xls", ".xlsx 或 .csv"))
        .hasMessage("不支持旧版 Excel（.xls）文件，请另存为 .xlsx 或 .csv 后再导入");
    assertThatThrownBy(
            () -> Sheets.read("PK\3\4broken".getBytes(StandardCharsets.UTF_8), "b", ".xlsx"))
        .hasMessageContaining("无法读取 XLSX");
  }

  @Test
  void clipKeepsTextInsideItsColumn() {
    assertThat(ImportJobs.clip("abcdef", 4)).isEqualTo("abc…");
    assertThat(ImportJobs.clip("abc", 4)).isEqualTo("abc");
    assertThat(ImportJobs.clip(null, 4)).isNull();
  }
}

package cn.gov.huaian.zjtx.matchmaking.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Files as people send them: XLSX with Chinese headers, JSON Lines, and what is refused. */
class ImportFileTest {

  /** An XLSX workbook of one sheet with these rows (the first is the header). */
  static byte[] xlsx(List<List<Object>> rows) throws Exception {
    try (var wb = new XSSFWorkbook();
        var out = new ByteArrayOutputStream()) {
      var sheet = wb.createSheet("导入");
      for (int r = 0; r < rows.size(); r++) {
        var row = sheet.createRow(r);
        for (int c = 0; c < rows.get(r).size(); c++) {
          Object v = rows.get(r).get(c);
          if (v instanceof Number n) {
            row.createCell(c).setCellValue(n.doubleValue());
          } else if (v != null) {
            row.createCell(c).setCellValue(v.toString());
          }
        }
      }
      wb.write(out);
      return out.toByteArray();
    }
  }

  @Test
  void anXlsxSheetBecomesRowsOfFieldsWithTheHeadersKept() throws Exception {
    byte[] file =
        xlsx(
            List.of(
                List.of("序号", "高校名称*", "所在城市", "所在省份"),
                List.of(1, "淮阴工学院", "淮安市", "江苏省"),
                List.of(),
                List.of(2, "江南大学", "无锡市", "")));
    var t = ImportFile.read(file, "高校.xlsx", ImportKind.UNIVERSITIES);
    assertThat(t.headerOf()).containsEntry("name", "高校名称*").containsEntry("city", "所在城市");
    assertThat(t.ignored()).containsExactly("序号");
    assertThat(t.rows()).extracting(ImportFile.Row::number).containsExactly(2, 4);
    assertThat(t.rows().get(1).values()).containsEntry("name", "江南大学");
  }

  @Test
  void moneyInWanYuanIsKnownByItsHeader() throws Exception {
    var t =
        ImportFile.table(
            List.of(List.of("需求名称", "预算上限（万元）"), List.of("x", "12.5")), ImportKind.NEEDS);
    assertThat(t.yuanPer()).containsEntry("budgetMax", 10_000L);
  }

  @Test
  void aJsonLinesLineThatIsNoObjectFailsThatRowOnly() throws Exception {
    byte[] jsonl =
        "{\"name\":\"淮阴工学院\",\"city\":\"淮安市\"}\nnot json\n\n{\"name\":\"江南大学\",\"city\":\"无锡市\"}\n"
            .getBytes(StandardCharsets.UTF_8);
    var t = ImportFile.read(jsonl, "u.jsonl", ImportKind.UNIVERSITIES);
    assertThat(t.rows()).extracting(ImportFile.Row::number).containsExactly(1, 2, 4);
    var bad = ImportRows.university(t.rows().get(1), t);
    assertThat(bad.errors())
        .first()
        .satisfies(e -> assertThat(e.message()).contains("不是一个 JSON 对象"));
  }

  @Test
  void whatCannotBeReadIsRefusedWithAReason() {
    assertThatThrownBy(
            () ->
                ImportFile.read(
                    new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, 0x0E, 1},
                    "old.xls",
                    ImportKind.EXPERTS))
        .hasMessageContaining(".xls");
    assertThatThrownBy(
            () ->
                ImportFile.read(
                    "PK\u0003\u0004 broken".getBytes(StandardCharsets.ISO_8859_1),
                    "x.xlsx",
                    ImportKind.EXPERTS))
        .hasMessageContaining("无法读取 XLSX");
    assertThatThrownBy(
            () ->
                ImportFile.read(
                    "\n\n".getBytes(StandardCharsets.UTF_8), "x.csv", ImportKind.EXPERTS))
        .hasMessageContaining("文件为空");
  }

  @Test
  void aMissingRequiredColumnIsNamed() throws Exception {
    var t =
        ImportFile.table(List.of(List.of("姓名", "研究方向"), List.of("王", "数控")), ImportKind.EXPERTS);
    assertThat(Importer.missingColumns(t, ImportKind.EXPERTS)).containsExactly("所属高校");
    var needs = ImportFile.table(List.of(List.of("需求名称"), List.of("x")), ImportKind.NEEDS);
    assertThat(Importer.missingColumns(needs, ImportKind.NEEDS))
        .containsExactly("统一社会信用代码（或企业编号、企业名称）");
  }
}

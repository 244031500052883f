package cn.gov.huaian.zjtx.enterprise.registry;

import cn.gov.huaian.zjtx.enterprise.figures.FigureMath;
import cn.gov.huaian.zjtx.enterprise.figures.YearFigures;
import cn.gov.huaian.zjtx.enterprise.tiers.QualificationKind;
import cn.gov.huaian.zjtx.enterprise.tiers.QualificationService;
import cn.gov.huaian.zjtx.platform.text.Csv;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the filtered enterprise list as XLSX with streaming (SXSSF keeps 200 rows in memory),
 * reading the database a page at a time. The headers are those the importer understands, so an
 * exported file can be corrected and imported back.
 */
@ApplicationScoped
public class EnterpriseExport {
  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  public static final int MAX_ROWS = 100_000;
  private static final int PAGE = 2_000;
  private static final BigDecimal WAN = BigDecimal.valueOf(10_000);

  static final List<String> HEADERS =
      List.of(
          "统一社会信用代码",
          "企业名称",
          "成立日期",
          "所在区县",
          "所在镇街",
          "所在园区",
          "详细地址",
          "行业代码",
          "行业名称",
          "7+3 集群",
          "当前梯度",
          "主导产品",
          "细分市场",
          "从事细分市场年限",
          "产业链位置",
          "联系人",
          "联系电话",
          "指标年度",
          "营业收入（万元）",
          "主营业务收入（万元）",
          "研发费用（万元）",
          "研发投入占比",
          "资产负债率",
          "有效发明专利数",
          "从业人员数");

  public void write(String where, Map<String, Object> params, int year, OutputStream out)
      throws IOException {
    try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
      SXSSFSheet sheet = wb.createSheet("企业名单");
      CellStyle bold = wb.createCellStyle();
      Font font = wb.createFont();
      font.setBold(true);
      bold.setFont(font);
      Row header = sheet.createRow(0);
      for (int i = 0; i < HEADERS.size(); i++) {
        header.createCell(i).setCellValue(HEADERS.get(i));
        header.getCell(i).setCellStyle(bold);
        sheet.setColumnWidth(i, i == 1 || i == 6 ? 40 * 256 : 16 * 256);
      }
      sheet.createFreezePane(0, 1);
      int rowNo = 1;
      for (int page = 0; rowNo <= MAX_ROWS; page++) {
        final int p = page;
        List<Object[]> chunk =
            QuarkusTransaction.requiringNew().call(() -> load(where, params, year, p));
        for (Object[] pair : chunk) {
          if (rowNo > MAX_ROWS) {
            break;
          }
          row(sheet.createRow(rowNo++), (EnterpriseView) pair[0], (YearFigures) pair[1], year);
        }
        if (chunk.size() < PAGE) {
          break;
        }
      }
      wb.write(out);
      // closing the workbook (try-with-resources) deletes its temporary files
    }
  }

  private static List<Object[]> load(String where, Map<String, Object> params, int year, int page) {
    List<Enterprise> rows =
        Enterprise.<Enterprise>find(
                "from Enterprise e where " + where, Sort.by("name").and("id"), params)
            .page(page, PAGE)
            .list();
    List<UUID> ids = rows.stream().map(e -> e.id).toList();
    Map<UUID, QualificationKind> tiers =
        QualificationService.currentTiers(ids, QualificationService.today());
    Map<UUID, YearFigures> figures = new HashMap<>();
    if (!ids.isEmpty()) {
      YearFigures.<YearFigures>list("enterpriseId in ?1 and year = ?2", ids, year)
          .forEach(f -> figures.put(f.enterpriseId, f));
    }
    return rows.stream()
        .map(e -> new Object[] {EnterpriseView.of(e, tiers.get(e.id)), figures.get(e.id)})
        .toList();
  }

  private static void row(Row r, EnterpriseView e, YearFigures f, int year) {
    var contact = e.contacts().isEmpty() ? null : e.contacts().get(0);
    Object[] values = {
      e.creditCode(),
      e.name(),
      e.foundedOn() == null ? null : e.foundedOn().toString(),
      e.districtName(),
      e.townName(),
      e.parkName(),
      e.address(),
      e.industryCode(),
      e.industryName(),
      e.clusterName(),
      e.tierName(),
      e.mainProduct(),
      e.nicheMarket(),
      e.nicheYears(),
      e.chainPositionName(),
      contact == null ? null : contact.name(),
      contact == null ? null : contact.phone(),
      f == null ? null : year,
      f == null ? null : wan(f.revenue),
      f == null ? null : wan(f.mainRevenue),
      f == null ? null : wan(f.rdSpending),
      f == null ? null : FigureMath.ratio(f.rdSpending, f.revenue),
      f == null ? null : FigureMath.ratio(f.totalLiabilities, f.totalAssets),
      f == null ? null : f.inventionPatents,
      f == null ? null : f.totalStaff
    };
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      if (v == null) {
        continue;
      }
      if (v instanceof Number n) {
        r.createCell(i).setCellValue(n.doubleValue());
      } else {
        r.createCell(i).setCellValue(Csv.neutralise(v.toString()));
      }
    }
  }

  private static BigDecimal wan(BigDecimal yuan) {
    return yuan == null ? null : yuan.divide(WAN, 2, RoundingMode.HALF_UP);
  }
}

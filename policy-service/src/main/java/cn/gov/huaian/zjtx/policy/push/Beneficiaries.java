package cn.gov.huaian.zjtx.policy.push;

import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import cn.gov.huaian.zjtx.platform.text.Csv;
import cn.gov.huaian.zjtx.policy.matching.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.hibernate.Session;

/**
 * 免申即享：the enterprises eligible for an exempt program, from the stored results, and their XLSX
 * list.
 */
@ApplicationScoped
public class Beneficiaries {
  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));
  private final EntityManager em;

  public Beneficiaries(EntityManager em) {
    this.em = em;
  }

  /** One beneficiary. */
  public record Beneficiary(
      UUID enterpriseId,
      String creditCode,
      String name,
      String districtCode,
      BigDecimal amountMin,
      BigDecimal amountMax,
      int rulesVersion,
      Instant eligibleSince) {}

  /** The list with its program. */
  public record BeneficiaryList(
      UUID programId,
      String title,
      String docNumber,
      int rulesVersion,
      long count,
      BigDecimal totalMin,
      BigDecimal totalMax,
      List<Beneficiary> items) {}

  @Transactional
  public BeneficiaryList list(UUID programId) {
    List<Object[]> program =
        em.unwrap(Session.class)
            .createNativeQuery(
                "select title, doc_number, rules_version, exempt_application from program where id = ?1",
                Object[].class)
            .setParameter(1, programId)
            .getResultList();
    if (program.isEmpty()) {
      throw ProblemException.notFound("项目");
    }
    Object[] p = program.getFirst();
    if (!(Boolean) p[3]) {
      throw new ProblemException(409, "not-exempt", "不是免申即享项目", "该项目需要企业申报，不生成免申即享名单");
    }
    List<Object[]> rows =
        em.unwrap(Session.class)
            .createNativeQuery(
                "select e.enterprise_id, e.credit_code, e.name, e.district_code, r.amount_min, r.amount_max, r.rules_version, r.changed_at "
                    + "from match_result r join enterprise_fact e on e.enterprise_id = r.enterprise_id "
                    + "where r.program_id = ?1 and r.status = 'ELIGIBLE' order by e.district_code, e.credit_code",
                Object[].class)
            .setParameter(1, programId)
            .getResultList();
    List<Beneficiary> items =
        rows.stream()
            .map(
                r ->
                    new Beneficiary(
                        (UUID) r[0],
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        (BigDecimal) r[4],
                        (BigDecimal) r[5],
                        ((Number) r[6]).intValue(),
                        Times.instant(r[7])))
            .toList();
    BigDecimal min =
        items.stream().map(Beneficiary::amountMin).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal max =
        items.stream().map(Beneficiary::amountMax).reduce(BigDecimal.ZERO, BigDecimal::add);
    return new BeneficiaryList(
        programId,
        (String) p[0],
        (String) p[1],
        ((Number) p[2]).intValue(),
        items.size(),
        min,
        max,
        items);
  }

  public byte[] xlsx(BeneficiaryList list) {
    try (SXSSFWorkbook book = new SXSSFWorkbook(200);
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet("免申即享名单");
      CellStyle bold = book.createCellStyle();
      var font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      Row title = sheet.createRow(0);
      title
          .createCell(0)
          .setCellValue(
              Csv.neutralise(
                  list.title()
                      + (list.docNumber() == null ? "" : "（" + list.docNumber() + "）")
                      + " 免申即享名单，规则第"
                      + list.rulesVersion()
                      + "版，共 "
                      + list.count()
                      + " 家"));
      title.getCell(0).setCellStyle(bold);
      String[] headers = {
        "序号", "统一社会信用代码", "企业名称", "所在区县代码", "预计金额下限（元）", "预计金额上限（元）", "规则版本", "符合时间"
      };
      Row header = sheet.createRow(1);
      for (int i = 0; i < headers.length; i++) {
        header.createCell(i).setCellValue(headers[i]);
        header.getCell(i).setCellStyle(bold);
      }
      int r = 2;
      for (Beneficiary b : list.items()) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(r - 1);
        row.createCell(1).setCellValue(Csv.neutralise(b.creditCode()));
        row.createCell(2).setCellValue(Csv.neutralise(b.name()));
        row.createCell(3)
            .setCellValue(b.districtCode() == null ? "" : Csv.neutralise(b.districtCode()));
        row.createCell(4).setCellValue(b.amountMin().doubleValue());
        row.createCell(5).setCellValue(b.amountMax().doubleValue());
        row.createCell(6).setCellValue(b.rulesVersion());
        row.createCell(7)
            .setCellValue(b.eligibleSince() == null ? "" : SHOWN.format(b.eligibleSince()));
        r++;
      }
      book.write(out);
      // closing the workbook (try-with-resources) deletes its temporary files
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

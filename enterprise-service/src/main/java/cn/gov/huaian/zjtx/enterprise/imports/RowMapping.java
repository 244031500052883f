package cn.gov.huaian.zjtx.enterprise.imports;

import cn.gov.huaian.zjtx.enterprise.figures.FigureRules;
import cn.gov.huaian.zjtx.enterprise.figures.Figures;
import cn.gov.huaian.zjtx.enterprise.reference.ReferenceData;
import cn.gov.huaian.zjtx.enterprise.registry.Contact;
import cn.gov.huaian.zjtx.enterprise.registry.CreditCode;
import cn.gov.huaian.zjtx.enterprise.registry.Profile;
import cn.gov.huaian.zjtx.enterprise.registry.ProfileInput;
import cn.gov.huaian.zjtx.enterprise.registry.ProfileRules;
import cn.gov.huaian.zjtx.platform.problem.Problem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns one spreadsheet row into a validated profile or figures, with the same rules as the API,
 * and reports each problem against the column header the person wrote. Plain Java.
 */
public final class RowMapping {
  /** A problem of one cell (column null for a row-level problem). */
  public record RowError(String column, String message) {}

  /** A profile or errors. */
  public record ProfileRow(Profile profile, List<RowError> errors) implements Checked {}

  /** Figures of one enterprise and year, or errors. */
  public record FiguresRow(String creditCode, Figures figures, List<RowError> errors)
      implements Checked {}

  /** A row read and checked: its errors, none if it can be written. */
  public interface Checked {
    List<RowError> errors();
  }

  private static final Map<String, String> PROFILE_FIELD_TO_COLUMN =
      Map.ofEntries(
          Map.entry("creditCode", "creditCode"),
          Map.entry("name", "name"),
          Map.entry("foundedOn", "foundedOn"),
          Map.entry("districtCode", "district"),
          Map.entry("townCode", "town"),
          Map.entry("park", "park"),
          Map.entry("address", "address"),
          Map.entry("industryCode", "industryCode"),
          Map.entry("mainProduct", "mainProduct"),
          Map.entry("nicheMarket", "nicheMarket"),
          Map.entry("nicheYears", "nicheYears"),
          Map.entry("chainPosition", "chainPosition"),
          Map.entry("contacts[0].name", "contactName"),
          Map.entry("contacts[0].phone", "contactPhone"),
          Map.entry("contacts[0].email", "contactEmail"));

  private final ReferenceData reference;
  private final ProfileRules rules;
  private final LocalDate today;

  public RowMapping(ReferenceData reference, LocalDate today) {
    this.reference = reference;
    this.rules = new ProfileRules(reference);
    this.today = today;
  }

  /** The columns an enterprise file must have. */
  public static List<String> missingEnterpriseColumns(Columns.Mapping m) {
    List<String> missing = new ArrayList<>();
    if (m.get("creditCode").isEmpty()) missing.add("统一社会信用代码");
    if (m.get("name").isEmpty()) missing.add("企业名称");
    if (m.get("district").isEmpty()) missing.add("所在区县");
    if (m.get("industryCode").isEmpty()) missing.add("行业代码");
    return missing;
  }

  public static List<String> missingFigureColumns(Columns.Mapping m) {
    List<String> missing = new ArrayList<>();
    if (m.get("creditCode").isEmpty()) missing.add("统一社会信用代码");
    if (m.get("year").isEmpty()) missing.add("年度");
    return missing;
  }

  public ProfileRow profile(Columns.Mapping m, List<String> cells) {
    List<RowError> errors = new ArrayList<>();
    Cell c = new Cell(m, cells, errors);
    String districtText = c.text("district");
    String district =
        districtText == null
            ? null
            : reference
                .districtByCodeOrName(districtText)
                .map(ReferenceData.District::code)
                .orElse(districtText);
    String townText = c.text("town");
    String town =
        townText == null
            ? null
            : reference
                .townByCodeOrName(district, townText)
                .map(ReferenceData.Town::code)
                .orElse(townText);
    String park = Cells.none(c.raw("park")) ? null : c.text("park");
    LocalDate founded = c.date("foundedOn");
    Integer nicheYears = c.whole("nicheYears");
    String contactName = c.text("contactName");
    String phone = c.text("contactPhone");
    String email = c.text("contactEmail");
    List<Contact> contacts =
        contactName == null && phone == null && email == null
            ? List.of()
            : List.of(new Contact(contactName, null, phone, email));
    ProfileInput in =
        new ProfileInput(
            c.text("creditCode"),
            c.text("name"),
            founded,
            district,
            town,
            park,
            c.text("address"),
            industry(c.text("industryCode")),
            c.text("mainProduct"),
            c.text("nicheMarket"),
            nicheYears,
            c.text("chainPosition"),
            contacts);
    var result = rules.validate(in, today);
    for (Problem.Violation e : result.errors()) {
      String field = PROFILE_FIELD_TO_COLUMN.getOrDefault(e.field(), e.field());
      errors.add(new RowError(m.get(field).map(Columns.Column::header).orElse(null), e.message()));
    }
    return new ProfileRow(errors.isEmpty() ? result.profile() : null, errors);
  }

  public FiguresRow figures(Columns.Mapping m, List<String> cells) {
    List<RowError> errors = new ArrayList<>();
    Cell c = new Cell(m, cells, errors);
    String code = CreditCode.normalize(c.text("creditCode"));
    CreditCode.problem(code).ifPresent(p -> errors.add(new RowError(c.header("creditCode"), p)));
    Integer year = c.whole("year");
    Figures f =
        new Figures(
            year,
            c.money("revenue"),
            c.money("mainRevenue"),
            c.money("rdSpending"),
            c.whole("rdStaff"),
            c.whole("totalStaff"),
            c.money("totalAssets"),
            c.money("totalLiabilities"),
            c.whole("inventionPatents"),
            c.whole("utilityPatents"),
            c.whole("designPatents"),
            c.whole("ipClass1"),
            c.whole("ipClass2"),
            c.money("newEquityFinancing"),
            c.percent("cncRate"),
            c.percent("mgmtDigitalRate"),
            c.percent("rdToolRate"),
            c.stars("cloudStar"),
            c.money("taxableIncome"),
            c.whole("techStaff"),
            c.money("highTechRevenue"),
            c.money("domesticRdSpending"),
            c.money("totalCosts"));
    if (errors.isEmpty()) {
      for (Problem.Violation e : FigureRules.validate(f, today.getYear())) {
        errors.add(new RowError(c.header(e.field()), e.message()));
      }
    }
    return new FiguresRow(code, errors.isEmpty() ? f : null, errors);
  }

  /** "3491", "C3491" or "3491 工业机器人制造" → "3491". */
  private static String industry(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    if (t.length() > 1
        && Character.isLetter(t.charAt(0))
        && t.charAt(0) < 128
        && Character.isDigit(t.charAt(1))) {
      t = t.substring(1);
    }
    int cut = 0;
    while (cut < t.length() && Character.isDigit(t.charAt(cut))) {
      cut++;
    }
    return cut >= 2 ? t.substring(0, cut) : t;
  }

  /** Reads cells of one row by field, recording unreadable cells. */
  private static final class Cell {
    final Columns.Mapping m;
    final List<String> cells;
    final List<RowError> errors;

    Cell(Columns.Mapping m, List<String> cells, List<RowError> errors) {
      this.m = m;
      this.cells = cells;
      this.errors = errors;
    }

    String header(String field) {
      return m.get(field).map(Columns.Column::header).orElse(null);
    }

    String raw(String field) {
      return m.get(field)
          .map(col -> col.index() < cells.size() ? cells.get(col.index()) : null)
          .orElse(null);
    }

    String text(String field) {
      return Cells.text(raw(field));
    }

    interface Parser<T> {
      T parse(String s) throws Cells.Bad;
    }

    <T> T parse(String field, Parser<T> p) {
      try {
        return p.parse(raw(field));
      } catch (Cells.Bad e) {
        errors.add(new RowError(header(field), e.getMessage()));
        return null;
      }
    }

    LocalDate date(String field) {
      return parse(field, Cells::date);
    }

    Integer whole(String field) {
      return parse(field, Cells::whole);
    }

    BigDecimal money(String field) {
      long unit = m.get(field).map(Columns.Column::yuanPerUnit).orElse(1L);
      return parse(field, s -> Cells.money(s, unit));
    }

    BigDecimal percent(String field) {
      return parse(field, Cells::percent);
    }

    Integer stars(String field) {
      return parse(field, Cells::stars);
    }
  }
}

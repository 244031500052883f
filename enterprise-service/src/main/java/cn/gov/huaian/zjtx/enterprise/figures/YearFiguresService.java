package cn.gov.huaian.zjtx.enterprise.figures;

import cn.gov.huaian.zjtx.enterprise.registry.Enterprise;
import cn.gov.huaian.zjtx.enterprise.registry.EnterpriseRegistry;
import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Records yearly figures; a change of figures is a change of the enterprise (new version, event).
 */
@ApplicationScoped
public class YearFiguresService {
  private final EntityManager em;
  private final EnterpriseRegistry registry;

  public YearFiguresService(EntityManager em, EnterpriseRegistry registry) {
    this.em = em;
    this.registry = registry;
  }

  public static int currentYear() {
    return LocalDate.now(EnterpriseRegistry.ZONE).getYear();
  }

  public Figures validate(int year, Figures body) {
    if (body == null) {
      throw ProblemException.invalid("body", "请求体不能为空");
    }
    if (body.year() != null && body.year() != year) {
      throw ProblemException.invalid("year", "请求体中的年度与地址中的年度不一致");
    }
    Figures f = body.withYear(year);
    var errors = FigureRules.validate(f, currentYear());
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
    return f;
  }

  /**
   * Creates or replaces one year's figures. Replacing needs the version the client read ({@code
   * expectedVersion}); creating needs none.
   */
  @Transactional
  public FiguresView put(UUID enterpriseId, Figures f, Long expectedVersion) {
    Enterprise e = Enterprise.findById(enterpriseId);
    if (e == null) {
      throw ProblemException.notFound("企业");
    }
    YearFigures row = YearFigures.findById(new YearFigures.Key(enterpriseId, f.year()));
    if (row == null) {
      row = new YearFigures();
      row.enterpriseId = enterpriseId;
      row.year = f.year();
      row.apply(f);
      row.persist();
    } else {
      if (expectedVersion == null) {
        throw new ProblemException(
            428,
            "precondition-required",
            "缺少 If-Match",
            f.year() + " 年度指标已存在，修改时请在 If-Match 中带上读取时的 ETag");
      }
      if (row.version != expectedVersion) {
        throw ProblemException.preconditionFailed(
            f.year() + " 年度指标已被修改（当前版本 " + row.version + "），请重新读取后再提交");
      }
      row.apply(f);
    }
    em.flush();
    registry.touch(enterpriseId);
    return view(row, byYear(enterpriseId));
  }

  public List<FiguresView> list(UUID enterpriseId) {
    Map<Integer, Figures> all = byYear(enterpriseId);
    return YearFigures.<YearFigures>list("enterpriseId", Sort.descending("year"), enterpriseId)
        .stream()
        .map(r -> view(r, all))
        .toList();
  }

  public FiguresView get(UUID enterpriseId, int year) {
    YearFigures row = YearFigures.findById(new YearFigures.Key(enterpriseId, year));
    if (row == null) {
      throw ProblemException.notFound(year + " 年度指标");
    }
    return view(row, byYear(enterpriseId));
  }

  public static Map<Integer, Figures> byYear(UUID enterpriseId) {
    Map<Integer, Figures> all = new HashMap<>();
    for (YearFigures r : YearFigures.<YearFigures>list("enterpriseId", enterpriseId)) {
      all.put(r.year, r.figures());
    }
    return all;
  }

  private static FiguresView view(YearFigures r, Map<Integer, Figures> all) {
    return new FiguresView(
        r.enterpriseId, r.year, r.figures(), FigureMath.derive(r.year, all), r.version);
  }
}

package cn.gov.huaian.zjtx.policy.simulation;

import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import cn.gov.huaian.zjtx.policy.catalog.RuleBook;
import cn.gov.huaian.zjtx.policy.facts.EnterpriseRecord;
import cn.gov.huaian.zjtx.policy.facts.ReadModel;
import cn.gov.huaian.zjtx.policy.matching.LiveProgram;
import cn.gov.huaian.zjtx.policy.matching.ProgramSet;
import cn.gov.huaian.zjtx.policy.rules.Truth;
import cn.gov.huaian.zjtx.policy.rules.benefit.AmountRange;
import cn.gov.huaian.zjtx.policy.rules.engine.CompiledProgram;
import cn.gov.huaian.zjtx.policy.rules.facts.EncodedFacts;
import cn.gov.huaian.zjtx.policy.rules.facts.StandardFacts;
import cn.gov.huaian.zjtx.policy.simulation.SimulationDtos.Difference;
import cn.gov.huaian.zjtx.policy.simulation.SimulationDtos.Group;
import cn.gov.huaian.zjtx.policy.simulation.SimulationDtos.SimulationRequest;
import cn.gov.huaian.zjtx.policy.simulation.SimulationDtos.SimulationResult;
import cn.gov.huaian.zjtx.policy.simulation.SimulationDtos.Summary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * 政策模拟: a draft program compiled like a published one and evaluated against every enterprise of the
 * read model, compared with the current version of the program it would replace. Nothing is stored
 * and nobody is notified.
 */
@ApplicationScoped
public class Simulator {
  static final Map<String, String> DISTRICTS =
      Map.of(
          "320812",
          "清江浦区",
          "320803",
          "淮安区",
          "320804",
          "淮阴区",
          "320813",
          "洪泽区",
          "320826",
          "涟水县",
          "320830",
          "盱眙县",
          "320831",
          "金湖县",
          "320871",
          "淮安经济技术开发区");
  static final Map<String, String> TIERS =
      Map.of(
          "innovative-sme",
          StandardFacts.TIER_INNOVATIVE,
          "srdi-sme",
          StandardFacts.TIER_PROVINCIAL,
          "little-giant",
          StandardFacts.TIER_LITTLE_GIANT,
          "single-champion",
          StandardFacts.TIER_CHAMPION);
  static final Map<String, String> CLUSTERS =
      Map.of(
          "intelligent-equipment",
          "智能装备及新能源",
          "nev",
          "新能源汽车及零部件",
          "fiber-materials",
          "纤维新材料",
          "chemical-materials",
          "化工新材料",
          "pcb-electronics",
          "PCB电子元器件",
          "green-food",
          "绿色食品",
          "biomedicine",
          "生物技术及新医药",
          "ai",
          "人工智能",
          "ic",
          "集成电路",
          "digital",
          "新兴数字产业");
  private static final int PAGE = 2000;

  private final ReadModel readModel;
  private final ProgramSet programs;
  private final RuleBook rules;
  private final EntityManager em;

  public Simulator(ReadModel readModel, ProgramSet programs, RuleBook rules, EntityManager em) {
    this.readModel = readModel;
    this.programs = programs;
    this.rules = rules;
    this.em = em;
  }

  @Transactional
  public SimulationResult simulate(SimulationRequest request) {
    long start = System.nanoTime();
    Optional<LiveProgram> base =
        Optional.ofNullable(request.baseProgramId())
            .map(id -> programs.current(id).orElseThrow(() -> ProblemException.notFound("对照项目")));
    String district =
        request.districtCode() != null && !request.districtCode().isBlank()
            ? request.districtCode()
            : base.map(LiveProgram::districtCode).orElse(null);
    if (district != null && !StandardFacts.DISTRICTS.contains(district)) {
      throw ProblemException.invalid("districtCode", "区县代码应为淮安市的区县行政区划代码（如 320812）");
    }
    String code = base.map(LiveProgram::code).orElse("simulation");
    int version = base.map(p -> p.rulesVersion() + 1).orElse(1);
    var draftRules =
        rules.read(rules.normalise(request.rules(), code, version, "模拟草案")).orElseThrow();
    CompiledProgram draft = programs.compile(draftRules);

    Tally draftTally = new Tally(version);
    Tally currentTally = base.map(p -> new Tally(p.rulesVersion())).orElse(null);
    long enterprises = 0;
    long entered = 0;
    long left = 0;
    UUID cursor = null;
    while (true) {
      List<EnterpriseRecord> page = readModel.page(cursor, PAGE);
      if (page.isEmpty()) {
        break;
      }
      for (EnterpriseRecord e : page) {
        enterprises++;
        if (district != null && !district.equals(e.districtCode())) {
          continue;
        }
        EncodedFacts facts = programs.engine().encode(e.facts());
        int now = draftTally.add(draft, e, facts);
        if (currentTally != null) {
          int before = currentTally.add(base.get().compiled(), e, facts);
          entered += now == Truth.TRUE_CODE && before != Truth.TRUE_CODE ? 1 : 0;
          left += before == Truth.TRUE_CODE && now != Truth.TRUE_CODE ? 1 : 0;
        }
      }
      cursor = page.getLast().id();
      em.clear();
    }
    Summary draftSummary = draftTally.summary();
    Summary currentSummary = currentTally == null ? null : currentTally.summary();
    Difference difference =
        currentSummary == null ? null : difference(draftSummary, currentSummary, entered, left);
    BigDecimal budget = base.flatMap(p -> budgetOf(p.id())).orElse(null);
    Boolean exceeds = budget == null ? null : draftSummary.budgetMax().compareTo(budget) > 0;
    return new SimulationResult(
        enterprises,
        draftSummary,
        currentSummary,
        difference,
        budget,
        exceeds,
        (System.nanoTime() - start) / 1_000_000);
  }

  private Optional<BigDecimal> budgetOf(UUID programId) {
    List<?> rows =
        em.createNativeQuery("select budget from program where id = ?1")
            .setParameter(1, programId)
            .getResultList();
    return rows.stream().filter(java.util.Objects::nonNull).map(BigDecimal.class::cast).findFirst();
  }

  private static Difference difference(Summary draft, Summary current, long entered, long left) {
    long eligible = draft.eligible() - current.eligible();
    BigDecimal min = draft.budgetMin().subtract(current.budgetMin());
    BigDecimal max = draft.budgetMax().subtract(current.budgetMax());
    String money = min.compareTo(max) == 0 ? signedWan(max) : signedWan(min) + "～" + signedWan(max);
    String text =
        (eligible >= 0 ? "+" : "")
            + eligible
            + " 家，"
            + money
            + "（新增符合 "
            + entered
            + " 家，不再符合 "
            + left
            + " 家）";
    return new Difference(eligible, entered, left, min, max, text);
  }

  private static String signedWan(BigDecimal yuan) {
    String wan =
        yuan.abs()
            .divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP)
            .stripTrailingZeros()
            .toPlainString();
    return (yuan.signum() < 0 ? "-" : "+") + "¥" + wan + "万";
  }

  /** Counts and money of one program version over the population, grouped three ways. */
  private static final class Tally {
    final int version;
    long applicable;
    long eligible;
    long unknown;
    AmountRange budget = AmountRange.ZERO;
    BigDecimal unknownUpTo = BigDecimal.ZERO;
    final Map<String, long[]> counts = new HashMap<>();
    final Map<String, AmountRange> money = new HashMap<>();

    Tally(int version) {
      this.version = version;
    }

    int add(CompiledProgram program, EnterpriseRecord e, EncodedFacts facts) {
      applicable++;
      int code = program.eligibilityCode(facts);
      AmountRange amount = program.estimate(code, facts);
      if (code == Truth.TRUE_CODE) {
        eligible++;
        budget = budget.plus(amount);
      } else if (code == Truth.UNKNOWN_CODE) {
        unknown++;
        unknownUpTo = unknownUpTo.add(amount.max());
      }
      if (code != Truth.FALSE_CODE) {
        group("district:" + nullToNone(e.districtCode()), code, amount);
        group("tier:" + nullToNone(e.tier()), code, amount);
        group("cluster:" + nullToNone(e.cluster()), code, amount);
      }
      return code;
    }

    private void group(String key, int code, AmountRange amount) {
      long[] c = counts.computeIfAbsent(key, k -> new long[2]);
      c[code == Truth.TRUE_CODE ? 0 : 1]++;
      if (code == Truth.TRUE_CODE) {
        money.merge(key, amount, AmountRange::plus);
      }
    }

    Summary summary() {
      return new Summary(
          version,
          applicable,
          eligible,
          unknown,
          applicable - eligible - unknown,
          budget.min(),
          budget.max(),
          unknownUpTo,
          budget.toWanYuan(),
          groups("district:", DISTRICTS, "未知区县"),
          groups("tier:", TIERS, "无梯度"),
          groups("cluster:", CLUSTERS, "未归集群"));
    }

    private List<Group> groups(String prefix, Map<String, String> labels, String none) {
      Map<String, Group> out = new TreeMap<>();
      counts.forEach(
          (key, c) -> {
            if (key.startsWith(prefix)) {
              String k = key.substring(prefix.length());
              AmountRange m = money.getOrDefault(key, AmountRange.ZERO);
              out.put(
                  k,
                  new Group(
                      k.equals("-") ? null : k,
                      k.equals("-") ? none : labels.getOrDefault(k, k),
                      c[0],
                      c[1],
                      m.min(),
                      m.max()));
            }
          });
      return out.values().stream()
          .sorted(Comparator.comparingLong(Group::eligible).reversed())
          .toList();
    }

    private static String nullToNone(String s) {
      return s == null || s.isBlank() ? "-" : s;
    }
  }
}

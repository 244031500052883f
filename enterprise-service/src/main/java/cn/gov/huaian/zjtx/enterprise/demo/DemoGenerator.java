package cn.gov.huaian.zjtx.enterprise.demo;

import cn.gov.huaian.zjtx.enterprise.figures.Figures;
import cn.gov.huaian.zjtx.enterprise.reference.Cluster;
import cn.gov.huaian.zjtx.enterprise.reference.ClusterResolver;
import cn.gov.huaian.zjtx.enterprise.reference.Park;
import cn.gov.huaian.zjtx.enterprise.reference.ReferenceData;
import cn.gov.huaian.zjtx.enterprise.registry.ChainPosition;
import cn.gov.huaian.zjtx.enterprise.registry.Contact;
import cn.gov.huaian.zjtx.enterprise.registry.CreditCode;
import cn.gov.huaian.zjtx.enterprise.registry.Profile;
import cn.gov.huaian.zjtx.enterprise.tiers.QualificationKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Generates plausible, fictitious Huai'an enterprises (names, codes and figures are made up):
 * spread over all districts, parks and 7+3 clusters, with three years of figures and a tier
 * distribution shaped like the plan's (about 1 single champion per 700 firms, 1 小巨人 per 100, 1 专精特新
 * per 10, 1 创新型 per 3). Deterministic for a seed. Plain Java.
 */
public final class DemoGenerator {
  public static final UUID ENT_DEMO = UUID.fromString("0a6e3c1e-5b1f-4d6a-9b0e-000000000001");
  public static final UUID ENT_DEMO_2 = UUID.fromString("0a6e3c1e-5b1f-4d6a-9b0e-000000000002");
  public static final String COMM_DEMO_SUBJECT = "9e1f0000-0000-4000-8000-000000000006";

  /** A certification or award of a generated enterprise ({@code rank}: an award's, else null). */
  public record Held(
      QualificationKind kind,
      QualificationKind.Level level,
      String batch,
      LocalDate grantedOn,
      LocalDate reviewOn,
      Integer rank) {}

  /** A pool stay of a generated enterprise. */
  public record Stay(String pool, LocalDate enteredOn, String reason) {}

  /** One generated enterprise. */
  public record Generated(
      UUID id, Profile profile, List<Figures> figures, List<Held> held, List<Stay> pools) {}

  private static final String[] DISTRICTS = {
    "320812", "320803", "320804", "320813", "320826", "320830", "320831", "320871"
  };
  private static final int[] DISTRICT_WEIGHTS = {18, 15, 14, 9, 11, 10, 8, 15};
  private static final String[] SHORT = {"清江浦", "淮安", "淮阴", "洪泽", "涟水", "盱眙", "金湖", "经开"};
  private static final String[] FIRST = {
    "华", "恒", "金", "盛", "鑫", "瑞", "宏", "信", "联", "德", "中", "新", "天", "安", "嘉", "振", "博", "睿", "弘",
    "泰", "润", "科", "通", "达", "卓", "锦", "永", "丰", "晟", "凯"
  };
  private static final String[] SECOND = {
    "锐", "远", "邦", "诚", "源", "创", "宇", "辰", "茂", "捷", "祥", "力", "光", "康", "泽", "航", "隆", "阳", "星",
    "峰", "昌", "益", "谷", "川", "德", "海", "驰", "智", "品", "立"
  };
  private static final Map<Cluster, String[]> TRADE =
      new EnumMap<>(
          Map.of(
              Cluster.INTELLIGENT_EQUIPMENT, new String[] {"智能装备", "精密机械", "电气", "新能源装备", "自动化设备"},
              Cluster.NEV, new String[] {"汽车零部件", "新能源汽车部件", "动力电池", "车辆配件"},
              Cluster.FIBER_MATERIALS, new String[] {"纤维材料", "新材料", "玻纤制品", "化纤"},
              Cluster.CHEMICAL_MATERIALS, new String[] {"化工新材料", "精细化工", "高分子材料", "塑胶"},
              Cluster.PCB_ELECTRONICS, new String[] {"电子", "电路板", "电子元器件", "光电"},
              Cluster.GREEN_FOOD, new String[] {"食品", "生物食品", "农产品加工", "粮油"},
              Cluster.BIOMEDICINE, new String[] {"生物医药", "医疗器械", "制药", "生物科技"},
              Cluster.ARTIFICIAL_INTELLIGENCE, new String[] {"机器人", "智能科技", "无人机"},
              Cluster.INTEGRATED_CIRCUITS, new String[] {"半导体", "微电子", "集成电路"},
              Cluster.DIGITAL, new String[] {"信息技术", "软件", "数字科技", "网络科技"}));
  private static final String[] OTHER_CLASSES = {
    "3311", "3021", "2221", "1713", "3130", "3311", "2411", "3399", "3039", "3360"
  };
  private static final Map<Cluster, String[]> PRODUCTS =
      new EnumMap<>(
          Map.of(
              Cluster.INTELLIGENT_EQUIPMENT,
                  new String[] {"数控机床", "智能输送线", "风电齿轮箱", "光伏逆变器", "工业阀门"},
              Cluster.NEV, new String[] {"驱动电机壳体", "锂电池模组", "汽车线束", "制动卡钳"},
              Cluster.FIBER_MATERIALS, new String[] {"玻璃纤维纱", "碳纤维预浸料", "涤纶工业丝"},
              Cluster.CHEMICAL_MATERIALS, new String[] {"改性工程塑料", "特种树脂", "盐化工中间体"},
              Cluster.PCB_ELECTRONICS, new String[] {"多层印制电路板", "片式电容", "柔性线路板"},
              Cluster.GREEN_FOOD, new String[] {"小龙虾制品", "大米", "休闲食品", "白酒"},
              Cluster.BIOMEDICINE, new String[] {"原料药", "体外诊断试剂", "医用敷料"},
              Cluster.ARTIFICIAL_INTELLIGENCE, new String[] {"焊接机器人", "巡检无人机", "服务机器人"},
              Cluster.INTEGRATED_CIRCUITS, new String[] {"功率半导体器件", "芯片封装测试", "集成电路设计"},
              Cluster.DIGITAL, new String[] {"工业互联网平台", "企业管理软件", "数据服务"}));

  private final Random random;
  private final ReferenceData reference;
  private final Map<Cluster, List<String>> classesByCluster = new EnumMap<>(Cluster.class);

  /** The first cluster (in the enum's order) that lists an industry class; built with the above. */
  private final Map<String, Cluster> clusterOfClass = new HashMap<>();

  private final int lastYear;
  private final java.util.Set<String> usedNames = new java.util.HashSet<>();

  public DemoGenerator(long seed, ReferenceData reference, ClusterResolver clusters, int lastYear) {
    this.random = new Random(seed);
    this.reference = reference;
    this.lastYear = lastYear;
    for (var i : reference.industries()) {
      if (i.level() == 4) {
        clusters
            .resolve(i.code())
            .ifPresent(
                c -> classesByCluster.computeIfAbsent(c, k -> new ArrayList<>()).add(i.code()));
      }
    }
    classesByCluster.forEach(
        (cluster, classes) -> classes.forEach(c -> clusterOfClass.putIfAbsent(c, cluster)));
  }

  /** {@code count} enterprises; the two demo enterprises bound to the demo users come first. */
  public List<Generated> generate(int count) {
    List<Generated> out = new ArrayList<>(count);
    out.add(
        demo(
            ENT_DEMO,
            0,
            "淮安智造示范装备有限公司",
            "320812",
            "3491",
            Park.HIGH_TECH_ZONE,
            QualificationKind.SRDI_SME));
    out.add(
        demo(
            ENT_DEMO_2,
            1,
            "淮安示范新材料科技有限公司",
            "320871",
            "2651",
            Park.ECONOMIC_DEVELOPMENT_ZONE,
            QualificationKind.INNOVATIVE_SME));
    var anchored = EnumSet.noneOf(Cluster.class);
    for (int i = 2; i < count; i++) {
      Generated g = one(i, count);
      Cluster cluster = clusterOf(g.profile().industryCode());
      if (cluster != null && anchored.add(cluster)) {
        g = new Generated(clusterFirmId(cluster), g.profile(), g.figures(), g.held(), g.pools());
      }
      out.add(g);
    }
    return out;
  }

  /**
   * The id of the first generated firm of a 7+3 cluster. matchmaking-service's demo posts the
   * technology needs of that cluster in this firm's name, computing the same id from the cluster's
   * Chinese name (the two services share no code), so that every demo need belongs to a firm the
   * registry holds.
   */
  public static UUID clusterFirmId(Cluster cluster) {
    return UUID.nameUUIDFromBytes(
        ("zjtx-demo-cluster-firm-" + cluster.label).getBytes(StandardCharsets.UTF_8));
  }

  private Cluster clusterOf(String industry) {
    return clusterOfClass.get(industry);
  }

  /** The tier of the i-th of n enterprises (a deterministic, plan-like ladder). */
  static QualificationKind tierOf(int i, int n) {
    if (i % 700 == 350) return QualificationKind.SINGLE_CHAMPION;
    if (i % 100 == 37) return QualificationKind.LITTLE_GIANT;
    if (i % 10 == 3) return QualificationKind.SRDI_SME;
    if (i % 3 == 1) return QualificationKind.INNOVATIVE_SME;
    return null;
  }

  private Generated demo(
      UUID id,
      int i,
      String name,
      String district,
      String industry,
      Park park,
      QualificationKind tier) {
    Generated g = build(i, name, district, industry, park, tier, true);
    return new Generated(id, g.profile(), g.figures(), g.held(), g.pools());
  }

  private Generated one(int i, int n) {
    String district = pick(DISTRICTS, DISTRICT_WEIGHTS);
    Cluster cluster =
        random.nextInt(100) < 80 ? Cluster.values()[random.nextInt(Cluster.values().length)] : null;
    String industry =
        cluster == null
            ? OTHER_CLASSES[random.nextInt(OTHER_CLASSES.length)]
            : classesByCluster
                .get(cluster)
                .get(random.nextInt(classesByCluster.get(cluster).size()));
    Park park = parkFor(district);
    String trade =
        cluster == null ? "实业" : TRADE.get(cluster)[random.nextInt(TRADE.get(cluster).length)];
    // 淮安区's short name is 淮安 itself: "淮安淮安…" is not a name anyone registers.
    String districtShort = SHORT[indexOf(district)];
    String place = "淮安" + (random.nextBoolean() || districtShort.equals("淮安") ? "" : districtShort);
    String word = FIRST[random.nextInt(FIRST.length)] + SECOND[random.nextInt(SECOND.length)];
    String suffix = trade + (random.nextInt(4) == 0 ? "股份" : "") + "有限公司";
    String name = place + word + suffix;
    // like a real register, no two firms share a name: add a syllable, then a number
    for (int tries = 0; usedNames.contains(name) && tries < 3; tries++) {
      word += SECOND[random.nextInt(SECOND.length)];
      name = place + word + suffix;
    }
    if (usedNames.contains(name)) {
      name = place + word + (i % 1000) + suffix;
    }
    usedNames.add(name);
    return build(i, name, district, industry, park, tierOf(i, n), false);
  }

  private Generated build(
      int i,
      String name,
      String district,
      String industry,
      Park park,
      QualificationKind tier,
      boolean demo) {
    Cluster cluster = clusterOf(industry);
    var towns = reference.towns(district);
    String town = towns.get(random.nextInt(towns.size())).code();
    LocalDate founded =
        LocalDate.of(1995 + random.nextInt(26), 1 + random.nextInt(12), 1 + random.nextInt(28));
    int age = lastYear - founded.getYear();
    int nicheYears = Math.max(1, Math.min(age, 2 + random.nextInt(12)));
    String product =
        cluster == null
            ? "金属结构件"
            : PRODUCTS.get(cluster)[random.nextInt(PRODUCTS.get(cluster).length)];
    String creditCode = CreditCode.withCheck("91" + district + "MA" + base31(i + 1, 7));
    Profile profile =
        new Profile(
            creditCode,
            name,
            founded,
            district,
            town,
            park,
            "淮安市"
                + reference.district(district).orElseThrow().name()
                + reference.town(town).orElseThrow().name()
                + (1 + random.nextInt(300))
                + "号",
            industry,
            product,
            product + "细分市场",
            nicheYears,
            ChainPosition.values()[random.nextInt(3)],
            List.of(
                new Contact(
                    surname() + "经理", "总经理", "139" + String.format("%08d", 5170000 + i), null)));
    int rank = tier == null ? 0 : tier.tierRank;
    List<Figures> figures = figures(rank, demo);
    List<Held> held = held(rank, i);
    List<Stay> pools = pools(rank, i);
    return new Generated(
        UUID.nameUUIDFromBytes(("zjtx-demo-" + i + creditCode).getBytes()),
        profile,
        figures,
        held,
        pools);
  }

  private List<Figures> figures(int rank, boolean demo) {
    double base =
        Math.exp(
            15.4
                + rank * 0.8
                + random.nextGaussian() * 0.9); // 元; median about 500万 for untiered firms
    if (demo) {
      base = 6.0e7;
    }
    double growth = 0.02 + rank * 0.03 + random.nextGaussian() * 0.08;
    double rdRatio = Math.max(0.002, 0.015 + rank * 0.012 + random.nextGaussian() * 0.01);
    double debt = Math.min(0.95, Math.max(0.1, 0.55 - rank * 0.04 + random.nextGaussian() * 0.12));
    int staff = (int) Math.max(8, base / 600_000);
    double margin = 0.05 + rank * 0.012; // taxable income as a share of revenue
    List<Figures> out = new ArrayList<>();
    for (int y = lastYear - 2; y <= lastYear; y++) {
      double revenue = base / Math.pow(1 + growth, lastYear - y);
      double main = revenue * (0.72 + random.nextDouble() * 0.26);
      int rdStaff =
          (int) Math.round(staff * Math.min(0.6, rdRatio * 3 + random.nextDouble() * 0.05));
      double assets = revenue * (0.8 + random.nextDouble() * 0.9);
      out.add(
          new Figures(
              y,
              money(revenue),
              money(main),
              money(revenue * rdRatio),
              rdStaff,
              staff,
              money(assets),
              money(assets * debt),
              rank * 2 + random.nextInt(3 + rank * 2),
              2 + random.nextInt(8 + rank * 4),
              random.nextInt(4),
              Math.max(0, rank - 1 + random.nextInt(2)),
              random.nextInt(2 + rank),
              rank >= 2 && random.nextInt(4) == 0 ? money(revenue * 0.2) : null,
              pct(35 + rank * 8 + random.nextGaussian() * 12),
              pct(45 + rank * 8 + random.nextGaussian() * 12),
              pct(55 + rank * 7 + random.nextGaussian() * 12),
              Math.min(5, Math.max(0, rank + random.nextInt(3) - 1)),
              // Tax and certification figures follow from the ones above without drawing from
              // the random sequence, so every other figure of the demo stays as it was.
              money(revenue * margin),
              Math.min(staff, rdStaff + staff / 10),
              rank == 0 ? null : money(main * (0.55 + rank * 0.08)),
              money(revenue * rdRatio * 0.95),
              money(revenue * (1 - margin))));
    }
    return out;
  }

  private List<Held> held(int rank, int i) {
    List<Held> out = new ArrayList<>();
    QualificationKind.Level prov = QualificationKind.Level.PROVINCIAL;
    QualificationKind.Level nat = QualificationKind.Level.NATIONAL;
    if (rank >= 1) out.add(cert(QualificationKind.INNOVATIVE_SME, prov, 2022 + random.nextInt(2)));
    if (rank >= 2) out.add(cert(QualificationKind.SRDI_SME, prov, 2022 + random.nextInt(3)));
    if (rank >= 3) out.add(cert(QualificationKind.LITTLE_GIANT, nat, 2021 + random.nextInt(4)));
    if (rank >= 4) out.add(cert(QualificationKind.SINGLE_CHAMPION, nat, 2020 + random.nextInt(5)));
    if (rank >= 1 && random.nextInt(10) < 2 + rank * 2)
      out.add(cert(QualificationKind.HIGH_TECH, nat, 2022 + random.nextInt(3)));
    if (rank >= 2 && random.nextInt(10) < 3 + rank)
      out.add(
          cert(
              QualificationKind.TECH_CENTER,
              rank >= 3 ? prov : QualificationKind.Level.MUNICIPAL,
              2021 + random.nextInt(4)));
    if (rank >= 2 && random.nextInt(10) < rank * 2)
      out.add(cert(QualificationKind.RD_INSTITUTION, prov, 2020 + random.nextInt(5)));
    if (rank >= 2 && random.nextInt(10) < 2 + rank)
      out.add(cert(QualificationKind.IP_STANDARD, null, 2021 + random.nextInt(4)));
    if (rank >= 2 && i % 23 == 3)
      out.add(cert(QualificationKind.SMART_WORKSHOP, prov, 2023 + random.nextInt(2)));
    if (rank >= 3 && i % 5 == 2) out.add(cert(QualificationKind.SMART_FACTORY, prov, 2024));
    if (rank >= 2 && i % 61 == 13)
      out.add(cert(QualificationKind.JIANGSU_BOUTIQUE, prov, 2023 + random.nextInt(3)));
    if (rank >= 3 && i % 4 == 1)
      out.add(cert(QualificationKind.LISTED, null, 2019 + random.nextInt(5)));
    if (i >= 2) {
      out.addAll(titlesAndAwards(rank, i));
    }
    return out;
  }

  /**
   * 科技型中小企业 (入库 each year, about two firms in five) and a few awards and standards, decided by the
   * index alone (no random draw, so everything else generated stays as it was); the two demo users'
   * firms get none, so their journeys keep their state.
   */
  private List<Held> titlesAndAwards(int rank, int i) {
    List<Held> out = new ArrayList<>();
    int year = lastYear + 1;
    // A mixed index, not i % 5: the tiers are drawn by i % 10 and i % 100, and 科技型中小企业 must fall
    // on every tier (most 专精特新 firms are also 科技型), not on none.
    if (Math.floorMod(Long.hashCode(i * 0x9E3779B97F4A7C15L), 5) < 2) {
      out.add(
          new Held(
              QualificationKind.TECH_SME,
              null,
              year + " 年第" + (i % 2 == 0 ? "一" : "二") + "批入库",
              LocalDate.of(year, 3 + i % 4, 1 + i % 28),
              LocalDate.of(year, 12, 31),
              null));
    }
    if (rank >= 2 && i % 13 == 4) {
      out.add(
          award(
              QualificationKind.TECH_AWARD,
              QualificationKind.Level.PROVINCIAL,
              "江苏省科学技术奖" + (i % 2 == 0 ? "二等奖" : "三等奖"),
              LocalDate.of(lastYear - i % 3, 12, 1 + i % 28),
              1 + i % 5));
    }
    if (rank >= 3 && i % 3 == 0) {
      out.add(
          award(
              QualificationKind.TECH_AWARD,
              QualificationKind.Level.NATIONAL,
              "国家科学技术进步奖二等奖",
              LocalDate.of(lastYear - 1, 6, 24),
              1 + i % 6));
    }
    if (rank >= 2 && i % 11 == 6) {
      out.add(
          award(
              QualificationKind.LEAD_STANDARD,
              QualificationKind.Level.INDUSTRY,
              "行业标准（主导起草）",
              LocalDate.of(lastYear - i % 4, 1 + i % 12, 1 + i % 28),
              1 + i % 7));
    }
    return out;
  }

  /** An award or a standard: a rank instead of a review date. */
  private static Held award(
      QualificationKind kind,
      QualificationKind.Level level,
      String name,
      LocalDate grantedOn,
      int rank) {
    return new Held(kind, level, name, grantedOn, null, rank);
  }

  /** A certification granted within the last two years (so that it is still current). */
  private Held cert(QualificationKind kind, QualificationKind.Level level, int ignoredYear) {
    int y = lastYear - random.nextInt(2);
    LocalDate granted = LocalDate.of(y, 1 + random.nextInt(12), 1 + random.nextInt(28));
    return new Held(
        kind,
        level,
        y + " 年" + (random.nextBoolean() ? "第一批" : "第二批"),
        granted,
        // Tiers and 高新技术企业 are certified for three years (工信部企业〔2026〕2号; 国科发火〔2016〕32号):
        // the review date is the last day of validity, which 一站直达 shows as "有效期至".
        kind.isTier() || kind == QualificationKind.HIGH_TECH
            ? granted.plusYears(3).minusDays(1)
            : null,
        null);
  }

  private List<Stay> pools(int rank, int i) {
    List<Stay> out = new ArrayList<>();
    LocalDate entered = LocalDate.of(lastYear, 1 + i % 12, 1 + i % 28);
    if (rank == 0 && i % 5 == 0)
      out.add(new Stay("innovative-sme-candidates", entered, "区县推荐，研发投入持续增长"));
    if (rank == 1 && i % 3 == 0)
      out.add(new Stay("srdi-sme-candidates", entered, "创新型中小企业，细分市场占有率较高"));
    if (rank == 2 && i % 4 == 3)
      out.add(new Stay("little-giant-candidates", entered, "省级专精特新，主导产品国内市场占有率靠前"));
    if (rank == 3 && i % 2 == 1)
      out.add(new Stay("single-champion-candidates", entered, "小巨人企业，单项产品全球市场占有率前列"));
    if (rank >= 1 && i % 9 == 4) out.add(new Stay("high-tech", entered, "拟申报高新技术企业"));
    if (rank >= 2 && i % 11 == 5) out.add(new Stay("listing", entered, "已完成股改，拟申报北交所上市"));
    if (rank >= 3 && i % 3 == 0) out.add(new Stay("chain-leader", entered, "产业链龙头，带动上下游配套"));
    return out;
  }

  private Park parkFor(String district) {
    if (district.equals("320871")) {
      return Park.ECONOMIC_DEVELOPMENT_ZONE;
    }
    int r = random.nextInt(100);
    return switch (district) {
      case "320804" -> r < 45 ? Park.HIGH_TECH_ZONE : null;
      case "320803" -> r < 35 ? Park.INDUSTRIAL_PARK : null;
      case "320812" -> r < 20 ? Park.ECO_TOURISM_ZONE : null;
      default -> null;
    };
  }

  private String pick(String[] values, int[] weights) {
    int total = 0;
    for (int w : weights) total += w;
    int r = random.nextInt(total);
    for (int k = 0; k < values.length; k++) {
      r -= weights[k];
      if (r < 0) return values[k];
    }
    return values[values.length - 1];
  }

  private static int indexOf(String district) {
    for (int k = 0; k < DISTRICTS.length; k++) {
      if (DISTRICTS[k].equals(district)) return k;
    }
    return 0;
  }

  private String surname() {
    String s = "王李张刘陈杨赵黄周吴徐孙朱马胡郭林何高梁郑罗宋谢唐韩曹许邓萧冯";
    return String.valueOf(s.charAt(random.nextInt(s.length())));
  }

  static String base31(int n, int width) {
    StringBuilder b = new StringBuilder();
    String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    for (int k = 0; k < width; k++) {
      b.insert(0, alphabet.charAt(n % 31));
      n /= 31;
    }
    return b.toString();
  }

  private static BigDecimal money(double v) {
    return BigDecimal.valueOf(Math.max(0, v)).setScale(2, RoundingMode.HALF_UP);
  }

  private static BigDecimal pct(double v) {
    return BigDecimal.valueOf(Math.max(0, Math.min(100, v))).setScale(2, RoundingMode.HALF_UP);
  }
}

package cn.gov.huaian.zjtx.matchmaking.demo;

import cn.gov.huaian.zjtx.matchmaking.demo.Dataset.EvalExpert;
import cn.gov.huaian.zjtx.matchmaking.demo.Dataset.EvalNeed;
import cn.gov.huaian.zjtx.matchmaking.experts.Expert;
import cn.gov.huaian.zjtx.matchmaking.experts.ResearchTeam;
import cn.gov.huaian.zjtx.matchmaking.experts.University;
import cn.gov.huaian.zjtx.matchmaking.needs.CooperationMode;
import cn.gov.huaian.zjtx.matchmaking.needs.RegionPreference;
import cn.gov.huaian.zjtx.matchmaking.needs.TechNeed;
import cn.gov.huaian.zjtx.matchmaking.reference.Cluster;
import cn.gov.huaian.zjtx.matchmaking.vicepresidents.VpApplication;
import cn.gov.huaian.zjtx.matchmaking.vicepresidents.VpSeat;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The demo dataset, built in memory and deterministically from a seed: the universities of Huai'an
 * and of Jiangsu, experts and teams whose research directions come from the evaluation generator
 * (the 7+3 clusters' vocabulary), and open needs of the demo enterprises. The ids the demo users'
 * tokens carry (deploy/keycloak/zjtx-realm.json) are fixed; every other id is derived from the
 * seed-independent key of the row, so two loads of the same set name the same rows.
 */
public record DemoDataset(
    List<University> universities,
    List<ResearchTeam> teams,
    List<Expert> experts,
    List<TechNeed> needs,
    List<VpSeat> seats,
    List<VpApplication> applications) {
  public static final UUID UNI_DEMO = UUID.fromString("1b7f4d2f-6c2a-4e7b-8c1f-000000000001");
  public static final UUID EXPERT_DEMO = UUID.fromString("2c8a5e3a-7d3b-4f8c-9d2a-000000000001");
  public static final UUID ENT_DEMO = UUID.fromString("0a6e3c1e-5b1f-4d6a-9b0e-000000000001");
  public static final UUID ENT_DEMO_2 = UUID.fromString("0a6e3c1e-5b1f-4d6a-9b0e-000000000002");

  /** name, city, 驻淮; all are in Jiangsu. */
  private static final String[][] UNIVERSITIES = {
    {"淮阴工学院", "淮安市", "1"},
    {"淮阴师范学院", "淮安市", "1"},
    {"淮安信息职业技术大学", "淮安市", "1"},
    {"江苏食品药品职业技术学院", "淮安市", "1"},
    {"江苏财经职业技术学院", "淮安市", "1"},
    {"南京大学", "南京市", "0"},
    {"东南大学", "南京市", "0"},
    {"江南大学", "无锡市", "0"},
    {"南京工业大学", "南京市", "0"},
    {"南京航空航天大学", "南京市", "0"},
    {"南京理工大学", "南京市", "0"},
    {"中国药科大学", "南京市", "0"},
    {"江苏大学", "镇江市", "0"},
    {"苏州大学", "苏州市", "0"}
  };

  /** Universities strong in a cluster: half of its experts come from these. */
  private static final Map<String, List<String>> STRONG =
      Map.of(
          "SMART_EQUIPMENT", List.of("淮阴工学院", "南京航空航天大学", "东南大学", "江苏大学"),
          "NEW_ENERGY_VEHICLE", List.of("淮阴工学院", "江苏大学", "南京理工大学"),
          "FIBER_MATERIALS", List.of("南京工业大学", "江南大学", "苏州大学"),
          "CHEMICAL_MATERIALS", List.of("淮阴工学院", "南京工业大学", "淮阴师范学院"),
          "PCB_ELECTRONICS", List.of("淮安信息职业技术大学", "东南大学", "南京理工大学"),
          "GREEN_FOOD", List.of("江苏食品药品职业技术学院", "江南大学", "淮阴工学院"),
          "BIOMEDICINE", List.of("中国药科大学", "江苏食品药品职业技术学院", "淮阴师范学院"),
          "ARTIFICIAL_INTELLIGENCE", List.of("南京大学", "东南大学", "淮阴工学院"),
          "INTEGRATED_CIRCUIT", List.of("东南大学", "南京大学", "淮安信息职业技术大学"),
          "DIGITAL_INDUSTRY", List.of("淮安信息职业技术大学", "江苏财经职业技术学院", "南京大学"));

  private static final Map<String, String> COLLEGES =
      Map.of(
          "SMART_EQUIPMENT",
          "机械与材料工程学院",
          "NEW_ENERGY_VEHICLE",
          "汽车与交通工程学院",
          "FIBER_MATERIALS",
          "材料科学与工程学院",
          "CHEMICAL_MATERIALS",
          "化学与化工学院",
          "PCB_ELECTRONICS",
          "电子信息工程学院",
          "GREEN_FOOD",
          "食品科学与工程学院",
          "BIOMEDICINE",
          "生命科学与药学院",
          "ARTIFICIAL_INTELLIGENCE",
          "计算机与软件工程学院",
          "INTEGRATED_CIRCUIT",
          "集成电路学院",
          "DIGITAL_INDUSTRY",
          "计算机与软件工程学院");
  private static final String[] ENTERPRISE_CONTACTS = {"王经理", "李总工", "陈主任", "刘厂长", "赵部长"};
  private static final CooperationMode[] MODES = {
    CooperationMode.TECH_DEVELOPMENT, CooperationMode.TECH_DEVELOPMENT,
        CooperationMode.TECH_DEVELOPMENT,
    CooperationMode.TECH_CONSULTING, CooperationMode.TECH_SERVICE, CooperationMode.TECH_TRANSFER,
    CooperationMode.JOINT_RD_PLATFORM, CooperationMode.VICE_PRESIDENT
  };

  /**
   * Builds the set: {@code experts} generated experts plus the demo expert, their teams, and the
   * needs.
   */
  public static DemoDataset build(int experts, long seed, LocalDate today) {
    var rnd = new Random(seed);
    var universities = new LinkedHashMap<String, University>();
    for (String[] u : UNIVERSITIES) {
      universities.put(u[0], university(u[0], u[1], u[2].equals("1")));
    }
    var expertList = new ArrayList<Expert>();
    expertList.add(demoExpert());
    var generated = Generator.experts(experts, seed);
    var topics = new LinkedHashMap<Expert, Integer>();
    for (int i = 0; i < generated.size(); i++) {
      var e = expert(rnd, i, generated.get(i), universities);
      expertList.add(e);
      topics.put(e, generated.get(i).topic());
    }
    var teams = teams(topics);
    var needs = needs(rnd, seed, today);
    var seats = demoSeats();
    return new DemoDataset(
        List.copyOf(universities.values()),
        teams,
        expertList,
        needs,
        seats,
        demoApplications(seats, expertList));
  }

  /** title, cluster, 主导产品, 发展规划, 岗位职责, 任期（月）, 每月到企天数, 席位. */
  private static final String[][] SEATS = {
    {
      "数控装备研发科技副总",
      "SMART_EQUIPMENT",
      "数控机床",
      "三年内实现主轴热误差在线补偿，加工精度由 8 μm 提高到 3 μm；建成数控机床智能装配线",
      "牵头主轴精度提升与智能产线建设，指导研发团队",
      "24",
      "6",
      "1"
    },
    {
      "食品工艺科技副总",
      "GREEN_FOOD",
      "小龙虾制品",
      "两年内建成低温杀菌与气调保鲜工艺，预制菜冷藏货架期由 7 天延长到 21 天，批次间风味稳定",
      "负责杀菌保鲜工艺与风味标准化，指导质量体系",
      "24",
      "4",
      "1"
    },
    {
      "汽车电子科技副总",
      "NEW_ENERGY_VEHICLE",
      "汽车线束",
      "两年内开发 800V 高压线束与连接器并通过车企验证，端子压接实现在线视觉检测",
      "负责高压产品开发与检测自动化",
      "36",
      "4",
      "2"
    }
  };

  /** 科技副总 posts of three clusters' first demo firms (so the assignment has something to do). */
  private static List<VpSeat> demoSeats() {
    var out = new ArrayList<VpSeat>();
    for (String[] f : SEATS) {
      var s = new VpSeat();
      s.id = id("vp-seat-" + f[1]);
      s.enterpriseId = clusterFirmId(f[1]);
      s.title = f[0];
      s.cluster = f[1];
      s.mainProductLine = f[2];
      s.developmentPlan = f[3];
      s.description = f[4];
      s.termMonths = Integer.valueOf(f[5]);
      s.daysPerMonth = Integer.valueOf(f[6]);
      s.seats = Integer.parseInt(f[7]);
      out.add(s);
    }
    return out;
  }

  /**
   * Up to three willing experts serving each post's cluster apply (in the dataset's order), and the
   * demo expert applies to the 数控 post.
   */
  private static List<VpApplication> demoApplications(List<VpSeat> seats, List<Expert> experts) {
    var out = new ArrayList<VpApplication>();
    for (VpSeat s : seats) {
      experts.stream()
          .filter(e -> e.willingVicePresident && e.clusters.contains(s.cluster))
          .filter(e -> !e.id.equals(EXPERT_DEMO) || "SMART_EQUIPMENT".equals(s.cluster))
          .limit(3)
          .forEach(
              e -> {
                var a = new VpApplication();
                a.id = id("vp-application-" + s.cluster + "-" + e.id);
                a.seatId = s.id;
                a.expertId = e.id;
                a.statement = "愿意按岗位要求每月到企 " + s.daysPerMonth + " 天";
                out.add(a);
              });
    }
    return out;
  }

  private static University university(String name, String city, boolean huaian) {
    var u = new University();
    u.id = name.equals("淮阴工学院") ? UNI_DEMO : id("university-" + name);
    u.name = name;
    u.city = city;
    u.province = "江苏省";
    u.inHuaian = huaian;
    u.inJiangsu = true;
    return u;
  }

  /** expert-demo: 张教授 of 淮阴工学院, 数控 and 智能装备, willing to serve as 科技副总. */
  private static Expert demoExpert() {
    var e = new Expert();
    e.id = EXPERT_DEMO;
    e.universityId = UNI_DEMO;
    e.name = "张振华";
    e.college = "机械与材料工程学院";
    e.title = "教授";
    e.researchDirections =
        "主要从事数控机床热误差建模与补偿、五轴联动精密加工及智能制造装备可靠性研究，"
            + "近年围绕焊接机器人焊缝视觉跟踪、工业机器人轨迹规划与产线自动化改造开展产学研合作，服务淮安智能装备企业。";
    e.disciplines = new ArrayList<>(List.of("E0509", "E0511", "E0501"));
    e.clusters = new ArrayList<>(List.of("SMART_EQUIPMENT"));
    e.achievements =
        new ArrayList<>(
            List.of(
                new Expert.Achievement("论文", "数控机床主轴热误差多尺度建模与实时补偿方法研究", 2023),
                new Expert.Achievement("专利", "一种基于线结构光的焊缝视觉跟踪装置", 2022),
                new Expert.Achievement("项目", "江苏省重点研发计划“高档数控机床精度保持关键技术”", 2024)));
    e.capacity = 3;
    e.willingVicePresident = true;
    e.industryExperience = "2019–2021 年在淮安一家数控装备企业挂职技术副总，主持主轴热变形补偿与焊接产线自动化改造横向课题 4 项";
    e.inHuaian = true;
    e.inJiangsu = true;
    return e;
  }

  private static Expert expert(
      Random rnd, int i, EvalExpert g, Map<String, University> universities) {
    String cluster = Generator.topicCluster(g.topic());
    List<String> strong = STRONG.getOrDefault(cluster, List.of());
    var names = List.copyOf(universities.keySet());
    String uni =
        rnd.nextBoolean() && !strong.isEmpty()
            ? strong.get(rnd.nextInt(strong.size()))
            : names.get(rnd.nextInt(names.size()));
    University u = universities.get(uni);
    var e = new Expert();
    e.id = id("expert-" + i);
    e.universityId = u.id;
    e.name = g.name();
    e.college = COLLEGES.getOrDefault(cluster, "科学技术研究院");
    e.title = g.title();
    e.researchDirections = g.researchDirections();
    e.disciplines = new ArrayList<>(g.disciplines());
    e.clusters = new ArrayList<>(g.clusters());
    for (String a : g.achievements()) {
      int colon = a.indexOf('：');
      e.achievements.add(
          new Expert.Achievement(
              a.substring(0, colon), a.substring(colon + 1), 2016 + rnd.nextInt(10)));
    }
    e.capacity = g.capacity();
    e.willingVicePresident = rnd.nextDouble() < 0.3;
    e.inHuaian = u.inHuaian;
    e.inJiangsu = u.inJiangsu;
    return e;
  }

  /**
   * A team wherever a university has two or more experts of one sub-topic; its most senior one
   * leads it.
   */
  private static List<ResearchTeam> teams(Map<Expert, Integer> topics) {
    var groups = new LinkedHashMap<String, List<Expert>>();
    topics.forEach(
        (e, topic) ->
            groups.computeIfAbsent(e.universityId + "/" + topic, k -> new ArrayList<>()).add(e));
    var teams = new ArrayList<ResearchTeam>();
    groups.forEach(
        (key, members) -> {
          if (members.size() < 2) {
            return;
          }
          int topic = topics.get(members.getFirst());
          Expert leader =
              members.stream()
                  .filter(m -> m.title.contains("教授") || m.title.equals("研究员"))
                  .findFirst()
                  .orElse(members.getFirst());
          var t = new ResearchTeam();
          t.id = id("team-" + key);
          t.universityId = leader.universityId;
          t.name = Generator.topicName(topic) + "研究团队";
          t.leaderId = leader.id;
          t.description =
              "由"
                  + leader.name
                  + leader.title
                  + "牵头，"
                  + members.size()
                  + "名成员，面向"
                  + Generator.topicName(topic)
                  + "方向开展技术攻关与成果转化。";
          t.disciplines =
              new ArrayList<>(
                  members.stream()
                      .flatMap(m -> m.disciplines.stream())
                      .distinct()
                      .limit(5)
                      .toList());
          members.forEach(m -> m.teamId = t.id);
          teams.add(t);
        });
    return teams;
  }

  /**
   * ent-demo (智能装备) gets its two hand-written needs and the generated ones of the 智能装备 sub-topics,
   * ent-demo-2 (新材料) those of the 化工新材料 sub-topics, and a dozen fictitious enterprises one need of
   * each other sub-topic.
   */
  private static List<TechNeed> needs(Random rnd, long seed, LocalDate today) {
    var out = new ArrayList<TechNeed>();
    out.add(
        handWritten(
            ENT_DEMO,
            "焊缝视觉跟踪算法开发",
            "焊接机器人工作站在中厚板多层多道焊时焊缝偏移，需要基于视觉的焊缝跟踪与纠偏算法。",
            "现状：示教再现方式对工件装配误差敏感，返修率约8%。期望：线结构光视觉实时识别焊缝位置并在线纠偏，跟踪精度±0.3mm。",
            "E0501",
            today));
    out.add(
        handWritten(
            ENT_DEMO,
            "数控加工中心主轴热变形导致零件尺寸超差",
            "连续加工4小时后主轴发热，关键零件尺寸漂移超差，希望与高校合作开展热误差建模与补偿。",
            "现状：依靠停机冷却和人工补偿，效率低。期望：建立主轴热误差预测模型并接入数控系统实时补偿，精度保持在0.01mm以内。",
            "E0509",
            today));
    var generated = Generator.needs(2 * Generator.topics(), seed + 1);
    for (int k = 0; k < generated.size(); k++) {
      EvalNeed g = generated.get(k);
      String cluster = Generator.topicCluster(g.topic());
      boolean secondRound = k >= Generator.topics();
      UUID enterprise;
      if (cluster.equals("SMART_EQUIPMENT")) {
        enterprise = ENT_DEMO;
      } else if (cluster.equals("CHEMICAL_MATERIALS")) {
        enterprise = ENT_DEMO_2;
      } else if (secondRound) {
        continue;
      } else {
        enterprise = clusterFirmId(cluster);
      }
      if (secondRound && g.topic() % 2 == 1) {
        continue;
      }
      out.add(need(rnd, g, enterprise, today));
    }
    return out;
  }

  private static TechNeed handWritten(
      UUID enterprise,
      String title,
      String summary,
      String description,
      String code,
      LocalDate today) {
    var n = new TechNeed();
    n.id = id("need-" + title);
    n.enterpriseId = enterprise;
    n.title = title;
    n.publicSummary = summary;
    n.description = description;
    n.privateDetail = "联系人：王经理，0517-83660001；现场工艺参数与设备型号在对接后提供。";
    n.nsfcCodes = new ArrayList<>(List.of(code));
    n.cluster = "SMART_EQUIPMENT";
    n.cooperationMode = CooperationMode.TECH_DEVELOPMENT;
    n.budgetMin = new BigDecimal("300000");
    n.budgetMax = new BigDecimal("800000");
    n.deadline = today.plusDays(120);
    n.regionPreference = RegionPreference.HUAIAN;
    return n;
  }

  private static TechNeed need(Random rnd, EvalNeed g, UUID enterprise, LocalDate today) {
    var n = new TechNeed();
    n.id = id("need-" + g.id());
    n.enterpriseId = enterprise;
    n.title = g.title();
    n.publicSummary = g.publicSummary();
    n.description = g.description();
    n.privateDetail =
        "联系人："
            + ENTERPRISE_CONTACTS[rnd.nextInt(ENTERPRISE_CONTACTS.length)]
            + "，0517-8"
            + (3000000 + rnd.nextInt(999999))
            + "；详细技术参数与现场条件在双方确认后提供。";
    n.nsfcCodes = new ArrayList<>(g.nsfcCodes());
    n.cluster = g.cluster();
    n.cooperationMode = MODES[rnd.nextInt(MODES.length)];
    int low = 10 * (1 + rnd.nextInt(10));
    n.budgetMin = BigDecimal.valueOf(low * 10_000L);
    n.budgetMax = BigDecimal.valueOf((low + 10 * (1 + rnd.nextInt(5))) * 10_000L);
    n.deadline = today.plusDays(60 + rnd.nextInt(240));
    n.regionPreference = RegionPreference.valueOf(g.regionPreference());
    return n;
  }

  /**
   * The demo firm enterprise-service generates first for a cluster: the same id computed from the
   * cluster's Chinese name (enterprise-service's {@code DemoGenerator.clusterFirmId}), so that
   * every demo need belongs to a firm the registry holds.
   */
  static UUID clusterFirmId(String cluster) {
    return UUID.nameUUIDFromBytes(
        ("zjtx-demo-cluster-firm-" + Cluster.valueOf(cluster).nameZh())
            .getBytes(StandardCharsets.UTF_8));
  }

  private static UUID id(String key) {
    return UUID.nameUUIDFromBytes(("zjtx-demo-" + key).getBytes(StandardCharsets.UTF_8));
  }
}

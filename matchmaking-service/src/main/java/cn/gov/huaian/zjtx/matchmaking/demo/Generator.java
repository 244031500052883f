package cn.gov.huaian.zjtx.matchmaking.demo;

import cn.gov.huaian.zjtx.matchmaking.demo.Dataset.EvalExpert;
import cn.gov.huaian.zjtx.matchmaking.demo.Dataset.EvalNeed;
import cn.gov.huaian.zjtx.matchmaking.demo.Topics.Topic;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Generates demo expert profiles and needs deterministically from a seed: experts write in academic
 * terms, enterprises in plant-floor terms, with partial overlap and cross-topic generic words. It
 * grades nothing: it used to label an evaluation set with the re-ranker's own features, which only
 * measured agreement with itself (issue 13); the evaluation now uses a hand-judged collection.
 */
public final class Generator {
  private static final String[] SURNAMES =
      "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
          .split("");
  private static final String[] GIVEN =
      "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红文斌宇浩鹏飞凯晨阳辉琳欣怡晓东海峰雪梅振宏俊毅婷鑫".split("");
  private static final String[][] UNIVERSITIES = {
    {"淮阴工学院", "1", "1"}, {"淮阴师范学院", "1", "1"}, {"江苏食品药品职业技术学院", "1", "1"}, {"淮安信息职业技术学院", "1", "1"},
    {"南京大学", "0", "1"}, {"东南大学", "0", "1"}, {"南京航空航天大学", "0", "1"}, {"南京理工大学", "0", "1"},
    {"江南大学", "0", "1"}, {"中国药科大学", "0", "1"}, {"苏州大学", "0", "1"}, {"江苏大学", "0", "1"},
    {"浙江大学", "0", "0"}, {"上海交通大学", "0", "0"}, {"华中科技大学", "0", "0"}, {"哈尔滨工业大学", "0", "0"}
  };
  private static final String[] TITLES = {"教授", "教授", "副教授", "副教授", "研究员", "高级工程师", "讲师"};
  private static final String[] GENERIC = {
    "检测", "优化", "系统", "材料", "算法", "工艺", "性能", "设计", "控制", "分析", "智能化", "可靠性"
  };
  private static final String[] METHODS = {"多尺度建模", "实验与仿真相结合", "数据驱动", "机理建模", "多目标优化", "在线监测"};
  private static final String[] SOURCES = {
    "国家自然科学基金", "江苏省重点研发计划", "省产学研合作", "企业横向", "国家重点研发计划子课题"
  };
  private static final String[] PRODUCTS = {"零部件", "成套设备", "原材料", "终端产品", "中间体", "配套件"};

  private Generator() {}

  /** {@code n} experts cycling through the sub-topics (expert i has sub-topic i mod 40). */
  public static List<EvalExpert> experts(int n, long seed) {
    var rnd = new Random(seed);
    var out = new ArrayList<EvalExpert>(n);
    for (int i = 0; i < n; i++) {
      int topic = i % Topics.ALL.size();
      int secondary = rnd.nextDouble() < 0.35 ? sibling(rnd, topic, Topics.ALL.size()) : -1;
      out.add(expert(rnd, i, topic, secondary, Topics.ALL));
    }
    return out;
  }

  /** {@code n} needs cycling through the sub-topics (need i has sub-topic i mod 40). */
  public static List<EvalNeed> needs(int n, long seed) {
    var rnd = new Random(seed);
    var out = new ArrayList<EvalNeed>(n);
    for (int i = 0; i < n; i++) {
      int topic = i % Topics.ALL.size();
      out.add(need(rnd, i, topic, Topics.ALL.get(topic)));
    }
    return out;
  }

  public static int topics() {
    return Topics.ALL.size();
  }

  /** The Chinese name of sub-topic {@code topic}, e.g. 数控机床精度. */
  public static String topicName(int topic) {
    return Topics.ALL.get(topic).name();
  }

  /**
   * The {@link cn.gov.huaian.zjtx.matchmaking.reference.Cluster} name of sub-topic {@code topic}.
   */
  public static String topicCluster(int topic) {
    return Topics.ALL.get(topic).cluster();
  }

  /**
   * Mostly a sub-topic of the same cluster, sometimes one from anywhere (interdisciplinary
   * experts).
   */
  private static int sibling(Random rnd, int topic, int count) {
    if (rnd.nextDouble() < 0.7) {
      int base = topic - topic % 4;
      int other = base + rnd.nextInt(4);
      return other == topic ? base + (topic - base + 1) % 4 : other;
    }
    int other = rnd.nextInt(count);
    return other == topic ? (other + 1) % count : other;
  }

  private static EvalExpert expert(
      Random rnd, int i, int topic, int secondary, List<Topic> topics) {
    Topic t = topics.get(topic);
    var terms = pick(rnd, t.expertTerms(), 3 + rnd.nextInt(2));
    if (rnd.nextDouble() < 0.3) {
      terms.add(pick(rnd, t.needTerms(), 1).getFirst());
    }
    var sb = new StringBuilder();
    sb.append("主要从事")
        .append(terms.get(0))
        .append("、")
        .append(terms.get(1))
        .append("及")
        .append(terms.get(2))
        .append("研究");
    sb.append("，采用")
        .append(any(rnd, METHODS))
        .append("方法，在")
        .append(terms.getLast())
        .append("方面有系统积累");
    if (secondary >= 0) {
      var other = pick(rnd, topics.get(secondary).expertTerms(), 2);
      sb.append("；同时关注").append(other.get(0)).append("与").append(other.get(1));
    }
    sb.append("。注重")
        .append(any(rnd, GENERIC))
        .append("与")
        .append(any(rnd, GENERIC))
        .append("的工程应用，与多家企业开展产学研合作。");
    var achievements = new ArrayList<String>();
    for (int k = 0; k < 1 + rnd.nextInt(3); k++) {
      var a = pick(rnd, t.expertTerms(), 2);
      achievements.add(
          switch (rnd.nextInt(3)) {
            case 0 -> "论文：" + a.get(0) + "中的" + a.get(1) + "方法研究";
            case 1 -> "专利：一种基于" + a.get(0) + "的" + a.get(1) + "装置";
            default -> "项目：" + any(rnd, SOURCES) + "“" + a.get(0) + "关键技术”";
          });
    }
    var codes = new LinkedHashSet<String>();
    codes.add(t.codes().get(rnd.nextInt(t.codes().size())));
    if (rnd.nextBoolean()) {
      codes.add(t.codes().get(rnd.nextInt(t.codes().size())));
    }
    if (secondary >= 0 && rnd.nextBoolean()) {
      codes.add(topics.get(secondary).codes().getFirst());
    }
    var clusters = new LinkedHashSet<String>();
    clusters.add(t.cluster());
    if (secondary >= 0) {
      clusters.add(topics.get(secondary).cluster());
    }
    String[] uni = UNIVERSITIES[rnd.nextInt(UNIVERSITIES.length)];
    int capacity = rnd.nextDouble() < 0.15 ? 0 : 1 + rnd.nextInt(4);
    Double outcome = rnd.nextDouble() < 0.4 ? (rnd.nextInt(5)) / 4.0 : null;
    String name = any(rnd, SURNAMES) + any(rnd, GIVEN) + (rnd.nextBoolean() ? any(rnd, GIVEN) : "");
    return new EvalExpert(
        uuid("expert-" + i),
        name,
        uni[0],
        uni[1].equals("1"),
        uni[2].equals("1"),
        any(rnd, TITLES),
        sb.toString(),
        achievements,
        List.copyOf(codes),
        List.copyOf(clusters),
        capacity,
        outcome,
        topic,
        secondary);
  }

  private static EvalNeed need(Random rnd, int i, int topic, Topic t) {
    var terms = pick(rnd, t.needTerms(), 4);
    if (rnd.nextDouble() < 0.4) {
      terms.set(3, pick(rnd, t.expertTerms(), 1).getFirst());
    }
    String title = terms.get(0) + terms.get(1) + "问题攻关";
    String summary =
        "我公司主要生产"
            + any(rnd, PRODUCTS)
            + "，目前"
            + terms.get(0)
            + "问题突出，"
            + terms.get(1)
            + "影响交付，希望与高校合作。";
    String description =
        "现状："
            + terms.get(2)
            + "依赖经验，"
            + any(rnd, GENERIC)
            + "水平不高。期望解决"
            + terms.get(3)
            + "，提升"
            + any(rnd, GENERIC)
            + "和"
            + any(rnd, GENERIC)
            + "。";
    double r = rnd.nextDouble();
    String region = r < 0.3 ? "HUAIAN" : r < 0.4 ? "JIANGSU" : "ANY";
    List<String> codes = rnd.nextBoolean() ? List.of(t.codes().getFirst()) : List.of();
    String cluster = rnd.nextDouble() < 0.9 ? t.cluster() : null;
    return new EvalNeed(
        uuid("need-" + i), title, summary, description, codes, cluster, region, topic);
  }

  private static List<String> pick(Random rnd, List<String> from, int n) {
    var copy = new ArrayList<>(from);
    java.util.Collections.shuffle(copy, rnd);
    return new ArrayList<>(copy.subList(0, Math.min(n, copy.size())));
  }

  private static String any(Random rnd, String[] from) {
    return from[rnd.nextInt(from.length)];
  }

  private static UUID uuid(String key) {
    return UUID.nameUUIDFromBytes(("zjtx-eval-" + key).getBytes(StandardCharsets.UTF_8));
  }
}

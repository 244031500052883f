package cn.gov.huaian.zjtx.matchmaking.experts;

import cn.gov.huaian.zjtx.matchmaking.reference.Cluster;
import cn.gov.huaian.zjtx.matchmaking.reference.NsfcCodes;
import cn.gov.huaian.zjtx.platform.validation.Violations;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Checks an {@link ExpertRequest} and applies it; nothing is applied when any field is invalid. */
public final class ExpertRules {
  public static final int DIRECTIONS_MAX = 3000;
  public static final int INDUSTRY_MAX = 1000;
  static final Set<String> ACHIEVEMENT_KINDS = Set.of("论文", "专利", "项目", "奖励", "标准");

  private ExpertRules() {}

  public static void apply(ExpertRequest r, Expert e) {
    if (r == null) {
      new Violations().add("body", "请求体不能为空").throwIfAny();
    }
    var v = new Violations();
    String name = v.requiredName("name", "姓名", r.name(), 1, 50);
    String college = v.optionalText("college", "学院", r.college(), 100);
    String title = v.optionalText("title", "职称", r.title(), 50);
    String directions =
        v.requiredText("researchDirections", "研究方向", r.researchDirections(), DIRECTIONS_MAX);
    String industry =
        v.optionalText("industryExperience", "产业经历", r.industryExperience(), INDUSTRY_MAX);
    v.eachOf(
        "disciplines", "学科代码", r.disciplines(), 10, NsfcCodes.get()::exists, "不是有效的国家自然科学基金申请代码");
    v.eachOf(
        "clusters", "产业集群", r.clusters(), 10, c -> Cluster.parse(c).isPresent(), "不是 7+3 集群之一");
    List<Expert.Achievement> achievements = r.achievements() == null ? List.of() : r.achievements();
    if (achievements.size() > 200) {
      v.add("achievements", "成果最多 200 项");
    } else {
      for (int i = 0; i < achievements.size(); i++) {
        var a = achievements.get(i);
        if (a == null || a.kind() == null || !ACHIEVEMENT_KINDS.contains(a.kind())) {
          v.add("achievements[" + i + "].kind", "成果类型须为论文、专利、项目、奖励或标准");
        }
        if (a != null) {
          v.requiredText("achievements[" + i + "].title", "成果名称", a.title(), 300);
          if (a.year() != null && (a.year() < 1950 || a.year() > 2100)) {
            v.add("achievements[" + i + "].year", "成果年份不合理");
          }
        }
      }
    }
    if (r.capacity() != null && (r.capacity() < 0 || r.capacity() > 50)) {
      v.add("capacity", "可承接合作数须在 0 到 50 之间");
    }
    v.throwIfAny();

    e.name = name;
    e.college = college;
    e.title = title;
    e.researchDirections = directions;
    e.industryExperience = industry;
    e.disciplines =
        new ArrayList<>(new LinkedHashSet<>(r.disciplines() == null ? List.of() : r.disciplines()));
    e.clusters =
        new ArrayList<>(
            new LinkedHashSet<>(
                (r.clusters() == null ? List.<String>of() : r.clusters())
                    .stream().map(c -> Cluster.parse(c).orElseThrow().name()).toList()));
    e.achievements =
        achievements.stream()
            .map(a -> new Expert.Achievement(a.kind(), a.title().strip(), a.year()))
            .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    if (r.capacity() != null) {
      e.capacity = r.capacity();
    }
    if (r.willingVicePresident() != null) {
      e.willingVicePresident = r.willingVicePresident();
    }
  }
}

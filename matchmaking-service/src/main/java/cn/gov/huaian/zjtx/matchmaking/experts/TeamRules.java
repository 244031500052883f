package cn.gov.huaian.zjtx.matchmaking.experts;

import cn.gov.huaian.zjtx.matchmaking.reference.NsfcCodes;
import cn.gov.huaian.zjtx.platform.validation.Violations;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Checks a {@link TeamRequest} and applies it to a team; nothing is applied when a field is
 * invalid. Whether a leader is an expert of the team's university is the caller's question ({@code
 * leaderOfUniversity}). Plain Java (also used by the bulk import).
 */
public final class TeamRules {
  private TeamRules() {}

  public static void apply(TeamRequest r, ResearchTeam t, Predicate<UUID> leaderOfUniversity) {
    if (r == null) {
      new Violations().add("body", "请求体不能为空").throwIfAny();
    }
    var v = new Violations();
    String name = v.requiredName("name", "团队名称", r.name(), 1, 100);
    String description = v.optionalText("description", "团队简介", r.description(), 2000);
    v.eachOf(
        "disciplines", "学科代码", r.disciplines(), 10, NsfcCodes.get()::exists, "不是有效的国家自然科学基金申请代码");
    if (r.leaderId() != null && !leaderOfUniversity.test(r.leaderId())) {
      v.add("leaderId", "团队负责人须为本校已登记的专家");
    }
    v.throwIfAny();
    t.name = name;
    t.description = description;
    t.leaderId = r.leaderId();
    t.disciplines =
        new ArrayList<>(new LinkedHashSet<>(r.disciplines() == null ? List.of() : r.disciplines()));
  }
}

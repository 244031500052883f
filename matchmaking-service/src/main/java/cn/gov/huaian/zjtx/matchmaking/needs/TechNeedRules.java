package cn.gov.huaian.zjtx.matchmaking.needs;

import cn.gov.huaian.zjtx.matchmaking.reference.Cluster;
import cn.gov.huaian.zjtx.matchmaking.reference.IndustryCodes;
import cn.gov.huaian.zjtx.matchmaking.reference.NsfcCodes;
import cn.gov.huaian.zjtx.platform.validation.Violations;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Checks a {@link TechNeedRequest} and applies it to a need; nothing is applied when any field is
 * invalid.
 */
public final class TechNeedRules {
  public static final int TITLE_MAX = 100;
  public static final int SUMMARY_MAX = 1000;
  public static final int DESCRIPTION_MAX = 5000;
  public static final int PRIVATE_MAX = 10000;
  public static final int CODES_MAX = 10;

  private TechNeedRules() {}

  /**
   * Validates everything, then writes the fields into {@code need}; throws a 400 problem otherwise.
   */
  public static void apply(TechNeedRequest r, TechNeed need, LocalDate today) {
    if (r == null) {
      new Violations().add("body", "请求体不能为空").throwIfAny();
    }
    var v = new Violations();
    String title = v.requiredName("title", "需求名称", r.title(), 1, TITLE_MAX);
    String summary = v.requiredText("publicSummary", "公开摘要", r.publicSummary(), SUMMARY_MAX);
    String description = v.optionalText("description", "需求描述", r.description(), DESCRIPTION_MAX);
    String privateDetail = v.optionalText("privateDetail", "保密细节", r.privateDetail(), PRIVATE_MAX);
    v.eachOf(
        "nsfcCodes",
        "学科代码",
        r.nsfcCodes(),
        CODES_MAX,
        NsfcCodes.get()::exists,
        "不是有效的国家自然科学基金申请代码");
    if (r.industryCode() != null && !IndustryCodes.get().exists(r.industryCode())) {
      v.add("industryCode", "行业分类“" + r.industryCode() + "”不是有效的 GB/T 4754-2017 代码");
    }
    Cluster cluster = null;
    if (r.cluster() != null) {
      cluster = Cluster.parse(r.cluster()).orElse(null);
      if (cluster == null) {
        v.add("cluster", "产业集群须为 7+3 集群之一");
      }
    } else if (r.industryCode() != null) {
      cluster = Cluster.ofIndustry(r.industryCode()).orElse(null);
    }
    CooperationMode mode = CooperationMode.TECH_DEVELOPMENT;
    if (r.cooperationMode() != null) {
      mode = CooperationMode.parse(r.cooperationMode()).orElse(null);
      if (mode == null) {
        v.add("cooperationMode", "合作方式须为以下之一：" + CooperationMode.choices());
      }
    }
    RegionPreference region = RegionPreference.ANY;
    if (r.regionPreference() != null) {
      region = RegionPreference.parse(r.regionPreference()).orElse(null);
      if (region == null) {
        v.add("regionPreference", "地域偏好须为 ANY（不限）、HUAIAN（驻淮高校优先）或 JIANGSU（江苏省内优先）");
      }
    }
    TechNeed.Status status = need.status == null ? TechNeed.Status.OPEN : need.status;
    if (r.status() != null) {
      status = parseStatus(r.status());
      if (status == null) {
        v.add("status", "状态须为 OPEN（开放）、PAUSED（暂停）或 CLOSED（关闭）");
      }
    }
    v.money("budgetMin", "预算下限", r.budgetMin());
    v.money("budgetMax", "预算上限", r.budgetMax());
    if (r.budgetMin() != null
        && r.budgetMax() != null
        && r.budgetMin().compareTo(r.budgetMax()) > 0) {
      v.add("budgetMax", "预算上限不能低于预算下限");
    }
    boolean deadlineChanged = r.deadline() != null && !r.deadline().equals(need.deadline);
    if (deadlineChanged && r.deadline().isBefore(today)) {
      v.add("deadline", "截止日期不能早于今天");
    }
    v.throwIfAny();

    need.title = title;
    need.publicSummary = summary;
    need.description = description;
    need.privateDetail = privateDetail;
    need.nsfcCodes =
        r.nsfcCodes() == null
            ? new java.util.ArrayList<>()
            : List.copyOf(new LinkedHashSet<>(r.nsfcCodes())).stream().toList();
    need.nsfcCodes = new java.util.ArrayList<>(need.nsfcCodes);
    need.industryCode = r.industryCode();
    need.cluster = cluster == null ? null : cluster.name();
    need.cooperationMode = mode;
    need.budgetMin = r.budgetMin();
    need.budgetMax = r.budgetMax();
    need.deadline = r.deadline();
    need.regionPreference = region;
    need.status = status;
  }

  static TechNeed.Status parseStatus(String s) {
    return switch (s.strip()) {
      case "OPEN", "开放" -> TechNeed.Status.OPEN;
      case "PAUSED", "暂停" -> TechNeed.Status.PAUSED;
      case "CLOSED", "关闭" -> TechNeed.Status.CLOSED;
      default -> null;
    };
  }
}

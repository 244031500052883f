package cn.gov.huaian.zjtx.policy.facts;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * 奖励资格：the award clauses of the tier rules ("近三年获得国家级科技奖励并在获奖单位中排名前三", "近三年进入“创客中国”全国50强") read off
 * the registry's award records (科技奖励, “创客中国”, 主导制定的标准: kind, level, date, rank) as of a day, in the
 * words of the {@code qualifications} vocabulary. The windows move with the day, so the read model
 * derives them again every night ({@link FactRefresh}), not only when the firm changes.
 *
 * <p>"近三年" is taken as the three years up to the day (an award granted on or after the same date
 * three years before); "省部级" as the registry's 省级 level, which records provincial and ministerial
 * awards alike. An award without a rank counts for the clauses that ask no rank.
 */
final class Awards {
  private static final String TECH_AWARD = "tech-award";
  private static final String MAKER_CHINA = "maker-china";
  private static final String LEAD_STANDARD = "lead-standard";

  /**
   * The registry's kinds whose facts depend on the day: the firms {@link FactRefresh} re-derives
   * nightly.
   */
  static final List<String> KINDS = List.of(TECH_AWARD, MAKER_CHINA, LEAD_STANDARD);

  private Awards() {}

  static Set<String> of(JsonNode qualifications, LocalDate day) {
    Set<String> values = new LinkedHashSet<>();
    for (JsonNode q : qualifications) {
      String date = q.path("grantedOn").asText("");
      if (date.isEmpty()) {
        continue;
      }
      LocalDate granted = LocalDate.parse(date);
      int rank = q.path("rank").isInt() ? q.path("rank").asInt() : Integer.MAX_VALUE;
      switch (q.path("kind").asText("")) {
        case TECH_AWARD -> techAward(q.path("level").asText(""), granted, rank, day, values);
        case LEAD_STANDARD -> {
          // 国际、国家或行业标准, 主导 = among the first five drafters
          if (rank <= 5 && within(granted, 5, day)) {
            values.add("近五年主导制定国际国家行业标准（排名前五）");
          }
        }
        case MAKER_CHINA -> {
          if (within(granted, 3, day)) {
            if (rank <= 50) {
              values.add("创客中国全国50强");
            }
            if (rank <= 500) {
              values.add("创客中国全国500强");
            }
          }
        }
        default -> {}
      }
    }
    return values;
  }

  private static void techAward(
      String level, LocalDate granted, int rank, LocalDate day, Set<String> values) {
    boolean national = level.equals("national");
    if (!national && !level.equals("provincial")) {
      return;
    }
    if (within(granted, 3, day)) {
      String name = national ? "近三年国家级科技奖励" : "近三年省级科技奖励";
      values.add(name);
      if (rank <= 3) {
        values.add(name + "（排名前三）");
        values.add("近三年省部级以上科技奖励（排名前三）");
      }
      if (national && rank <= 5) {
        values.add(name + "（排名前五）");
      }
    }
    if (national && rank <= 3 && within(granted, 5, day)) {
      values.add("近五年国家级科技奖励（排名前三）");
    }
  }

  /** Granted no later than the day and no earlier than the same date {@code years} before. */
  private static boolean within(LocalDate granted, int years, LocalDate day) {
    return !granted.isAfter(day) && !granted.isBefore(day.minusYears(years));
  }
}

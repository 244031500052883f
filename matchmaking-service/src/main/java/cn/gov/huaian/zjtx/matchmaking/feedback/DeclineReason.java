package cn.gov.huaian.zjtx.matchmaking.feedback;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a firm declined an interest. Only some reasons say the match was wrong ({@link
 * #aboutTheMatch()}): a firm that has already found a partner, or whose budget does not fit,
 * declines a match that may have been right, and learning from it would teach the ranker the wrong
 * thing.
 */
public enum DeclineReason {
  OFF_TOPIC("研究方向与需求不符", true),
  NOT_QUALIFIED("专家能力或经验不足", true),
  TOO_FAR("距离远，难以到企", true),
  ALREADY_FOUND("已找到合作方", false),
  BUDGET("费用或合作方式谈不拢", false),
  TIMING("时间安排不合适", false),
  OTHER("其他", false);

  private final String nameZh;
  private final boolean aboutTheMatch;

  DeclineReason(String nameZh, boolean aboutTheMatch) {
    this.nameZh = nameZh;
    this.aboutTheMatch = aboutTheMatch;
  }

  public String nameZh() {
    return nameZh;
  }

  public boolean aboutTheMatch() {
    return aboutTheMatch;
  }

  /** By code or Chinese name. */
  public static Optional<DeclineReason> parse(String value) {
    return Arrays.stream(values())
        .filter(r -> r.name().equals(value) || r.nameZh.equals(value))
        .findFirst();
  }
}

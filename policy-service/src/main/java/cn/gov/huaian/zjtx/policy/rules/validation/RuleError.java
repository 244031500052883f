package cn.gov.huaian.zjtx.policy.rules.validation;

/**
 * 规则校验错误：the JSON path of the bad node and a Chinese message.
 *
 * @param path e.g. {@code $.eligibility.all[2].gte.fact}
 * @param message e.g. "未知的事实“rd_ratoi”"
 */
public record RuleError(String path, String message) {
  @Override
  public String toString() {
    return path + "：" + message;
  }
}

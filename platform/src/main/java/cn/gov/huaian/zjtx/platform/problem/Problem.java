package cn.gov.huaian.zjtx.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * RFC 9457 problem details; {@code title} and {@code detail} are Chinese, for people. 问题详情（RFC
 * 9457）。
 *
 * @param type stable URI naming the kind of problem, for programs
 * @param violations field-level errors of a validation problem, empty otherwise
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    String requestId,
    List<Violation> violations) {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final String TYPE_BASE = "https://zjtx.huaian.gov.cn/problems/";

  /** One invalid field: where it is and what is wrong, in Chinese. */
  public record Violation(String field, String message) {}
}

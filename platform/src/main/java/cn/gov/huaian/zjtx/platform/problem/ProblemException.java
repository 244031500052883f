package cn.gov.huaian.zjtx.platform.problem;

import java.util.List;

/**
 * Thrown by application code to answer with a problem+json response. The {@code slug} becomes the
 * stable problem type; {@code title} and {@code detail} are Chinese.
 */
public class ProblemException extends RuntimeException {
  private final int status;
  private final String slug;
  private final String title;
  private final List<Problem.Violation> violations;

  public ProblemException(int status, String slug, String title, String detail) {
    this(status, slug, title, detail, List.of());
  }

  public ProblemException(
      int status, String slug, String title, String detail, List<Problem.Violation> violations) {
    super(detail, null, false, false);
    this.status = status;
    this.slug = slug;
    this.title = title;
    this.violations = List.copyOf(violations);
  }

  public static ProblemException notFound(String what) {
    return new ProblemException(404, "not-found", "资源不存在", what + "不存在或无权访问");
  }

  public static ProblemException conflict(String slug, String detail) {
    return new ProblemException(409, slug, "数据冲突", detail);
  }

  public static ProblemException invalid(String field, String message) {
    return new ProblemException(
        400, "validation", "请求参数不合法", message, List.of(new Problem.Violation(field, message)));
  }

  /** A validation problem listing every invalid field; nothing was written. */
  public static ProblemException invalid(List<Problem.Violation> violations) {
    String detail = String.join("；", violations.stream().map(Problem.Violation::message).toList());
    return new ProblemException(400, "validation", "请求参数不合法", detail, violations);
  }

  public static ProblemException preconditionFailed(String detail) {
    return new ProblemException(412, "stale-write", "数据已被他人修改", detail);
  }

  public static ProblemException forbidden(String detail) {
    return new ProblemException(403, "forbidden", "无权访问", detail);
  }

  public int status() {
    return status;
  }

  public String slug() {
    return slug;
  }

  public String title() {
    return title;
  }

  public List<Problem.Violation> violations() {
    return violations;
  }
}

package cn.gov.huaian.zjtx.platform.web;

import cn.gov.huaian.zjtx.platform.problem.Problem;
import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into RFC 9457 problem+json with a Chinese title and detail. No stack trace,
 * class name or internal address ever reaches a client; unexpected failures are logged with the
 * request id so that support can find them.
 */
public class ProblemMappers {
  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  @ServerExceptionMapper
  public Response problem(ProblemException e, UriInfo uri) {
    Response response =
        respond(e.status(), e.slug(), e.title(), e.getMessage(), uri, e.violations());
    return e.status() == 503 ? withRetryAfter(response) : response;
  }

  @ServerExceptionMapper
  public Response validation(ConstraintViolationException e, UriInfo uri) {
    List<Problem.Violation> violations =
        e.getConstraintViolations().stream()
            .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.Violation::field))
            .toList();
    String detail =
        violations.stream()
            .map(v -> v.field() + "：" + v.message())
            .collect(Collectors.joining("；"));
    return respond(400, "validation", "请求参数不合法", detail, uri, violations);
  }

  @ServerExceptionMapper({
    JsonProcessingException.class,
    MismatchedInputException.class,
    InvalidFormatException.class,
    UnrecognizedPropertyException.class
  })
  public Response unreadableJson(Exception e, UriInfo uri) {
    if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
      String field =
          mismatch.getPath().stream()
              .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
              .collect(Collectors.joining("."));
      String message = messageFor(mismatch);
      return respond(
          400,
          "malformed-body",
          "请求体格式不正确",
          "字段 " + field + " " + message,
          uri,
          List.of(new Problem.Violation(field, message)));
    }
    return respond(400, "malformed-body", "请求体格式不正确", "请求体不是合法的 JSON", uri, List.of());
  }

  @ServerExceptionMapper({
    AuthenticationFailedException.class,
    UnauthorizedException.class,
    AuthenticationCompletionException.class
  })
  public Response unauthenticated(Exception e, UriInfo uri) {
    return Response.fromResponse(
            respond(
                401, "unauthenticated", "未登录或登录已失效", "请提供有效的访问令牌（Bearer token）", uri, List.of()))
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
        .build();
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e, UriInfo uri) {
    return respond(403, "forbidden", "无权访问", "当前用户的角色无权执行此操作", uri, List.of());
  }

  @ServerExceptionMapper({OptimisticLockException.class, StaleObjectStateException.class})
  public Response staleWrite(Exception e, UriInfo uri) {
    return respond(
        412, "stale-write", "数据已被他人修改", "数据已被修改，请重新读取后再提交（If-Match 已过期）", uri, List.of());
  }

  @ServerExceptionMapper
  public Response web(WebApplicationException e, UriInfo uri) {
    int status = e.getResponse().getStatus();
    return switch (status) {
      case 400 -> respond(400, "bad-request", "请求不合法", "请求参数或格式不正确", uri, List.of());
      case 404 -> respond(404, "not-found", "资源不存在", "请求的地址或资源不存在", uri, List.of());
      case 405 -> respond(405, "method-not-allowed", "不支持的请求方法", "该地址不支持此请求方法", uri, List.of());
      case 406 -> respond(406, "not-acceptable", "无法提供所需格式", "无法按 Accept 要求的格式返回", uri, List.of());
      case 413 -> respond(413, "payload-too-large", "请求体过大", "请求体超过允许的大小", uri, List.of());
      case 415 ->
          respond(
              415, "unsupported-media-type", "不支持的内容类型", "请使用 application/json", uri, List.of());
      default ->
          status >= 500
              ? unexpected(e, uri)
              : respond(status, "http-" + status, "请求失败", "请求失败", uri, List.of());
    };
  }

  @ServerExceptionMapper
  public Response unexpected(Throwable e, UriInfo uri) {
    var outage = Outages.of(e);
    if (outage.isPresent()) {
      LOG.warnf("依赖不可用（%s）requestId=%s：%s", outage.get(), RequestIds.current(), rootMessage(e));
      return withRetryAfter(
          respond(503, "service-unavailable", "服务暂时不可用", outage.get().detail(), uri, List.of()));
    }
    LOG.errorf(e, "未处理的异常 requestId=%s", RequestIds.current());
    return respond(
        500, "internal", "服务器内部错误", "服务器处理请求时出错，请稍后重试；如持续出现请联系管理员并提供请求编号", uri, List.of());
  }

  private static Response withRetryAfter(Response response) {
    return Response.fromResponse(response)
        .header(HttpHeaders.RETRY_AFTER, Outages.RETRY_AFTER_SECONDS)
        .build();
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }

  private static Response respond(
      int status,
      String slug,
      String title,
      String detail,
      UriInfo uri,
      List<Problem.Violation> violations) {
    Problem body =
        new Problem(
            Problem.TYPE_BASE + slug,
            title,
            status,
            detail,
            uri == null ? null : uri.getPath(),
            RequestIds.current(),
            violations);
    return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
  }

  private static String messageFor(MismatchedInputException e) {
    if (e instanceof StorableText.BadText bad) {
      return bad.reason();
    }
    if (e instanceof UnrecognizedPropertyException) {
      return "不允许的字段（可能拼写错误，或该字段由系统计算、不能填写）";
    }
    Class<?> target = e.getTargetType();
    if (target == null) {
      return "类型或格式不正确";
    }
    if (java.time.LocalDate.class.equals(target)) {
      return "日期格式不正确，应为 YYYY-MM-DD";
    }
    if (Number.class.isAssignableFrom(target)
        || (target.isPrimitive() && target != boolean.class)) {
      return "应为数字";
    }
    if (java.util.UUID.class.equals(target)) {
      return "应为 UUID";
    }
    if (java.util.Collection.class.isAssignableFrom(target)) {
      return "应为列表";
    }
    return "类型或格式不正确";
  }

  /**
   * A method-validation path names the method first: "list.size" (a parameter) becomes "size",
   * "create.body.name" (a field of the body) becomes "name".
   */
  private static String fieldOf(ConstraintViolation<?> v) {
    String[] parts = v.getPropertyPath().toString().split("\\.");
    int start = parts.length > 2 ? 2 : Math.min(1, parts.length - 1);
    return String.join(".", java.util.Arrays.copyOfRange(parts, start, parts.length));
  }
}

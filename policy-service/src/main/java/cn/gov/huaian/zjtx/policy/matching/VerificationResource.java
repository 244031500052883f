package cn.gov.huaian.zjtx.policy.matching;

import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import cn.gov.huaian.zjtx.platform.security.CurrentUser;
import cn.gov.huaian.zjtx.platform.security.Roles;
import cn.gov.huaian.zjtx.policy.facts.EnterpriseAccess;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 人工核验 REST API: an admin records whether a firm meets a criterion only a person can check. */
@Path("/api/v1/enterprises/{id}/verifications")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@RunOnVirtualThread
public class VerificationResource {
  private static final Pattern CHECK_ID = Pattern.compile("[a-z0-9_]{1,60}");

  private final Verifications verifications;
  private final MatchQueries queries;
  private final MatchJobs jobs;
  private final EnterpriseAccess access;
  private final CurrentUser user;

  public VerificationResource(
      Verifications verifications,
      MatchQueries queries,
      MatchJobs jobs,
      EnterpriseAccess access,
      CurrentUser user) {
    this.verifications = verifications;
    this.queries = queries;
    this.jobs = jobs;
    this.access = access;
    this.user = user;
  }

  /** A finding on one check. */
  public record VerificationRequest(
      @NotNull(message = "请说明核验是否通过（passed: true 或 false）")
          @Schema(description = "核验是否通过 / whether the firm meets the criterion")
          Boolean passed,
      @Size(max = 500, message = "核验说明不能超过 500 个字符")
          @Schema(description = "核验依据（如 信用中国查询结果） / what the finding rests on")
          String note) {}

  @GET
  @Operation(summary = "企业的人工核验记录 / An enterprise's manual verifications")
  public List<Verifications.Finding> list(@PathParam("id") UUID id) {
    access.requireReadable(id, "企业");
    queries.enterprise(id);
    return verifications.of(id).values().stream()
        .sorted(Comparator.comparing(Verifications.Finding::checkId))
        .toList();
  }

  @PUT
  @Path("/{checkId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary =
          "记录人工核验结论（管理员；随后重匹配该企业） / Record a manual verification (admin); the firm is re-matched")
  public Verifications.Finding record(
      @PathParam("id") UUID id,
      @PathParam("checkId") String checkId,
      @Valid @NotNull(message = "请求体不能为空") VerificationRequest request) {
    if (!CHECK_ID.matcher(checkId).matches()) {
      throw ProblemException.invalid("checkId", "核验项编号只能包含小写字母、数字和下划线，最长 60 个字符");
    }
    queries.enterprise(id);
    String note =
        request.note() == null || request.note().isBlank() ? null : request.note().strip();
    Verifications.Finding finding =
        verifications.record(id, checkId, request.passed(), note, user.username());
    jobs.wake();
    return finding;
  }
}

package cn.gov.huaian.zjtx.matchmaking.imports;

import cn.gov.huaian.zjtx.platform.imports.ImportJobView;
import cn.gov.huaian.zjtx.platform.imports.ImportUploads;
import cn.gov.huaian.zjtx.platform.imports.ReportPage;
import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import cn.gov.huaian.zjtx.platform.security.CurrentUser;
import cn.gov.huaian.zjtx.platform.security.Roles;
import cn.gov.huaian.zjtx.platform.web.PageView;
import io.quarkus.panache.common.Sort;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * 产学研数据批量导入（管理员）: upload an XLSX or JSON Lines file of universities, teams, experts or needs;
 * follow the job; read or download the rows to look at; answer the “疑似同一单位” questions.
 */
@Path("/api/v1/admin/matchmaking/imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@RunOnVirtualThread
public class ImportResource {
  private static final Set<String> ROW_STATUSES =
      Set.of("FAILED", "CONFIRM", "DEFAULTED", "CREATED", "UPDATED", "UNCHANGED");
  private final Importer importer;
  private final CurrentUser user;

  public ImportResource(Importer importer, CurrentUser user) {
    this.importer = importer;
    this.user = user;
  }

  /** A job and its progress. */
  static ImportJobView view(ImportJob j) {
    return ImportJobView.of(
        j, ImportKind.of(j.kind).map(ImportKind::nameZh).orElse(j.kind), j.toConfirm, j.defaulted);
  }

  /**
   * A row to look at: FAILED (not imported, why), CONFIRM (疑似同一单位：the registered university it
   * looks like), DEFAULTED (imported, with defaults), or what an answered row became.
   */
  public record RowView(
      int row,
      String status,
      String column,
      String message,
      UUID candidateId,
      String candidateName,
      String decidedBy,
      Instant decidedAt) {
    static RowView of(ImportRowRecord r) {
      return new RowView(
          r.rowNo,
          r.status,
          r.columnName,
          r.message,
          r.candidateId,
          r.candidateName,
          r.decidedBy,
          r.decidedAt);
    }
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary =
          "上传 XLSX 或 JSON Lines 文件导入高校（kind=universities）、科研团队（teams）、专家（experts）或技术需求（needs），异步执行"
              + " / Start an import job (admin)")
  public Response start(
      @QueryParam("kind") String kind, @RestForm("file") FileUpload file, @Context UriInfo uri)
      throws IOException {
    ImportKind k =
        kind == null ? null : ImportKind.of(kind.strip().toLowerCase(Locale.ROOT)).orElse(null);
    if (k == null) {
      throw ProblemException.invalid(
          "kind", "导入类型 kind 应为 universities（高校）、teams（科研团队）、experts（专家）或 needs（技术需求）");
    }
    byte[] bytes = ImportUploads.bytes(file, "XLSX 或 JSON Lines（.jsonl）");
    ImportJob job = importer.submit(k, file.fileName(), bytes, user.username());
    return Response.accepted(view(job))
        .location(uri.getAbsolutePathBuilder().path(job.id.toString()).build())
        .build();
  }

  @GET
  @Operation(summary = "最近的导入任务 / Recent import jobs")
  public List<ImportJobView> recent() {
    return ImportJob.<ImportJob>findAll(Sort.by("createdAt", Sort.Direction.Descending))
        .page(0, 50)
        .list()
        .stream()
        .map(ImportResource::view)
        .toList();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "导入进度与结果 / Progress and outcome of a job")
  public ImportJobView get(@PathParam("id") UUID id) {
    return view(job(id));
  }

  @GET
  @Path("/{id}/rows")
  @Operation(
      summary =
          "需要查看的行：错误（FAILED）、疑似同一单位待确认（CONFIRM）、使用了默认值（DEFAULTED） / Rows to look at, by status")
  public PageView<RowView> rows(
      @PathParam("id") UUID id,
      @QueryParam("status") String status,
      @BeanParam @Valid ReportPage paging) {
    job(id);
    var query =
        status == null
            ? ImportRowRecord.<ImportRowRecord>find("jobId", Sort.by("rowNo").and("id"), id)
            : ImportRowRecord.<ImportRowRecord>find(
                "jobId = ?1 and status = ?2",
                Sort.by("rowNo").and("id"),
                id,
                checkedStatus(status));
    return new PageView<>(
        query.page(paging.page, paging.size).list().stream().map(RowView::of).toList(),
        paging.page,
        paging.size,
        query.count());
  }

  @GET
  @Path("/{id}/rows.csv")
  @Produces("text/csv")
  @Operation(summary = "下载逐行结果表（CSV，Excel 可直接打开） / The rows to look at as a CSV table")
  public Response rowsCsv(@PathParam("id") UUID id) {
    ImportJob job = job(id);
    List<List<Object>> rows = new ArrayList<>();
    for (ImportRowRecord r :
        ImportRowRecord.<ImportRowRecord>find("jobId", Sort.by("rowNo").and("id"), id)
            .page(0, Importer.MAX_REPORTED)
            .list()) {
      rows.add(
          List.of(
              r.rowNo,
              statusZh(r.status),
              r.columnName == null ? "" : r.columnName,
              r.message,
              r.candidateName == null ? "" : r.candidateName));
    }
    return ImportUploads.csv(
        List.of("行号", "状态", "列", "说明", "疑似对应的已登记单位"), rows, "import-" + job.kind + "-rows.csv");
  }

  /**
   * Answers to the “疑似同一单位” questions.
   *
   * @param decisions one per row: {@code row} (the row number in the file) and {@code decision}
   *     SAME (是同一单位) or DIFFERENT (不是同一单位)
   */
  public record DecisionsRequest(List<DecisionItem> decisions) {}

  /** One answer. */
  public record DecisionItem(Integer row, String decision) {}

  @POST
  @Path("/{id}/decisions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "确认“疑似同一单位”的行：SAME 为同一单位（记为别名并导入本行），DIFFERENT 为不同单位 / Answer the rows waiting for confirmation")
  public List<Importer.Decided> decide(@PathParam("id") UUID id, DecisionsRequest body) {
    job(id);
    if (body == null || body.decisions() == null || body.decisions().isEmpty()) {
      throw ProblemException.invalid(
          "decisions", "请给出至少一行的确认结果，如 {\"decisions\":[{\"row\":3,\"decision\":\"SAME\"}]}");
    }
    if (body.decisions().size() > 1000) {
      throw ProblemException.invalid("decisions", "一次最多确认 1000 行");
    }
    var decisions = new ArrayList<Importer.Decision>();
    for (int i = 0; i < body.decisions().size(); i++) {
      DecisionItem d = body.decisions().get(i);
      if (d == null || d.row() == null) {
        throw ProblemException.invalid("decisions[" + i + "].row", "请填写行号");
      }
      ImportWriter.Answer answer;
      try {
        answer =
            d.decision() == null
                ? null
                : ImportWriter.Answer.valueOf(d.decision().strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        answer = null;
      }
      if (answer == null) {
        throw ProblemException.invalid(
            "decisions[" + i + "].decision", "确认结果应为 SAME（同一单位）或 DIFFERENT（不是同一单位）");
      }
      decisions.add(new Importer.Decision(d.row(), answer));
    }
    return importer.decide(id, decisions, user.username());
  }

  private static ImportJob job(UUID id) {
    ImportJob job = ImportJob.findById(id);
    if (job == null) {
      throw ProblemException.notFound("导入任务");
    }
    return job;
  }

  private static String checkedStatus(String status) {
    String s = status.strip().toUpperCase(Locale.ROOT);
    if (!ROW_STATUSES.contains(s)) {
      throw ProblemException.invalid(
          "status", "状态应为 FAILED、CONFIRM、DEFAULTED、CREATED、UPDATED 或 UNCHANGED");
    }
    return s;
  }

  private static String statusZh(String status) {
    return switch (status) {
      case "FAILED" -> "错误，未导入";
      case "CONFIRM" -> "疑似同一单位，请确认";
      case "DEFAULTED" -> "已导入，使用了默认值";
      case "CREATED" -> "已确认，已新增";
      case "UPDATED" -> "已确认，已更新";
      case "UNCHANGED" -> "已确认，未改动";
      default -> status;
    };
  }
}

package cn.gov.huaian.zjtx.enterprise.imports;

import cn.gov.huaian.zjtx.platform.imports.ImportJobView;
import cn.gov.huaian.zjtx.platform.imports.ImportUploads;
import cn.gov.huaian.zjtx.platform.imports.ReportPage;
import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import cn.gov.huaian.zjtx.platform.security.CurrentUser;
import cn.gov.huaian.zjtx.platform.security.Roles;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** 批量导入 REST API: upload an XLSX or CSV file of enterprises or yearly figures; follow the job. */
@Path("/api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.SERVICE})
@RunOnVirtualThread
public class ImportResource {
  private final Importer importer;
  private final CurrentUser user;
  private final EntityManager em;

  public ImportResource(Importer importer, CurrentUser user, EntityManager em) {
    this.importer = importer;
    this.user = user;
    this.em = em;
  }

  /** One error of the report. */
  public record ErrorView(int row, String column, String message) {}

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary =
          "上传 XLSX/CSV 文件导入企业（kind=enterprises）或年度指标（kind=figures），异步执行 / Start an import job")
  public Response start(
      @QueryParam("kind") @DefaultValue("enterprises") String kind,
      @RestForm("file") FileUpload file,
      @Context UriInfo uri)
      throws IOException {
    if (!Importer.ENTERPRISES.equals(kind) && !Importer.FIGURES.equals(kind)) {
      throw ProblemException.invalid("kind", "导入类型应为 enterprises（企业名单）或 figures（年度指标）");
    }
    byte[] bytes = ImportUploads.bytes(file, "XLSX 或 CSV");
    ImportJob job = importer.submit(kind, file.fileName(), bytes, user.username());
    return Response.accepted(ImportJobView.of(job))
        .location(uri.getAbsolutePathBuilder().path(job.id.toString()).build())
        .build();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "导入进度与结果 / Progress and outcome of a job")
  public ImportJobView get(@PathParam("id") UUID id) {
    ImportJob job = ImportJob.findById(id);
    if (job == null) {
      throw ProblemException.notFound("导入任务");
    }
    return ImportJobView.of(job);
  }

  @GET
  @Path("/{id}/errors")
  @Transactional
  @Operation(summary = "逐行错误报告（行号、列名、说明） / Row-level error report")
  public List<ErrorView> errors(@PathParam("id") UUID id, @BeanParam @Valid ReportPage paging) {
    get(id);
    return rows(id, paging.page * paging.size, paging.size);
  }

  @GET
  @Path("/{id}/errors.csv")
  @Produces("text/csv")
  @Transactional
  @Operation(summary = "下载错误报告（CSV，Excel 可直接打开） / Error report as CSV")
  public Response errorsCsv(@PathParam("id") UUID id) {
    get(id);
    List<List<Object>> rows = new ArrayList<>();
    for (ErrorView e : rows(id, 0, Importer.MAX_ERRORS)) {
      rows.add(List.of(e.row(), e.column() == null ? "" : e.column(), e.message()));
    }
    return ImportUploads.csv(List.of("行号", "列", "错误说明"), rows, "import-errors.csv");
  }

  @SuppressWarnings("unchecked")
  private List<ErrorView> rows(UUID id, int offset, int limit) {
    List<Object[]> rows =
        em.createNativeQuery(
                "select row_no, column_name, message from import_error where job_id = ?1 order by row_no, column_name offset ?2 limit ?3")
            .setParameter(1, id)
            .setParameter(2, offset)
            .setParameter(3, limit)
            .getResultList();
    List<ErrorView> out = new ArrayList<>();
    for (Object[] r : rows) {
      out.add(new ErrorView(((Number) r[0]).intValue(), (String) r[1], (String) r[2]));
    }
    return out;
  }
}

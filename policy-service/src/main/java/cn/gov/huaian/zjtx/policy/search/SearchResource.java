package cn.gov.huaian.zjtx.policy.search;

import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import cn.gov.huaian.zjtx.platform.security.Roles;
import cn.gov.huaian.zjtx.platform.web.Params;
import cn.gov.huaian.zjtx.policy.catalog.Program;
import cn.gov.huaian.zjtx.policy.rules.facts.StandardFacts;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** 政策检索 REST API: full-text Chinese search of published policies with filters. */
@Path("/api/v1/policies/search")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@RunOnVirtualThread
public class SearchResource {
  private final PolicySearch search;
  private final PolicyIndex index;

  public SearchResource(PolicySearch search, PolicyIndex index) {
    this.search = search;
    this.index = index;
  }

  @GET
  @Operation(summary = "政策全文检索（中文分词；按类别、部门、区县、有效期筛选） / Search published policies")
  public PolicySearch.Result search(
      @QueryParam("q") String q,
      @QueryParam("category") String category,
      @QueryParam("department") String department,
      @QueryParam("district") String district,
      @QueryParam("validOn") String validOn,
      @QueryParam("kind") String kind,
      @QueryParam("page")
          @DefaultValue("0")
          @Min(value = 0, message = "页码不能小于 0")
          @Max(value = 500, message = "页码不能超过 500")
          int page,
      @QueryParam("size")
          @DefaultValue("20")
          @Min(value = 1, message = "每页条数至少为 1")
          @Max(value = 100, message = "每页条数不能超过 100")
          int size) {
    if (q != null && q.length() > 200) {
      throw ProblemException.invalid("q", "检索词不能超过 200 个字符");
    }
    if (category != null && !Program.CATEGORIES.contains(category)) {
      throw ProblemException.invalid(
          "category", "政策类别应为以下之一：" + String.join("、", Program.CATEGORIES));
    }
    if (district != null && !StandardFacts.DISTRICTS.contains(district)) {
      throw ProblemException.invalid("district", "区县代码应为淮安市的区县行政区划代码（如 320812）");
    }
    LocalDate day;
    try {
      day = validOn == null ? null : LocalDate.parse(validOn);
    } catch (DateTimeParseException e) {
      throw ProblemException.invalid("validOn", "有效日期格式应为 yyyy-MM-dd");
    }
    return search.search(
        new PolicySearch.Criteria(
            blankToNull(q),
            category,
            blankToNull(department),
            district,
            day,
            kind == null || kind.isBlank()
                ? null
                : Params.enumOf(Program.Kind.class, "kind", kind).name(),
            page,
            size));
  }

  @POST
  @Path("/reindex")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "重建检索索引（新索引建好后切换别名） / Rebuild the search index (admin)")
  public Map<String, String> reindex() throws java.io.IOException {
    return Map.of("index", index.rebuild());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}

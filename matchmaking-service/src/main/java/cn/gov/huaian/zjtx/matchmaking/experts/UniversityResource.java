package cn.gov.huaian.zjtx.matchmaking.experts;

import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import cn.gov.huaian.zjtx.platform.web.PageParams;
import cn.gov.huaian.zjtx.platform.web.PageView;
import cn.gov.huaian.zjtx.platform.web.Tagged;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

/** 高校与科研团队 REST API. */
@Path("/api/v1/universities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@RunOnVirtualThread
public class UniversityResource {
  private final ExpertService service;

  public UniversityResource(ExpertService service) {
    this.service = service;
  }

  @GET
  @Operation(summary = "高校列表 / Universities, paged")
  public PageView<UniversityView> list(@BeanParam @Valid PageParams paging) {
    var query = University.<University>findAll(Sort.by("name").and("id"));
    return paging.of(
        query.page(paging.page, paging.size).list().stream().map(UniversityView::of).toList(),
        query.count());
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "高校详情 / One university")
  public RestResponse<UniversityView> get(@PathParam("id") UUID id) {
    University u =
        University.<University>findByIdOptional(id)
            .orElseThrow(() -> ProblemException.notFound("高校"));
    return Tagged.ok(UniversityView.of(u), u.version);
  }

  @POST
  @Operation(summary = "登记高校（管理员） / Register a university (admin)")
  public RestResponse<UniversityView> create(UniversityRequest body) {
    University u = service.createUniversity(body);
    return Tagged.created(
        URI.create("/api/v1/universities/" + u.id), UniversityView.of(u), u.version);
  }

  @PUT
  @Path("/{id}")
  @Operation(summary = "修改高校信息（须带 If-Match） / Update a university; requires If-Match")
  public RestResponse<UniversityView> update(
      @PathParam("id") UUID id, UniversityRequest body, @HeaderParam("If-Match") String ifMatch) {
    University u = service.updateUniversity(id, body, ifMatch);
    return Tagged.ok(UniversityView.of(u), u.version);
  }

  @GET
  @Path("/{id}/teams")
  @Operation(summary = "高校的科研团队 / A university's research teams")
  public List<UniversityView.Team> teams(@PathParam("id") UUID id) {
    return ResearchTeam.<ResearchTeam>list("universityId", Sort.by("name"), id).stream()
        .map(UniversityView.Team::of)
        .toList();
  }

  @POST
  @Path("/{id}/teams")
  @Operation(summary = "登记科研团队（本校或管理员） / Register a research team")
  public RestResponse<UniversityView.Team> createTeam(@PathParam("id") UUID id, TeamRequest body) {
    ResearchTeam t = service.createTeam(id, body);
    return RestResponse.ResponseBuilder.<UniversityView.Team>created(
            URI.create("/api/v1/universities/" + id + "/teams/" + t.id))
        .entity(UniversityView.Team.of(t))
        .build();
  }
}

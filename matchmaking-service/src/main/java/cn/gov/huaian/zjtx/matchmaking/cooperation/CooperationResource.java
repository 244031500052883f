package cn.gov.huaian.zjtx.matchmaking.cooperation;

import cn.gov.huaian.zjtx.matchmaking.cooperation.CooperationDtos.Contact;
import cn.gov.huaian.zjtx.matchmaking.cooperation.CooperationDtos.CooperationRequest;
import cn.gov.huaian.zjtx.matchmaking.cooperation.CooperationDtos.CooperationView;
import cn.gov.huaian.zjtx.matchmaking.cooperation.CooperationDtos.DeclineRequest;
import cn.gov.huaian.zjtx.matchmaking.cooperation.CooperationDtos.InterestRequest;
import cn.gov.huaian.zjtx.matchmaking.cooperation.CooperationDtos.InterestView;
import cn.gov.huaian.zjtx.platform.web.PageParams;
import cn.gov.huaian.zjtx.platform.web.PageView;
import cn.gov.huaian.zjtx.platform.web.Tagged;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

/** 产学研合作 REST API: interests, decisions, revealed contacts and cooperation records. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@RunOnVirtualThread
public class CooperationResource {
  private final CooperationService service;

  public CooperationResource(CooperationService service) {
    this.service = service;
  }

  @POST
  @Path("/interests")
  @Operation(summary = "专家或高校对需求表达合作意向 / Express interest in a need")
  public RestResponse<InterestView> express(InterestRequest body) {
    Interest i = service.express(body);
    return Tagged.created(URI.create("/api/v1/interests/" + i.id), InterestView.of(i), i.version);
  }

  @GET
  @Path("/interests")
  @Operation(summary = "某需求的合作意向（需求方看全部，专家方看本方） / Interests in a need")
  public List<InterestView> list(@QueryParam("needId") UUID needId) {
    if (needId == null) {
      throw cn.gov.huaian.zjtx.platform.problem.ProblemException.invalid("needId", "须指明技术需求");
    }
    return service.list(needId).stream().map(InterestView::of).toList();
  }

  @POST
  @Path("/interests/{id}/accept")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "企业接受意向 / The enterprise accepts an interest")
  public InterestView accept(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
    return InterestView.of(service.accept(id, ifMatch));
  }

  @POST
  @Path("/interests/{id}/decline")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "企业婉拒意向 / The enterprise declines an interest")
  public InterestView decline(
      @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, String body) {
    // Read as text: the body (a reason) is optional, and a decline without one, sent with no
    // Content-Type, must not be refused as 415.
    return InterestView.of(service.decline(id, ifMatch, DeclineRequest.parse(body)));
  }

  @GET
  @Path("/interests/{id}/contact")
  @Operation(summary = "接受后双方可见的联系方式与保密细节 / Contact and private detail, after acceptance")
  public Contact contact(@PathParam("id") UUID id) {
    return service.contact(id);
  }

  @POST
  @Path("/cooperations")
  @Operation(summary = "登记合作记录 / Record a cooperation for an accepted interest")
  public RestResponse<CooperationView> record(CooperationRequest body) {
    CooperationRecord c = service.record(body);
    return Tagged.created(
        URI.create("/api/v1/cooperations/" + c.id), CooperationView.of(c), c.version);
  }

  @GET
  @Path("/cooperations")
  @Operation(summary = "某企业的合作记录（企业本身、其服务专员、管理员；分页） / An enterprise's cooperation records, paged")
  public PageView<CooperationView> list(
      @QueryParam("enterpriseId") UUID enterpriseId, @BeanParam @Valid PageParams paging) {
    return service.ofEnterprise(enterpriseId, paging.page, paging.size);
  }

  @GET
  @Path("/cooperations/{id}")
  @Operation(summary = "合作记录详情 / One cooperation record")
  public RestResponse<CooperationView> get(@PathParam("id") UUID id) {
    CooperationRecord c = service.get(id);
    return Tagged.ok(CooperationView.of(c), c.version);
  }

  @PUT
  @Path("/cooperations/{id}")
  @Operation(summary = "更新合作状态、成效与评分（须带 If-Match） / Update status, outcome, rating")
  public RestResponse<CooperationView> update(
      @PathParam("id") UUID id, CooperationRequest body, @HeaderParam("If-Match") String ifMatch) {
    CooperationRecord c = service.update(id, body, ifMatch);
    return Tagged.ok(CooperationView.of(c), c.version);
  }
}

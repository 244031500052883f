package cn.gov.huaian.zjtx.policy.facts;

import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import cn.gov.huaian.zjtx.policy.rules.facts.FactDefinition;
import cn.gov.huaian.zjtx.policy.rules.facts.StandardFacts;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** 事实：the fact catalogue rule authors write against, and one enterprise's current facts. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@RunOnVirtualThread
public class FactsResource {
  private final ReadModel readModel;
  private final EnterpriseAccess access;

  public FactsResource(ReadModel readModel, EnterpriseAccess access) {
    this.readModel = readModel;
    this.access = access;
  }

  /** One fact of the catalogue as the API shows it. */
  public record FactView(
      String name,
      String type,
      String unit,
      String label,
      boolean adjustable,
      List<String> allowedValues) {
    static FactView of(FactDefinition d) {
      return new FactView(
          d.name(),
          d.type().name(),
          d.unit(),
          d.label(),
          d.adjustable(),
          d.allowedValues().stream().sorted().toList());
    }
  }

  /** An enterprise's facts as the rules see them. */
  public record EnterpriseFactsView(
      UUID enterpriseId, String name, long version, Instant updatedAt, JsonNode facts) {}

  @GET
  @Path("/facts")
  @Operation(summary = "事实目录（规则可引用的全部事实） / The fact catalogue rules may reference")
  public List<FactView> catalogue() {
    return StandardFacts.catalogue().definitions().stream().map(FactView::of).toList();
  }

  @GET
  @Path("/enterprises/{id}/facts")
  @Operation(summary = "企业当前事实（读模型） / An enterprise's current facts from the read model")
  public EnterpriseFactsView facts(@PathParam("id") UUID id) {
    access.requireReadable(id, "企业");
    EnterpriseRecord record = readModel.find(id).orElseThrow(() -> ProblemException.notFound("企业"));
    return new EnterpriseFactsView(
        id,
        record.name(),
        record.version(),
        record.updatedAt(),
        FactCodec.toJson(record.facts().values()));
  }
}

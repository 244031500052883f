package cn.gov.huaian.zjtx.enterprise.reference;

import cn.gov.huaian.zjtx.enterprise.registry.Enterprise;
import cn.gov.huaian.zjtx.enterprise.registry.EnterpriseListener;
import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import cn.gov.huaian.zjtx.platform.security.CurrentUser;
import cn.gov.huaian.zjtx.platform.security.Roles;
import io.quarkus.panache.common.Sort;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * 7+3 集群映射 (admin): which GB/T 4754 prefixes belong to which cluster. An edit recomputes the
 * cluster of every enterprise it affects, and publishes their change.
 */
@Path("/api/v1/reference/cluster-mapping")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class ClusterMappingResource {
  private final ClusterMappings mappings;
  private final CurrentUser user;
  private final List<EnterpriseListener> listeners;

  public ClusterMappingResource(
      ClusterMappings mappings, CurrentUser user, Instance<EnterpriseListener> listeners) {
    this.mappings = mappings;
    this.user = user;
    this.listeners = listeners.stream().toList();
  }

  /** One mapping row. */
  public record Row(String prefix, String cluster, String clusterName) {}

  /** The cluster a prefix maps to. */
  public record Assign(String cluster) {}

  /** What an edit did. */
  public record Changed(Row row, int enterprisesReassigned) {}

  @GET
  @RolesAllowed({Roles.ADMIN, Roles.SERVICE, Roles.COMMISSIONER, Roles.ENTERPRISE})
  @Operation(summary = "集群映射表 / The cluster mapping")
  public List<Row> list() {
    return ClusterMapping.<ClusterMapping>listAll(Sort.by("prefix")).stream()
        .map(ClusterMappingResource::row)
        .toList();
  }

  @PUT
  @Path("/{prefix}")
  @RolesAllowed(Roles.ADMIN)
  @Transactional
  @Operation(summary = "设置某行业代码前缀所属集群 / Map a GB/T 4754 prefix to a cluster")
  public Changed put(@PathParam("prefix") String prefix, Assign body) {
    if (prefix == null
        || !prefix.matches("[0-9]{2,4}")
        || ReferenceData.bundled().industry(prefix).isEmpty()) {
      throw ProblemException.invalid(
          "prefix", "行业代码前缀应为 GB/T 4754-2017 的大类（2 位）、中类（3 位）或小类（4 位）代码");
    }
    Cluster cluster = body == null ? null : Cluster.of(body.cluster()).orElse(null);
    if (cluster == null) {
      throw ProblemException.invalid("cluster", "集群应为 7+3 集群之一（代码或中文名称）");
    }
    ClusterMapping m = ClusterMapping.findById(prefix);
    if (m == null) {
      m = new ClusterMapping();
      m.prefix = prefix;
    }
    m.clusterCode = cluster.code;
    m.updatedAt = Instant.now();
    m.updatedBy = user.username();
    m.persist();
    ClusterMapping.flush();
    return new Changed(row(m), publish(mappings.reassign()));
  }

  @DELETE
  @Path("/{prefix}")
  @RolesAllowed(Roles.ADMIN)
  @Transactional
  @Operation(summary = "删除映射行 / Remove a mapping row")
  public Changed delete(@PathParam("prefix") String prefix) {
    ClusterMapping m = ClusterMapping.findById(prefix);
    if (m == null) {
      throw ProblemException.notFound("集群映射");
    }
    Row row = row(m);
    m.delete();
    ClusterMapping.flush();
    return new Changed(row, publish(mappings.reassign()));
  }

  private int publish(List<UUID> ids) {
    for (UUID id : ids) {
      Enterprise e = Enterprise.findById(id);
      Enterprise.getEntityManager().refresh(e);
      listeners.forEach(l -> l.changed(e));
    }
    return ids.size();
  }

  private static Row row(ClusterMapping m) {
    return new Row(
        m.prefix, m.clusterCode, Cluster.of(m.clusterCode).map(c -> c.label).orElse(null));
  }
}

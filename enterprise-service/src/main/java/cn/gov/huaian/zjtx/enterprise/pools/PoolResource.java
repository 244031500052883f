package cn.gov.huaian.zjtx.enterprise.pools;

import cn.gov.huaian.zjtx.enterprise.registry.EnterpriseAccess;
import cn.gov.huaian.zjtx.platform.security.CurrentUser;
import cn.gov.huaian.zjtx.platform.security.Roles;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** 培育库 REST API: the pools. */
@Path("/api/v1/pools")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@RunOnVirtualThread
public class PoolResource {
  private final CurrentUser user;
  private final EnterpriseAccess access;
  private final PoolService service;
  private final EntityManager em;

  public PoolResource(
      CurrentUser user, EnterpriseAccess access, PoolService service, EntityManager em) {
    this.user = user;
    this.access = access;
    this.service = service;
    this.em = em;
  }

  /** A pool with the number of enterprises in it now. */
  public record PoolView(String code, String name, long members) {}

  /** A stay in a pool. */
  public record EntryView(
      UUID id,
      UUID enterpriseId,
      String pool,
      String poolName,
      LocalDate enteredOn,
      String entryReason,
      LocalDate exitedOn,
      String exitReason,
      boolean current) {
    public static EntryView of(PoolEntry e, Map<String, String> names) {
      return new EntryView(
          e.id,
          e.enterpriseId,
          e.poolCode,
          names.get(e.poolCode),
          e.enteredOn,
          e.entryReason,
          e.exitedOn,
          e.exitReason,
          e.exitedOn == null);
    }
  }

  @GET
  @RolesAllowed({Roles.ADMIN, Roles.SERVICE, Roles.COMMISSIONER})
  @Operation(summary = "培育库及在库企业数 / Pools with their current member counts")
  public List<PoolView> pools() {
    Map<String, Long> counts = new HashMap<>();
    for (Object[] r :
        em.createQuery(
                "select p.poolCode, count(p) from PoolEntry p where p.exitedOn is null group by p.poolCode",
                Object[].class)
            .getResultList()) {
      counts.put((String) r[0], (Long) r[1]);
    }
    return Pool.<Pool>listAll(Sort.by("ord")).stream()
        .map(p -> new PoolView(p.code, p.name, counts.getOrDefault(p.code, 0L)))
        .toList();
  }

  static Map<String, String> names() {
    Map<String, String> names = new HashMap<>();
    Pool.<Pool>listAll().forEach(p -> names.put(p.code, p.name));
    return names;
  }
}

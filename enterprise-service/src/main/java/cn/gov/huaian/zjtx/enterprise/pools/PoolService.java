package cn.gov.huaian.zjtx.enterprise.pools;

import cn.gov.huaian.zjtx.enterprise.registry.Enterprise;
import cn.gov.huaian.zjtx.enterprise.registry.EnterpriseRegistry;
import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import cn.gov.huaian.zjtx.platform.validation.Violations;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Entries into and exits from pools (动态管理): dated, with a reason, one open stay per pool. */
@ApplicationScoped
public class PoolService {
  private final EnterpriseRegistry registry;

  public PoolService(EnterpriseRegistry registry) {
    this.registry = registry;
  }

  /** Entering a pool. */
  public record Entry(String pool, LocalDate enteredOn, String reason) {}

  /** Leaving a pool. */
  public record Exit(LocalDate exitedOn, String reason) {}

  @Transactional
  public PoolEntry enter(UUID enterpriseId, Entry in, String by) {
    LocalDate today = LocalDate.now(EnterpriseRegistry.ZONE);
    Violations e = new Violations();
    if (in == null) {
      throw ProblemException.invalid("body", "请求体不能为空");
    }
    Pool pool = in.pool() == null ? null : Pool.findById(in.pool().strip());
    if (pool == null) {
      pool = in.pool() == null ? null : Pool.<Pool>find("name", in.pool().strip()).firstResult();
    }
    if (pool == null) {
      e.add("pool", "培育库不能为空，且应为平台设立的培育库之一");
    }
    if (in.enteredOn() == null) {
      e.add("enteredOn", "入库日期不能为空");
    } else if (in.enteredOn().isAfter(today)) {
      e.add("enteredOn", "入库日期不能晚于今天");
    }
    String reason = e.requiredText("reason", "入库原因", in.reason(), 2, 200);
    if (!e.isEmpty()) {
      throw ProblemException.invalid(e.list());
    }
    if (Enterprise.findById(enterpriseId) == null) {
      throw ProblemException.notFound("企业");
    }
    if (PoolEntry.count(
            "enterpriseId = ?1 and poolCode = ?2 and exitedOn is null", enterpriseId, pool.code)
        > 0) {
      throw ProblemException.conflict("already-in-pool", "该企业已在" + pool.name + "中");
    }
    PoolEntry entry = new PoolEntry();
    entry.id = UUID.randomUUID();
    entry.enterpriseId = enterpriseId;
    entry.poolCode = pool.code;
    entry.enteredOn = in.enteredOn();
    entry.entryReason = reason;
    entry.createdBy = by;
    entry.persist();
    registry.touch(enterpriseId);
    return entry;
  }

  @Transactional
  public PoolEntry exit(UUID enterpriseId, UUID entryId, Exit in) {
    PoolEntry entry = PoolEntry.findById(entryId);
    if (entry == null || !entry.enterpriseId.equals(enterpriseId)) {
      throw ProblemException.notFound("入库记录");
    }
    if (entry.exitedOn != null) {
      throw ProblemException.conflict("already-exited", "该企业已于 " + entry.exitedOn + " 出库");
    }
    Violations e = new Violations();
    if (in == null || in.exitedOn() == null) {
      e.add("exitedOn", "出库日期不能为空");
    } else if (in.exitedOn().isBefore(entry.enteredOn)) {
      e.add("exitedOn", "出库日期不能早于入库日期");
    } else if (in.exitedOn().isAfter(LocalDate.now(EnterpriseRegistry.ZONE))) {
      e.add("exitedOn", "出库日期不能晚于今天");
    }
    String reason = e.requiredText("reason", "出库原因", in == null ? null : in.reason(), 2, 200);
    if (!e.isEmpty()) {
      throw ProblemException.invalid(e.list());
    }
    entry.exitedOn = in.exitedOn();
    entry.exitReason = reason;
    registry.touch(enterpriseId);
    return entry;
  }

  public List<PoolEntry> history(UUID enterpriseId) {
    return PoolEntry.list("enterpriseId", Sort.descending("enteredOn"), enterpriseId);
  }
}

package cn.gov.huaian.zjtx.enterprise.registry;

import cn.gov.huaian.zjtx.enterprise.reference.ClusterMappings;
import cn.gov.huaian.zjtx.enterprise.reference.ReferenceData;
import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import cn.gov.huaian.zjtx.platform.web.IdempotencyKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;

/** Creates and updates enterprise profiles; one transaction per change, events included. */
@ApplicationScoped
public class EnterpriseRegistry {
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private final EntityManager em;
  private final ClusterMappings clusters;
  private final ProfileRules rules = new ProfileRules(ReferenceData.bundled());
  private final List<EnterpriseListener> listeners;
  private final IdempotencyKeys idempotency;

  public EnterpriseRegistry(
      EntityManager em,
      ClusterMappings clusters,
      jakarta.enterprise.inject.Instance<EnterpriseListener> listeners,
      IdempotencyKeys idempotency) {
    this.em = em;
    this.idempotency = idempotency;
    this.clusters = clusters;
    this.listeners = listeners.stream().toList();
  }

  /** The outcome of a create: the enterprise, and whether it was a replay of an earlier request. */
  public record Created(Enterprise enterprise, boolean replayed) {}

  /** A validated profile, or a 400 problem naming every invalid field. */
  public Profile validate(ProfileInput input) {
    var result = rules.validate(input, LocalDate.now(ZONE));
    if (!result.valid()) {
      throw ProblemException.invalid(result.errors());
    }
    return result.profile();
  }

  /**
   * Registers a profile. Under an Idempotency-Key the key is claimed first, in this transaction: a
   * concurrent duplicate waits for the first request to commit and then answers with its firm.
   */
  @Transactional
  public Created create(
      Profile profile, String subject, String idempotencyKey, ProfileInput request) {
    IdempotencyKeys.Claim claim =
        idempotency.claim("enterprise.create", subject, idempotencyKey, request);
    if (claim.replay()) {
      Enterprise existing = Enterprise.findById(claim.resourceId());
      if (existing == null) {
        throw ProblemException.notFound("企业");
      }
      return new Created(existing, true);
    }
    rejectDuplicate(profile.creditCode(), null);
    Enterprise e = new Enterprise();
    e.id = claim.resourceId();
    e.apply(profile);
    e.clusterCode = clusters.resolver().resolve(e.industryCode).map(c -> c.code).orElse(null);
    e.persist();
    flush();
    listeners.forEach(l -> l.registered(e));
    return new Created(e, false);
  }

  @Transactional
  public Enterprise update(
      UUID id, Profile profile, long expectedVersion, boolean mayChangeCreditCode) {
    Enterprise e = Enterprise.findById(id);
    if (e == null) {
      throw ProblemException.notFound("企业");
    }
    if (e.version != expectedVersion) {
      throw ProblemException.preconditionFailed("数据已被修改（当前版本 " + e.version + "），请重新读取后再提交");
    }
    if (!e.creditCode.equals(profile.creditCode())) {
      if (!mayChangeCreditCode) {
        throw ProblemException.forbidden("统一社会信用代码只能由管理部门更正");
      }
      rejectDuplicate(profile.creditCode(), id);
    }
    e.apply(profile);
    e.clusterCode = clusters.resolver().resolve(e.industryCode).map(c -> c.code).orElse(null);
    flush();
    listeners.forEach(l -> l.changed(e));
    return e;
  }

  /**
   * Records that something belonging to the enterprise changed (figures, tiers, pools): a new
   * version and an {@code enterprise.changed} event in the caller's transaction.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Enterprise touch(UUID id) {
    Enterprise e = Enterprise.findById(id);
    if (e == null) {
      throw ProblemException.notFound("企业");
    }
    e.updatedAt = java.time.Instant.now();
    em.flush();
    listeners.forEach(l -> l.changed(e));
    return e;
  }

  private void rejectDuplicate(String creditCode, UUID except) {
    long n =
        except == null
            ? Enterprise.count("creditCode", creditCode)
            : Enterprise.count("creditCode = ?1 and id <> ?2", creditCode, except);
    if (n > 0) {
      throw duplicate(creditCode);
    }
  }

  private static ProblemException duplicate(String creditCode) {
    return ProblemException.conflict(
        "duplicate-credit-code", "统一社会信用代码 " + creditCode + " 已登记，不能重复登记");
  }

  private void flush() {
    try {
      em.flush();
    } catch (PersistenceException ex) {
      Throwable t = ex;
      while (t != null && !(t instanceof ConstraintViolationException)) {
        t = t.getCause();
      }
      if (t instanceof ConstraintViolationException cve && cve.getConstraintName() != null) {
        if (cve.getConstraintName().contains("credit_code")) {
          throw ProblemException.conflict("duplicate-credit-code", "该统一社会信用代码已登记，不能重复登记");
        }
      }
      throw ex;
    }
  }
}

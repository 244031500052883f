package cn.gov.huaian.zjtx.enterprise.tiers;

import cn.gov.huaian.zjtx.enterprise.registry.Enterprise;
import cn.gov.huaian.zjtx.enterprise.registry.EnterpriseRegistry;
import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Certifies and revokes tiers and qualifications; each is a change of the enterprise. */
@ApplicationScoped
public class QualificationService {
  private final EnterpriseRegistry registry;
  private final List<TierListener> listeners;

  public QualificationService(EnterpriseRegistry registry, Instance<TierListener> listeners) {
    this.registry = registry;
    this.listeners = listeners.stream().toList();
  }

  public static LocalDate today() {
    return LocalDate.now(EnterpriseRegistry.ZONE);
  }

  @Transactional
  public Qualification certify(UUID enterpriseId, QualificationInput in, String by) {
    var errors = QualificationRules.validate(in, today());
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
    if (Enterprise.findById(enterpriseId) == null) {
      throw ProblemException.notFound("企业");
    }
    QualificationKind kind = QualificationKind.of(in.kind()).orElseThrow();
    String level =
        QualificationKind.Level.of(in.level())
            .filter(l -> !kind.levels.isEmpty())
            .map(l -> l.code)
            .orElse(null);
    List<Qualification> same =
        Qualification.list("enterpriseId = ?1 and kind = ?2", enterpriseId, kind.code);
    if (kind.isAward()) {
      // Several awards of a kind are normal; the same award recorded twice is not.
      boolean recorded =
          same.stream()
              .anyMatch(
                  q ->
                      q.revokedOn == null
                          && q.grantedOn.equals(in.grantedOn())
                          && java.util.Objects.equals(q.level, level)
                          && java.util.Objects.equals(q.batch, blankToNull(in.batch())));
      if (recorded) {
        throw ProblemException.conflict(
            "award-recorded", "该企业已登记同一日期、同一级别的" + kind.label + "，请勿重复登记");
      }
    } else if (same.stream()
        .anyMatch(q -> q.currentOn(in.grantedOn()) && java.util.Objects.equals(q.level, level))) {
      throw ProblemException.conflict("qualification-held", "该企业已持有有效的" + kind.label + "认定，不能重复认定");
    }
    Qualification q = new Qualification();
    q.id = UUID.randomUUID();
    q.enterpriseId = enterpriseId;
    q.kind = kind.code;
    q.level = level;
    q.batch = blankToNull(in.batch());
    q.grantedOn = in.grantedOn();
    q.reviewOn = in.reviewOn();
    q.note = blankToNull(in.note());
    q.rank = in.rank();
    q.createdBy = by;
    q.persist();
    Enterprise e = registry.touch(enterpriseId);
    if (kind.isTier()) {
      listeners.forEach(l -> l.tierCertified(e, q));
    }
    return q;
  }

  @Transactional
  public Qualification revoke(UUID enterpriseId, UUID id, LocalDate on, String reason) {
    Qualification q = Qualification.findById(id);
    if (q == null || !q.enterpriseId.equals(enterpriseId)) {
      throw ProblemException.notFound("资质");
    }
    if (q.revokedOn != null) {
      throw ProblemException.conflict("already-revoked", "该资质已于 " + q.revokedOn + " 撤销");
    }
    LocalDate day = on == null ? today() : on;
    if (day.isBefore(q.grantedOn)) {
      throw ProblemException.invalid("revokedOn", "撤销日期不能早于认定日期");
    }
    if (reason == null || reason.isBlank() || reason.length() > 200) {
      throw ProblemException.invalid("reason", "撤销原因不能为空，且不超过 200 个字");
    }
    q.revokedOn = day;
    q.revokeReason = reason.strip();
    registry.touch(enterpriseId);
    return q;
  }

  public List<Qualification> of(UUID enterpriseId) {
    return Qualification.list("enterpriseId", Sort.descending("grantedOn"), enterpriseId);
  }

  /** The current tier of each of the given enterprises (absent when none). */
  public static Map<UUID, QualificationKind> currentTiers(Collection<UUID> ids, LocalDate day) {
    Map<UUID, List<Tiers.Held>> held = new HashMap<>();
    if (ids.isEmpty()) {
      return Map.of();
    }
    List<String> tierCodes = QualificationKind.tiers().stream().map(k -> k.code).toList();
    for (Qualification q :
        Qualification.<Qualification>list("enterpriseId in ?1 and kind in ?2", ids, tierCodes)) {
      held.computeIfAbsent(q.enterpriseId, k -> new java.util.ArrayList<>()).add(q.held());
    }
    Map<UUID, QualificationKind> out = new HashMap<>();
    held.forEach((id, list) -> Tiers.currentTier(list, day).ifPresent(k -> out.put(id, k)));
    return out;
  }

  public static Optional<QualificationKind> currentTier(UUID id) {
    return Optional.ofNullable(currentTiers(List.of(id), today()).get(id));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}

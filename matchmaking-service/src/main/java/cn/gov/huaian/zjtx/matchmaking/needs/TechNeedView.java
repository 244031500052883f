package cn.gov.huaian.zjtx.matchmaking.needs;

import cn.gov.huaian.zjtx.matchmaking.reference.Cluster;
import cn.gov.huaian.zjtx.matchmaking.reference.NsfcCodes;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A need as the API shows it; {@code privateDetail} is null unless the caller may see it, and so is
 * {@code quality} (the intake gate's verdict and guidance, for the poster and its helpers). A need
 * a commissioner entered on the firm's behalf says so ({@code recordedByCommissioner}, its user
 * name, the visit).
 */
public record TechNeedView(
    UUID id,
    UUID enterpriseId,
    String title,
    String publicSummary,
    String description,
    String privateDetail,
    List<Discipline> disciplines,
    String industryCode,
    String cluster,
    String clusterName,
    String cooperationMode,
    String cooperationModeName,
    BigDecimal budgetMin,
    BigDecimal budgetMax,
    LocalDate deadline,
    String regionPreference,
    String status,
    long version,
    boolean recordedByCommissioner,
    String recordedByName,
    UUID visitId,
    Instant createdAt,
    Instant updatedAt,
    NeedQuality.Report quality) {

  /** An NSFC code with its Chinese name. */
  public record Discipline(String code, String name) {}

  public static TechNeedView of(TechNeed n, boolean withPrivateDetail) {
    return new TechNeedView(
        n.id,
        n.enterpriseId,
        n.title,
        n.publicSummary,
        n.description,
        withPrivateDetail ? n.privateDetail : null,
        n.nsfcCodes.stream().map(c -> new Discipline(c, NsfcCodes.get().nameOf(c))).toList(),
        n.industryCode,
        n.cluster,
        n.cluster == null ? null : Cluster.parse(n.cluster).map(Cluster::nameZh).orElse(null),
        n.cooperationMode.name(),
        n.cooperationMode.nameZh(),
        n.budgetMin,
        n.budgetMax,
        n.deadline,
        n.regionPreference.name(),
        n.status.name(),
        n.version,
        n.recordedBy != null,
        n.recordedByName,
        n.visitId,
        n.createdAt,
        n.updatedAt,
        withPrivateDetail ? NeedQuality.assess(n.title, n.publicSummary, n.description) : null);
  }
}

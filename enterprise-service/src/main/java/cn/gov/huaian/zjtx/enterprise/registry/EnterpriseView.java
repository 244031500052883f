package cn.gov.huaian.zjtx.enterprise.registry;

import cn.gov.huaian.zjtx.enterprise.reference.Cluster;
import cn.gov.huaian.zjtx.enterprise.reference.Park;
import cn.gov.huaian.zjtx.enterprise.reference.ReferenceData;
import cn.gov.huaian.zjtx.enterprise.tiers.QualificationKind;
import cn.gov.huaian.zjtx.enterprise.tiers.QualificationService;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An enterprise as the API shows it: codes with their Chinese names beside them. */
public record EnterpriseView(
    UUID id,
    String creditCode,
    String name,
    LocalDate foundedOn,
    String districtCode,
    String districtName,
    String townCode,
    String townName,
    String park,
    String parkName,
    String address,
    String industryCode,
    String industryName,
    String cluster,
    String clusterName,
    String mainProduct,
    String nicheMarket,
    Integer nicheYears,
    String chainPosition,
    String chainPositionName,
    List<Contact> contacts,
    String tier,
    String tierName,
    long version,
    Instant createdAt,
    Instant updatedAt) {

  /** The view with the enterprise's current tier looked up (one query). */
  public static EnterpriseView of(Enterprise e) {
    return of(e, QualificationService.currentTier(e.id).orElse(null));
  }

  public static EnterpriseView of(Enterprise e, QualificationKind tier) {
    ReferenceData ref = ReferenceData.bundled();
    var cluster = Cluster.of(e.clusterCode);
    var park = Park.of(e.park);
    var position = ChainPosition.of(e.chainPosition);
    return new EnterpriseView(
        e.id,
        e.creditCode,
        e.name,
        e.foundedOn,
        e.districtCode,
        ref.district(e.districtCode).map(ReferenceData.District::name).orElse(null),
        e.townCode,
        ref.town(e.townCode).map(ReferenceData.Town::name).orElse(null),
        e.park,
        park.map(p -> p.label).orElse(null),
        e.address,
        e.industryCode,
        ref.industry(e.industryCode).map(ReferenceData.Industry::name).orElse(null),
        e.clusterCode,
        cluster.map(c -> c.label).orElse(null),
        e.mainProduct,
        e.nicheMarket,
        e.nicheYears,
        e.chainPosition,
        position.map(p -> p.label).orElse(null),
        e.contacts == null ? List.of() : e.contacts,
        tier == null ? null : tier.code,
        tier == null ? null : tier.label,
        e.version,
        e.createdAt,
        e.updatedAt);
  }

  /** The strong entity tag of this version. */
  public String etag() {
    return "\"" + version + "\"";
  }
}

package cn.gov.huaian.zjtx.enterprise.events;

import cn.gov.huaian.zjtx.enterprise.figures.FigureMath;
import cn.gov.huaian.zjtx.enterprise.figures.Figures;
import cn.gov.huaian.zjtx.enterprise.registry.Contact;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Everything other services may know of an enterprise, as {@code enterprise.changed} carries it:
 * profile, current tier and qualifications, current pools, assigned commissioners, and the entered
 * figures of the last three years with the latest year's derived figures. Contract:
 * deploy/contracts/enterprise-events/enterprise.changed.schema.json.
 */
public record EnterpriseSnapshot(
    UUID id,
    long version,
    String creditCode,
    String name,
    LocalDate foundedOn,
    String districtCode,
    String townCode,
    String park,
    String address,
    String industryCode,
    String cluster,
    String mainProduct,
    String nicheMarket,
    Integer nicheYears,
    String chainPosition,
    List<Contact> contacts,
    String tier,
    List<HeldQualification> qualifications,
    List<String> pools,
    List<Commissioner> commissioners,
    List<Figures> figures,
    FigureMath.Derived latestDerived,
    Instant updatedAt) {

  /**
   * A current qualification. {@code firstGrantedOn} is the earliest grant of the same kind and
   * level the registry holds for the firm, expired ones included, so award rules can say "首次认定";
   * {@code rank} is an award's rank (科技奖励, “创客中国”), null otherwise.
   */
  public record HeldQualification(
      String kind,
      String level,
      String batch,
      LocalDate grantedOn,
      LocalDate reviewOn,
      LocalDate firstGrantedOn,
      Integer rank) {}

  /** An assigned commissioner (服务专员): Keycloak subject, display name, when assigned. */
  public record Commissioner(String subject, String name, Instant assignedAt) {}
}

package cn.gov.huaian.zjtx.policy.matching;

import cn.gov.huaian.zjtx.policy.catalog.ApplicationPeriod;
import cn.gov.huaian.zjtx.policy.facts.EnterpriseRecord;
import cn.gov.huaian.zjtx.policy.rules.engine.CompiledProgram;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A published program version in force on the evaluation date, compiled at its current rules
 * version.
 *
 * @param referencedFacts the facts its eligibility tests, in trace order: an undecided result's
 *     missing facts are those of them the enterprise has not given
 * @param family the program family ({@code versionOf}); one version of a family is in force on a
 *     date
 * @param citation the document the rules come from (文号 and article), what results cite
 * @param taxEffect what a tax preference does to which base (catalog/EXTENSIONS.md §4.7), or null
 * @param holding what a certification program grants and when a firm holds it (§4.3), or null
 */
public record LiveProgram(
    UUID id,
    String code,
    String kind,
    String title,
    String category,
    String districtCode,
    LocalDate applyOpensOn,
    LocalDate applyDeadline,
    boolean exemptApplication,
    int rulesVersion,
    CompiledProgram compiled,
    List<String> referencedFacts,
    String family,
    LocalDate validFrom,
    LocalDate validTo,
    Citation citation,
    List<ManualCheck> manualChecks,
    String benefitKind,
    String benefitText,
    cn.gov.huaian.zjtx.policy.rules.benefit.TaxEffect taxEffect,
    cn.gov.huaian.zjtx.policy.rules.assess.Holding holding) {

  /**
   * 需人工核验：a criterion of the document the platform cannot know; it holds for a firm only once an
   * admin recorded it as verified.
   */
  public record ManualCheck(String id, String label, String clause) {}

  /** The document a version cites: 文号 and the article its rules come from. */
  public record Citation(String docNumber, String article, String issuer) {}

  /** How the benefit is shown for an amount estimated for a firm: see {@link BenefitDisplay}. */
  public String benefitDisplay(cn.gov.huaian.zjtx.policy.rules.benefit.AmountRange amount) {
    return BenefitDisplay.text(benefitKind, benefitText, amount);
  }

  /** 申报期: from the opening (if stated) to the deadline (if stated). */
  public ApplicationPeriod applicationPeriod() {
    return new ApplicationPeriod(applyOpensOn, applyDeadline);
  }

  /** A district program applies only to enterprises of its district; a city program to all. */
  public boolean appliesTo(EnterpriseRecord enterprise) {
    return districtCode == null || districtCode.equals(enterprise.districtCode());
  }
}

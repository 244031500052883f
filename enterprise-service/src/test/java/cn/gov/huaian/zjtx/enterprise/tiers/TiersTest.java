package cn.gov.huaian.zjtx.enterprise.tiers;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.huaian.zjtx.platform.problem.Problem;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which tier an enterprise holds, and what a certification must say. */
class TiersTest {
  static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

  static Tiers.Held held(QualificationKind k, String granted, String review, String revoked) {
    return new Tiers.Held(
        k,
        LocalDate.parse(granted),
        review == null ? null : LocalDate.parse(review),
        revoked == null ? null : LocalDate.parse(revoked));
  }

  @Test
  void theHighestCurrentTierCounts() {
    var held =
        List.of(
            held(QualificationKind.INNOVATIVE_SME, "2022-01-01", "2025-12-31", null),
            held(QualificationKind.SRDI_SME, "2023-01-01", "2026-01-01", null),
            held(QualificationKind.HIGH_TECH, "2023-01-01", null, null));
    assertThat(Tiers.currentTier(held, TODAY)).contains(QualificationKind.SRDI_SME);
  }

  @Test
  void aRevokedOrOverdueTierIsNotHeld() {
    var held =
        List.of(
            held(QualificationKind.LITTLE_GIANT, "2020-01-01", "2024-12-31", null),
            held(QualificationKind.SRDI_SME, "2021-01-01", null, "2025-03-01"),
            held(QualificationKind.INNOVATIVE_SME, "2024-01-01", null, null));
    assertThat(Tiers.currentTier(held, TODAY)).contains(QualificationKind.INNOVATIVE_SME);
    assertThat(Tiers.currentTier(held, LocalDate.of(2024, 6, 1)))
        .contains(QualificationKind.LITTLE_GIANT);
    assertThat(Tiers.currentTier(List.of(), TODAY)).isEmpty();
  }

  @Test
  void aCertificationNamesEveryBadField() {
    var bad =
        new QualificationInput(
            "little-giant",
            "provincial",
            "x".repeat(61),
            LocalDate.of(2026, 1, 1),
            null,
            null,
            null);
    assertThat(QualificationRules.validate(bad, TODAY))
        .extracting(Problem.Violation::field)
        .containsExactlyInAnyOrder("level", "batch", "grantedOn");
    var listed =
        new QualificationInput("上市", "national", null, LocalDate.of(2024, 1, 1), null, null, null);
    assertThat(QualificationRules.validate(listed, TODAY))
        .extracting(Problem.Violation::message)
        .containsExactly("上市不分级别，请不要填写级别");
    var review =
        new QualificationInput(
            "tech-center",
            "市级",
            "2023 年",
            LocalDate.of(2024, 1, 1),
            LocalDate.of(2023, 1, 1),
            null,
            null);
    assertThat(QualificationRules.validate(review, TODAY))
        .extracting(Problem.Violation::field)
        .containsExactly("reviewOn");
    assertThat(
            QualificationRules.validate(
                new QualificationInput("x", null, null, null, null, null, null), TODAY))
        .extracting(Problem.Violation::field)
        .containsExactlyInAnyOrder("kind", "grantedOn");
  }

  /**
   * 奖励 carry a rank (获奖单位排名, 全国名次), titles do not; “创客中国” must say its place, a 科技奖励 may leave it
   * unknown.
   */
  @Test
  void onlyAwardsHaveARank() {
    var award =
        new QualificationInput(
            "tech-award", "provincial", "江苏省科学技术奖二等奖", LocalDate.of(2024, 12, 1), null, null, 2);
    assertThat(QualificationRules.validate(award, TODAY)).isEmpty();
    var unranked =
        new QualificationInput(
            "tech-award", "national", null, LocalDate.of(2024, 1, 1), null, null, null);
    assertThat(QualificationRules.validate(unranked, TODAY)).isEmpty();
    var place =
        new QualificationInput(
            "maker-china", "national", null, LocalDate.of(2024, 1, 1), null, null, null);
    assertThat(QualificationRules.validate(place, TODAY))
        .extracting(Problem.Violation::message)
        .containsExactly("“创客中国”大赛获奖须填写全国名次");
    var titleWithRank =
        new QualificationInput(
            "high-tech", "national", null, LocalDate.of(2024, 1, 1), null, null, 1);
    assertThat(QualificationRules.validate(titleWithRank, TODAY))
        .extracting(Problem.Violation::message)
        .containsExactly("高新技术企业是认定类资质，不填排名");
    var zero =
        new QualificationInput(
            "maker-china", "national", null, LocalDate.of(2024, 1, 1), null, null, 0);
    assertThat(QualificationRules.validate(zero, TODAY))
        .extracting(Problem.Violation::field)
        .containsExactly("rank");
    var undated = new QualificationInput("tech-award", "national", null, null, null, null, 1);
    assertThat(QualificationRules.validate(undated, TODAY))
        .extracting(Problem.Violation::message)
        .containsExactly("授奖日期不能为空");
    var standard =
        new QualificationInput(
            "lead-standard", "industry", "JB/T 1234-2025", LocalDate.of(2025, 3, 1), null, null, 1);
    assertThat(QualificationRules.validate(standard, TODAY)).isEmpty();
    var internationalAward =
        new QualificationInput(
            "tech-award", "international", null, LocalDate.of(2024, 1, 1), null, null, 1);
    assertThat(QualificationRules.validate(internationalAward, TODAY))
        .extracting(Problem.Violation::field)
        .containsExactly("level");
    var municipal =
        new QualificationInput(
            "tech-award", "municipal", null, LocalDate.of(2024, 1, 1), null, null, 1);
    assertThat(QualificationRules.validate(municipal, TODAY))
        .extracting(Problem.Violation::field)
        .containsExactly("level");
  }
}

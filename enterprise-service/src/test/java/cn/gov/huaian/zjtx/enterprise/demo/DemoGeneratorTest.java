package cn.gov.huaian.zjtx.enterprise.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.huaian.zjtx.enterprise.figures.FigureRules;
import cn.gov.huaian.zjtx.enterprise.reference.Cluster;
import cn.gov.huaian.zjtx.enterprise.reference.ClusterResolver;
import cn.gov.huaian.zjtx.enterprise.reference.Park;
import cn.gov.huaian.zjtx.enterprise.reference.ReferenceData;
import cn.gov.huaian.zjtx.enterprise.registry.CreditCode;
import cn.gov.huaian.zjtx.enterprise.registry.ProfileInput;
import cn.gov.huaian.zjtx.enterprise.registry.ProfileRules;
import cn.gov.huaian.zjtx.enterprise.tiers.QualificationKind;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo dataset is valid, varied and shaped like the plan. */
class DemoGeneratorTest {
  static final ClusterResolver DEFAULT_MAPPING =
      new ClusterResolver(
          Map.ofEntries(
              Map.entry("34", Cluster.INTELLIGENT_EQUIPMENT),
              Map.entry("35", Cluster.INTELLIGENT_EQUIPMENT),
              Map.entry("38", Cluster.INTELLIGENT_EQUIPMENT),
              Map.entry("36", Cluster.NEV),
              Map.entry("3841", Cluster.NEV),
              Map.entry("28", Cluster.FIBER_MATERIALS),
              Map.entry("26", Cluster.CHEMICAL_MATERIALS),
              Map.entry("39", Cluster.PCB_ELECTRONICS),
              Map.entry("13", Cluster.GREEN_FOOD),
              Map.entry("14", Cluster.GREEN_FOOD),
              Map.entry("27", Cluster.BIOMEDICINE),
              Map.entry("3491", Cluster.ARTIFICIAL_INTELLIGENCE),
              Map.entry("3973", Cluster.INTEGRATED_CIRCUITS),
              Map.entry("65", Cluster.DIGITAL)));
  static final int LAST_YEAR = 2024;
  final List<DemoGenerator.Generated> all =
      new DemoGenerator(7, ReferenceData.bundled(), DEFAULT_MAPPING, LAST_YEAR).generate(2000);

  @Test
  void everyGeneratedEnterprisePassesTheRegistrysOwnRules() {
    var rules = new ProfileRules(ReferenceData.bundled());
    for (var g : all) {
      var p = g.profile();
      var in =
          new ProfileInput(
              p.creditCode(),
              p.name(),
              p.foundedOn(),
              p.districtCode(),
              p.townCode(),
              p.park() == null ? null : p.park().code,
              p.address(),
              p.industryCode(),
              p.mainProduct(),
              p.nicheMarket(),
              p.nicheYears(),
              p.chainPosition().code,
              p.contacts());
      assertThat(rules.validate(in, LocalDate.of(LAST_YEAR + 1, 6, 1)).errors())
          .as(p.name())
          .isEmpty();
      g.figures()
          .forEach(
              f ->
                  assertThat(FigureRules.validate(f, LAST_YEAR + 1))
                      .as(p.name() + " " + f.year())
                      .isEmpty());
      assertThat(g.figures()).hasSize(3);
    }
    assertThat(all.stream().map(g -> g.profile().creditCode()).distinct()).hasSize(2000);
    assertThat(all.stream().map(g -> g.profile().name()).distinct()).hasSize(2000);
    assertThat(all.stream().map(DemoGenerator.Generated::id).distinct()).hasSize(2000);
    assertThat(all)
        .allSatisfy(g -> assertThat(CreditCode.isValid(g.profile().creditCode())).isTrue());
  }

  @Test
  void theDemoUsersEnterprisesHaveTheirFixedIds() {
    assertThat(all.get(0).id()).isEqualTo(DemoGenerator.ENT_DEMO);
    assertThat(all.get(1).id()).isEqualTo(DemoGenerator.ENT_DEMO_2);
    assertThat(all.get(0).held())
        .extracting(DemoGenerator.Held::kind)
        .contains(QualificationKind.SRDI_SME);
  }

  @Test
  void noNameRepeatsTheCitysName() {
    assertThat(all).noneSatisfy(g -> assertThat(g.profile().name()).startsWith("淮安淮安"));
  }

  @Test
  void everyClusterHasItsFirmWithTheIdMatchmakingsDemoPostsNeedsFor() {
    for (Cluster cluster : Cluster.values()) {
      UUID id = DemoGenerator.clusterFirmId(cluster);
      assertThat(all.stream().filter(g -> g.id().equals(id)))
          .as("演示集群企业 %s", cluster.label)
          .singleElement()
          .satisfies(
              g ->
                  assertThat(DEFAULT_MAPPING.resolve(g.profile().industryCode()))
                      .contains(cluster));
    }
    // the same literal in matchmaking-service's DemoDatasetTest: the two services share no code
    assertThat(DemoGenerator.clusterFirmId(Cluster.GREEN_FOOD))
        .hasToString("8c3fa468-0004-38d1-ad68-4c157e0c04b1");
  }

  @Test
  void allDistrictsParksAndClustersAreCovered() {
    assertThat(all.stream().map(g -> g.profile().districtCode()).collect(Collectors.toSet()))
        .hasSize(8);
    assertThat(
            all.stream()
                .map(g -> g.profile().park())
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(Park.values());
    Set<Cluster> clusters =
        all.stream()
            .map(g -> DEFAULT_MAPPING.resolve(g.profile().industryCode()).orElse(null))
            .filter(Objects::nonNull)
            .collect(Collectors.toSet());
    assertThat(clusters).containsExactlyInAnyOrder(Cluster.values());
  }

  @Test
  void theTierLadderLooksLikeThePlans() {
    Map<QualificationKind, Integer> top = new HashMap<>();
    for (var g : all) {
      g.held().stream()
          .map(DemoGenerator.Held::kind)
          .filter(QualificationKind::isTier)
          .max((a, b) -> a.tierRank - b.tierRank)
          .ifPresent(k -> top.merge(k, 1, Integer::sum));
    }
    assertThat(top.get(QualificationKind.SINGLE_CHAMPION)).isBetween(2, 4);
    assertThat(top.get(QualificationKind.LITTLE_GIANT)).isBetween(15, 26);
    assertThat(top.get(QualificationKind.SRDI_SME)).isBetween(150, 260);
    int anyTier = top.values().stream().mapToInt(Integer::intValue).sum();
    assertThat(anyTier).isBetween(600, 900);
  }

  /**
   * 科技型中小企业 about two firms in five, a few awards and standards, each a record the registry itself
   * would accept; the demo users' own firms hold none of them.
   */
  @Test
  void titlesAndAwardsAreRecordsTheRegistryAccepts() {
    for (var g : all) {
      for (var h : g.held()) {
        var in =
            new cn.gov.huaian.zjtx.enterprise.tiers.QualificationInput(
                h.kind().code,
                h.level() == null ? null : h.level().code,
                h.batch(),
                h.grantedOn(),
                h.reviewOn(),
                null,
                h.rank());
        assertThat(
                cn.gov.huaian.zjtx.enterprise.tiers.QualificationRules.validate(
                    in, LocalDate.of(LAST_YEAR + 1, 12, 31)))
            .as(g.profile().name() + " " + h)
            .isEmpty();
      }
    }
    Map<QualificationKind, Long> kinds =
        all.stream()
            .flatMap(g -> g.held().stream())
            .collect(Collectors.groupingBy(DemoGenerator.Held::kind, Collectors.counting()));
    assertThat(kinds.get(QualificationKind.TECH_SME)).isBetween(700L, 900L);
    assertThat(kinds.get(QualificationKind.TECH_AWARD)).isBetween(10L, 40L);
    assertThat(kinds.get(QualificationKind.LEAD_STANDARD)).isBetween(10L, 40L);
    // on every tier, not only on firms without one
    for (var tier : List.of(QualificationKind.INNOVATIVE_SME, QualificationKind.SRDI_SME)) {
      long holders =
          all.stream()
              .filter(g -> g.held().stream().anyMatch(h -> h.kind() == tier))
              .filter(g -> g.held().stream().anyMatch(h -> h.kind() == QualificationKind.TECH_SME))
              .count();
      assertThat(holders).as(tier + " firms that are also 科技型中小企业").isGreaterThan(40);
    }
    assertThat(all.get(0).held()).noneMatch(h -> h.kind().tierRank == 0 && h.rank() != null);
    assertThat(all.get(0).held()).noneMatch(h -> h.kind() == QualificationKind.TECH_SME);
  }
}

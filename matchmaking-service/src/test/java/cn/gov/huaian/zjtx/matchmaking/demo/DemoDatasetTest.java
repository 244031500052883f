package cn.gov.huaian.zjtx.matchmaking.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.huaian.zjtx.matchmaking.experts.Expert;
import cn.gov.huaian.zjtx.matchmaking.experts.ResearchTeam;
import cn.gov.huaian.zjtx.matchmaking.needs.TechNeed;
import cn.gov.huaian.zjtx.matchmaking.reference.Cluster;
import cn.gov.huaian.zjtx.matchmaking.reference.NsfcCodes;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo dataset is valid data: real codes and clusters, consistent references, stable ids. */
class DemoDatasetTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
  private final DemoDataset data = DemoDataset.build(240, 2026, TODAY);

  @Test
  void everyNeedBelongsToAFirmTheEnterpriseDemoGenerates() {
    // enterprise-service's demo holds ent-demo, ent-demo-2 and the first firm of each cluster
    Set<java.util.UUID> firms =
        Arrays.stream(Cluster.values())
            .map(c -> DemoDataset.clusterFirmId(c.name()))
            .collect(Collectors.toSet());
    firms.add(DemoDataset.ENT_DEMO);
    firms.add(DemoDataset.ENT_DEMO_2);
    assertThat(data.needs())
        .isNotEmpty()
        .allSatisfy(n -> assertThat(firms).contains(n.enterpriseId));
    assertThat(data.needs().stream().map(n -> n.enterpriseId).distinct().count())
        .as("needs spread over more firms than the two demo users'")
        .isGreaterThan(5);
  }

  @Test
  void everyDemoPostBelongsToAClusterFirmAndItsApplicantsAreWillingAndServeItsCluster() {
    assertThat(data.seats()).hasSize(3);
    for (var s : data.seats()) {
      assertThat(s.enterpriseId).isEqualTo(DemoDataset.clusterFirmId(s.cluster));
      assertThat(s.mainProductLine).isNotBlank();
      assertThat(s.developmentPlan).isNotBlank();
    }
    assertThat(data.applications()).isNotEmpty();
    var seats = data.seats().stream().collect(Collectors.toMap(s -> s.id, s -> s));
    var experts = data.experts().stream().collect(Collectors.toMap(e -> e.id, e -> e));
    for (var a : data.applications()) {
      var e = experts.get(a.expertId);
      assertThat(e.willingVicePresident).isTrue();
      assertThat(e.clusters).contains(seats.get(a.seatId).cluster);
    }
    assertThat(data.applications())
        .as("the demo expert applies to the 数控 post")
        .anyMatch(a -> a.expertId.equals(DemoDataset.EXPERT_DEMO));
  }

  @Test
  void aClustersFirmHasTheIdEnterpriseServicesDemoGivesIt() {
    // the same literal in enterprise-service's DemoGeneratorTest: the two services share no code
    assertThat(DemoDataset.clusterFirmId("GREEN_FOOD"))
        .hasToString("8c3fa468-0004-38d1-ad68-4c157e0c04b1");
  }

  @Test
  void itHoldsTheDemoUsersRows() {
    assertThat(data.universities())
        .filteredOn(u -> u.id.equals(DemoDataset.UNI_DEMO))
        .singleElement()
        .satisfies(u -> assertThat(u.name).isEqualTo("淮阴工学院"));
    assertThat(data.experts())
        .filteredOn(e -> e.id.equals(DemoDataset.EXPERT_DEMO))
        .singleElement()
        .satisfies(e -> assertThat(e.universityId).isEqualTo(DemoDataset.UNI_DEMO));
    assertThat(data.needs())
        .filteredOn(n -> n.enterpriseId.equals(DemoDataset.ENT_DEMO))
        .hasSizeGreaterThanOrEqualTo(5)
        .allSatisfy(n -> assertThat(n.cluster).isEqualTo("SMART_EQUIPMENT"));
    assertThat(data.needs())
        .filteredOn(n -> n.enterpriseId.equals(DemoDataset.ENT_DEMO_2))
        .hasSizeGreaterThanOrEqualTo(3);
    assertThat(data.universities())
        .extracting(u -> u.name)
        .contains(
            "淮阴工学院", "淮阴师范学院", "淮安信息职业技术大学", "江苏食品药品职业技术学院", "南京大学", "东南大学", "江南大学", "南京工业大学");
  }

  @Test
  void itIsSmallEnoughToEmbedInAboutHalfAMinute() {
    assertThat(data.experts()).hasSize(241);
    assertThat(data.needs().size()).isBetween(30, 60);
    assertThat(data.teams().size()).isBetween(20, 120);
    // The university view ranks needs for the first 50 experts of a university: leave room for
    // uni-demo's own.
    assertThat(data.experts())
        .filteredOn(e -> e.universityId.equals(DemoDataset.UNI_DEMO))
        .hasSizeBetween(10, 35);
  }

  @Test
  void everyCodeClusterAndReferenceIsValid() {
    Set<String> clusters =
        Arrays.stream(Cluster.values()).map(Enum::name).collect(Collectors.toSet());
    Set<java.util.UUID> universities =
        data.universities().stream().map(u -> u.id).collect(Collectors.toSet());
    Set<java.util.UUID> teams = data.teams().stream().map(t -> t.id).collect(Collectors.toSet());
    for (Expert e : data.experts()) {
      assertThat(e.disciplines).isNotEmpty().allMatch(NsfcCodes.get()::exists);
      assertThat(clusters).containsAll(e.clusters);
      assertThat(universities).contains(e.universityId);
      assertThat(e.researchDirections).hasSizeBetween(20, 2000);
      assertThat(e.achievements)
          .allMatch(a -> Set.of("论文", "专利", "项目").contains(a.kind()) && !a.title().isBlank());
      if (e.teamId != null) {
        assertThat(teams).contains(e.teamId);
      }
    }
    for (ResearchTeam t : data.teams()) {
      Expert leader =
          data.experts().stream().filter(e -> e.id.equals(t.leaderId)).findFirst().orElseThrow();
      assertThat(leader.universityId).isEqualTo(t.universityId);
      assertThat(leader.teamId).isEqualTo(t.id);
    }
    for (TechNeed n : data.needs()) {
      assertThat(n.nsfcCodes).allMatch(NsfcCodes.get()::exists);
      assertThat(n.cluster == null || clusters.contains(n.cluster)).isTrue();
      assertThat(n.budgetMin).isLessThan(n.budgetMax);
      assertThat(n.deadline).isAfter(TODAY);
      assertThat(n.status).isEqualTo(TechNeed.Status.OPEN);
    }
    assertThat(data.universities()).extracting(u -> u.name).doesNotHaveDuplicates();
  }

  @Test
  void theSameSeedGivesTheSameRows() {
    var again = DemoDataset.build(240, 2026, TODAY);
    assertThat(again.experts())
        .extracting(e -> e.id + e.name + e.researchDirections)
        .containsExactlyElementsOf(
            data.experts().stream().map(e -> e.id + e.name + e.researchDirections).toList());
    assertThat(again.needs())
        .extracting(n -> n.id)
        .containsExactlyElementsOf(data.needs().stream().map(n -> n.id).toList());
  }
}

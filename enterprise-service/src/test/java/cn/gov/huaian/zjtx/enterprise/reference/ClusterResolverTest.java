package cn.gov.huaian.zjtx.enterprise.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterResolverTest {
  private final ClusterResolver resolver =
      new ClusterResolver(
          Map.of(
              "39",
              Cluster.PCB_ELECTRONICS,
              "3973",
              Cluster.INTEGRATED_CIRCUITS,
              "358",
              Cluster.BIOMEDICINE,
              "35",
              Cluster.INTELLIGENT_EQUIPMENT));

  @Test
  void theLongestPrefixWins() {
    assertThat(resolver.resolve("3982")).contains(Cluster.PCB_ELECTRONICS);
    assertThat(resolver.resolve("3973")).contains(Cluster.INTEGRATED_CIRCUITS);
    assertThat(resolver.resolve("3581")).contains(Cluster.BIOMEDICINE);
    assertThat(resolver.resolve("3511")).contains(Cluster.INTELLIGENT_EQUIPMENT);
  }

  @Test
  void anUnmappedClassHasNoCluster() {
    assertThat(resolver.resolve("7010")).isEmpty();
    assertThat(resolver.resolve(null)).isEmpty();
  }

  @Test
  void everyClusterHasAtLeastOneClassInTheBundledStandard() {
    var data = ReferenceData.bundled();
    assertThat(data.industryClass("3491")).isPresent();
    assertThat(data.industries().stream().filter(i -> i.level() == 4).count()).isEqualTo(1380);
    assertThat(data.districts()).hasSize(8);
    assertThat(data.towns()).hasSize(113);
  }
}

package cn.gov.huaian.zjtx.matchmaking.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A cluster is understood by this service's code, its Chinese name and enterprise-service's code.
 */
class ClusterTest {
  /** enterprise-service's codes (its reference.Cluster), in the same order as this enum. */
  static final List<String> REGISTRY_CODES =
      List.of(
          "intelligent-equipment",
          "nev",
          "fiber-materials",
          "chemical-materials",
          "pcb-electronics",
          "green-food",
          "biomedicine",
          "ai",
          "ic",
          "digital");

  @Test
  void everyRegistryCodeNamesTheClusterOfTheSameName() {
    assertThat(REGISTRY_CODES).hasSize(Cluster.values().length);
    for (int i = 0; i < REGISTRY_CODES.size(); i++) {
      assertThat(Cluster.parse(REGISTRY_CODES.get(i))).contains(Cluster.values()[i]);
    }
    assertThat(Cluster.parse("ai")).contains(Cluster.ARTIFICIAL_INTELLIGENCE);
    assertThat(Cluster.parse("人工智能")).contains(Cluster.ARTIFICIAL_INTELLIGENCE);
    assertThat(Cluster.parse("ARTIFICIAL_INTELLIGENCE")).contains(Cluster.ARTIFICIAL_INTELLIGENCE);
    assertThat(Cluster.parse("火星产业")).isEmpty();
    assertThat(Cluster.parse(null)).isEmpty();
  }
}

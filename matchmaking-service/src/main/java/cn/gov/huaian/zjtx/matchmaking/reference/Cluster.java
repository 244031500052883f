package cn.gov.huaian.zjtx.matchmaking.reference;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * 淮安 "7+3" 产业集群: seven advantage clusters and three pilot clusters. The industry prefixes are the
 * default GB/T 4754 mapping (longest prefix wins); enterprise-service owns each firm's
 * authoritative cluster, this mapping only fills the cluster of a need posted with an industry
 * class and no cluster.
 */
public enum Cluster {
  SMART_EQUIPMENT(
      "intelligent-equipment",
      "智能装备及新能源",
      false,
      "34",
      "35",
      "381",
      "382",
      "384",
      "4415",
      "4416",
      "4417"),
  NEW_ENERGY_VEHICLE("nev", "新能源汽车及零部件", false, "36"),
  FIBER_MATERIALS("fiber-materials", "纤维新材料", false, "28", "178", "3062"),
  CHEMICAL_MATERIALS("chemical-materials", "化工新材料", false, "26", "29"),
  PCB_ELECTRONICS("pcb-electronics", "PCB 电子元器件", false, "398", "397", "383"),
  GREEN_FOOD("green-food", "绿色食品", false, "13", "14", "15"),
  BIOMEDICINE("biomedicine", "生物技术及新医药", false, "27", "358"),
  ARTIFICIAL_INTELLIGENCE("ai", "人工智能", true, "396", "6513", "6517"),
  INTEGRATED_CIRCUIT("ic", "集成电路", true, "3973", "6520"),
  DIGITAL_INDUSTRY("digital", "新兴数字产业", true, "39", "63", "64", "65");

  private final String registryCode;
  private final String nameZh;
  private final boolean pilot;
  private final List<String> industryPrefixes;

  Cluster(String registryCode, String nameZh, boolean pilot, String... industryPrefixes) {
    this.registryCode = registryCode;
    this.nameZh = nameZh;
    this.pilot = pilot;
    this.industryPrefixes = List.of(industryPrefixes);
  }

  public String nameZh() {
    return nameZh;
  }

  public boolean pilot() {
    return pilot;
  }

  /** The cluster of a GB/T 4754 class by the longest matching prefix, if any. */
  public static Optional<Cluster> ofIndustry(String industryCode) {
    if (industryCode == null || industryCode.isBlank()) {
      return Optional.empty();
    }
    Cluster best = null;
    int bestLength = 0;
    for (Cluster c : values()) {
      for (String prefix : c.industryPrefixes) {
        if (industryCode.startsWith(prefix) && prefix.length() > bestLength) {
          best = c;
          bestLength = prefix.length();
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The cluster named by this service's code, its Chinese name, or enterprise-service's code (e.g.
   * {@code ai}, {@code intelligent-equipment}): the registry codes clusters its own way, and a
   * value copied from an enterprise's profile must still be understood.
   */
  public static Optional<Cluster> parse(String value) {
    return Arrays.stream(values())
        .filter(
            c -> c.name().equals(value) || c.nameZh.equals(value) || c.registryCode.equals(value))
        .findFirst();
  }
}

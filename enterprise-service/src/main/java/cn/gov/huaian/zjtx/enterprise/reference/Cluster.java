package cn.gov.huaian.zjtx.enterprise.reference;

import java.util.Arrays;
import java.util.Optional;

/** The plan's 7+3 industry clusters (7 advantage clusters, 3 pilot clusters). 7+3 产业集群。 */
public enum Cluster {
  INTELLIGENT_EQUIPMENT("intelligent-equipment", "智能装备及新能源", Kind.ADVANTAGE),
  NEV("nev", "新能源汽车及零部件", Kind.ADVANTAGE),
  FIBER_MATERIALS("fiber-materials", "纤维新材料", Kind.ADVANTAGE),
  CHEMICAL_MATERIALS("chemical-materials", "化工新材料", Kind.ADVANTAGE),
  PCB_ELECTRONICS("pcb-electronics", "PCB 电子元器件", Kind.ADVANTAGE),
  GREEN_FOOD("green-food", "绿色食品", Kind.ADVANTAGE),
  BIOMEDICINE("biomedicine", "生物技术及新医药", Kind.ADVANTAGE),
  ARTIFICIAL_INTELLIGENCE("ai", "人工智能", Kind.PILOT),
  INTEGRATED_CIRCUITS("ic", "集成电路", Kind.PILOT),
  DIGITAL("digital", "新兴数字产业", Kind.PILOT);

  /** 优势集群 or 先导集群. */
  public enum Kind {
    ADVANTAGE("优势产业集群"),
    PILOT("先导产业集群");

    public final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  public final String code;
  public final String label;
  public final Kind kind;

  Cluster(String code, String label, Kind kind) {
    this.code = code;
    this.label = label;
    this.kind = kind;
  }

  /** By code ("nev") or by Chinese name ("新能源汽车及零部件"). */
  public static Optional<Cluster> of(String codeOrLabel) {
    if (codeOrLabel == null) {
      return Optional.empty();
    }
    String s = codeOrLabel.trim();
    return Arrays.stream(values())
        .filter(
            c ->
                c.code.equalsIgnoreCase(s)
                    || c.label.equals(s)
                    || c.label.replace(" ", "").equals(s.replace(" ", "")))
        .findFirst();
  }
}

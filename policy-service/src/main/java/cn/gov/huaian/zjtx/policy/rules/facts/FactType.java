package cn.gov.huaian.zjtx.policy.rules.facts;

/** 事实的数据类型. */
public enum FactType {
  NUMBER("数值"),
  BOOLEAN("是/否"),
  TEXT("文本"),
  TEXT_SET("文本集合"),
  DATE("日期");

  private final String label;

  FactType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

package cn.gov.huaian.zjtx.matchmaking.search;

/** The two kinds of searchable documents, each in its own index behind its own alias. */
public enum DocKind {
  NEED("needs"),
  EXPERT("experts");

  private final String indexSuffix;

  DocKind(String indexSuffix) {
    this.indexSuffix = indexSuffix;
  }

  public String indexSuffix() {
    return indexSuffix;
  }
}

package cn.gov.huaian.zjtx.matchmaking.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The BGE model, loaded once per test JVM through {@link Embedder#shared()}. */
class EmbedderTest {

  @Test
  void relatedTextsAreCloserThanUnrelated() {
    var e = Embedder.shared();
    float[] need = e.embedDocument("电动汽车动力电池快充时温差过大，需要优化液冷板");
    float[] expert = e.embedDocument("新能源汽车锂离子电池热管理与冷却系统设计");
    float[] food = e.embedDocument("盱眙龙虾冷链保鲜与食品安全检测");
    assertThat(need).hasSize(Embedder.DIMENSIONS);
    assertThat(Embedder.cosine(need, expert)).isGreaterThan(Embedder.cosine(need, food));
  }

  @Test
  void queriesAreCachedAndOddTextEmbeds() {
    var e = Embedder.shared();
    assertThat(e.embedQuery("芯片封装")).isSameAs(e.embedQuery("芯片封装"));
    assertThat(e.embedDocument("")).hasSize(Embedder.DIMENSIONS);
    assertThat(e.embedDocument("😀<b>x</b>" + "长".repeat(5000))).hasSize(Embedder.DIMENSIONS);
  }
}

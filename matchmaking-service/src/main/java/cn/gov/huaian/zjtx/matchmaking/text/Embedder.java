package cn.gov.huaian.zjtx.matchmaking.text;

import dev.langchain4j.model.embedding.onnx.bgesmallzhv15.BgeSmallZhV15EmbeddingModel;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * BGE small zh v1.5 sentence embeddings (512-d, normalised), computed in-process. The model is
 * loaded once per process ({@link #shared()}); query embeddings are cached (LRU) because the same
 * free-text queries repeat. Documents are embedded by the indexing job, never by a request.
 */
public final class Embedder {
  public static final int DIMENSIONS = 512;

  /** BGE's instruction for short queries against passages. */
  static final String QUERY_INSTRUCTION = "为这个句子生成表示以用于检索相关文章：";

  private static final int MAX_CHARS = 2000;
  private static volatile Embedder shared;

  private final BgeSmallZhV15EmbeddingModel model;
  private final Map<String, float[]> queryCache =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
          return size() > 2000;
        }
      };

  private Embedder() {
    model = new BgeSmallZhV15EmbeddingModel();
  }

  public static Embedder shared() {
    if (shared == null) {
      synchronized (Embedder.class) {
        if (shared == null) {
          shared = new Embedder();
        }
      }
    }
    return shared;
  }

  public static boolean loaded() {
    return shared != null;
  }

  /** A document's (passage's) vector. Blank text gets the zero-information vector of "". */
  public float[] embedDocument(String text) {
    return model.embed(clip(text)).content().vector();
  }

  /** A short free-text query's vector, with BGE's query instruction, cached. */
  public float[] embedQuery(String query) {
    String key = clip(query);
    synchronized (queryCache) {
      float[] cached = queryCache.get(key);
      if (cached != null) {
        return cached;
      }
    }
    float[] v = model.embed(QUERY_INSTRUCTION + key).content().vector();
    synchronized (queryCache) {
      queryCache.put(key, v);
    }
    return v;
  }

  public static double cosine(float[] a, float[] b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }

  private static String clip(String text) {
    String t = text == null || text.isBlank() ? "空" : text.strip();
    if (t.length() > MAX_CHARS) {
      int end = Character.isHighSurrogate(t.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
      t = t.substring(0, end);
    }
    return t;
  }
}

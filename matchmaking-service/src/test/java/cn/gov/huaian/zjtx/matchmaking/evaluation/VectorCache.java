package cn.gov.huaian.zjtx.matchmaking.evaluation;

import cn.gov.huaian.zjtx.matchmaking.text.Embedder;
import cn.gov.huaian.zjtx.matchmaking.text.TextHash;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Document vectors by text hash, kept in a file (target/ by default) because embedding runs at only
 * a few documents per second on two cores; a second run of the evaluation or the benchmark embeds
 * nothing it has seen.
 */
public final class VectorCache {
  private static final Logger LOG = Logger.getLogger(VectorCache.class);
  private final Path file;
  private final Map<String, float[]> vectors = new HashMap<>();
  private int computed;

  public VectorCache(Path file) throws IOException {
    this.file = file;
    if (Files.exists(file)) {
      try (var in =
          new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
          String key = in.readUTF();
          float[] v = new float[in.readInt()];
          for (int k = 0; k < v.length; k++) {
            v[k] = in.readFloat();
          }
          vectors.put(key, v);
        }
      }
    }
  }

  public float[] document(String text) {
    String key = TextHash.of(text);
    float[] v = vectors.get(key);
    if (v == null) {
      v = Embedder.shared().embedDocument(text);
      vectors.put(key, v);
      if (++computed % 100 == 0) {
        LOG.infof("已计算 %d 个向量", computed);
        save();
      }
    }
    return v;
  }

  public int computed() {
    return computed;
  }

  public void save() {
    try {
      Files.createDirectories(file.getParent());
      try (var out =
          new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file)))) {
        out.writeInt(vectors.size());
        for (var e : vectors.entrySet()) {
          out.writeUTF(e.getKey());
          out.writeInt(e.getValue().length);
          for (float f : e.getValue()) {
            out.writeFloat(f);
          }
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

package cn.gov.huaian.zjtx.matchmaking.ranking;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The weights the re-rank uses now: the configured ones, with the adjustment weights of the ACTIVE
 * learnt version (if any) in their place. Read from the database at most every {@link #REFRESH}, so
 * an activation or a rollback reaches every instance within that time without a restart.
 */
@ApplicationScoped
public class ActiveWeights {
  /** How long a read of the active version is reused. */
  static final Duration REFRESH = Duration.ofSeconds(30);

  private final RankingConfig config;
  private volatile Weights cached;
  private volatile long readAt;

  public ActiveWeights(RankingConfig config) {
    this.config = config;
  }

  public Weights current() {
    long now = System.nanoTime();
    Weights w = cached;
    if (w == null || now - readAt > REFRESH.toNanos()) {
      w = load();
      cached = w;
      readAt = now;
    }
    return w;
  }

  /** Forget the cached read (after an activation or rollback on this instance). */
  public void changed() {
    cached = null;
  }

  /** The adjustment weights of {@code w}, by feature name. */
  public static Map<String, Double> adjustable(Weights w) {
    var out = new LinkedHashMap<String, Double>();
    out.put("discipline", w.discipline());
    out.put("cluster", w.cluster());
    out.put("locality", w.locality());
    out.put("capacity", w.capacity());
    out.put("outcome", w.outcome());
    return out;
  }

  /** {@code base} with the adjustment weights of {@code learnt} in place of its own. */
  public static Weights with(Weights base, Map<String, Double> learnt) {
    return new Weights(
        base.fusion(),
        base.lexical(),
        learnt.getOrDefault("discipline", base.discipline()),
        learnt.getOrDefault("cluster", base.cluster()),
        learnt.getOrDefault("locality", base.locality()),
        learnt.getOrDefault("capacity", base.capacity()),
        learnt.getOrDefault("outcome", base.outcome()),
        base.noCapacityPenalty(),
        base.maxAdjustment());
  }

  /** The configured weights, without any learnt version. */
  public Weights configured() {
    return config.weights();
  }

  private Weights load() {
    WeightsVersion active =
        WeightsVersion.find("status", WeightsVersion.VersionStatus.ACTIVE).firstResult();
    return active == null ? config.weights() : with(config.weights(), active.weights);
  }
}

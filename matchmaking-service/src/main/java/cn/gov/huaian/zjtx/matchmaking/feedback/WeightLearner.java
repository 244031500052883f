package cn.gov.huaian.zjtx.matchmaking.feedback;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Learns the ranker's adjustment weights from outcomes (issue 16, item 3), in-process and without a
 * framework. A logistic model predicts whether a match went ahead (accepted, signed, finished) from
 * its relevance and its adjustment features; a feature's learnt weight is its coefficient divided
 * by relevance's — how much relevance one unit of the feature is worth to the firms who decided,
 * which is what a ranker weight means. Guards:
 *
 * <ul>
 *   <li><b>one actor cannot steer it</b>: an actor's examples together weigh at most {@code
 *       perActorCap} (a firm accepting 1,000 interests counts as much as one accepting {@code
 *       perActorCap});
 *   <li><b>old feedback fades</b>: an example weighs {@code 0.5^(age / halfLifeDays)};
 *   <li><b>little evidence moves little</b>: the learnt weight is pulled towards the current one by
 *       {@code priorStrength} examples' worth, and kept within [0, {@code maxWeight}];
 *   <li>a feature that never varies in the examples keeps its current weight.
 * </ul>
 */
public final class WeightLearner {
  /** The feature that scales the others; the examples' relevance. */
  public static final String RELEVANCE = "relevance";

  /**
   * How learning is bounded.
   *
   * @param perActorCap total weight of one actor's examples
   * @param halfLifeDays age at which an example weighs half
   * @param priorStrength effective examples the current weights are worth
   * @param maxWeight upper bound of any learnt weight
   * @param minEffectiveExamples below this total weight nothing is learnt
   */
  public record Settings(
      double perActorCap,
      double halfLifeDays,
      double priorStrength,
      double maxWeight,
      double minEffectiveExamples) {
    public static final Settings DEFAULT = new Settings(5, 180, 20, 0.5, 30);
  }

  /** One match's verdict: who gave it, the features at ranking time, +1 / −1, and its age. */
  public record Example(String actor, Map<String, Double> features, int label, double ageDays) {}

  /**
   * What was learnt: the proposed weights, the examples' total weight after caps and decay, and the
   * raw coefficients (for the admin's review).
   */
  public record Result(
      Map<String, Double> weights,
      double effectiveExamples,
      int examples,
      Map<String, Double> coefficients,
      boolean learnt) {}

  private static final int NEWTON_STEPS = 25;
  private static final double RIDGE = 1e-2;

  private final Settings settings;

  public WeightLearner(Settings settings) {
    this.settings = settings;
  }

  /** New weights for the features of {@code current} (relevance excluded), from the examples. */
  public Result learn(List<Example> examples, Map<String, Double> current) {
    List<Example> usable = examples.stream().filter(e -> e.label() != 0).toList();
    double[] weight = exampleWeights(usable);
    double effective = 0;
    for (double w : weight) {
      effective += w;
    }
    if (effective < settings.minEffectiveExamples()) {
      return new Result(Map.copyOf(current), effective, usable.size(), Map.of(), false);
    }
    var names = new ArrayList<String>();
    names.add(RELEVANCE);
    names.addAll(current.keySet());
    double[] beta = fit(usable, weight, names);
    var coefficients = new LinkedHashMap<String, Double>();
    for (int j = 0; j < names.size(); j++) {
      coefficients.put(names.get(j), beta[j + 1]);
    }
    var out = new LinkedHashMap<String, Double>();
    double relevance = beta[1];
    for (int j = 1; j < names.size(); j++) {
      String f = names.get(j);
      double now = current.get(f);
      if (relevance <= 0 || !varies(usable, f)) {
        out.put(f, now); // no trade-off to read: relevance did not predict, or f never varied
        continue;
      }
      double learnt = clamp(beta[j + 1] / relevance);
      double pulled =
          (effective * learnt + settings.priorStrength() * now)
              / (effective + settings.priorStrength());
      out.put(f, clamp(pulled));
    }
    return new Result(out, effective, usable.size(), coefficients, true);
  }

  /** Decay by age, then scale each actor's total down to the cap. */
  double[] exampleWeights(List<Example> examples) {
    double[] w = new double[examples.size()];
    Map<String, Double> perActor = new HashMap<>();
    for (int i = 0; i < w.length; i++) {
      w[i] = Math.pow(0.5, Math.max(0, examples.get(i).ageDays()) / settings.halfLifeDays());
      perActor.merge(examples.get(i).actor(), w[i], Double::sum);
    }
    for (int i = 0; i < w.length; i++) {
      double total = perActor.get(examples.get(i).actor());
      if (total > settings.perActorCap()) {
        w[i] *= settings.perActorCap() / total;
      }
    }
    return w;
  }

  /**
   * Weighted logistic regression by Newton's method (a handful of features: each step solves a
   * small linear system exactly), lightly ridged; beta[0] is the intercept.
   */
  private static double[] fit(List<Example> examples, double[] weight, List<String> names) {
    int d = names.size() + 1;
    double[][] x = new double[examples.size()][];
    for (int i = 0; i < x.length; i++) {
      x[i] = row(examples.get(i), names);
    }
    double[] beta = new double[d];
    for (int iteration = 0; iteration < NEWTON_STEPS; iteration++) {
      double[] grad = new double[d];
      double[][] hessian = new double[d][d];
      for (int i = 0; i < x.length; i++) {
        double z = 0;
        for (int j = 0; j < d; j++) {
          z += beta[j] * x[i][j];
        }
        double p = 1 / (1 + Math.exp(-z));
        double y = examples.get(i).label() > 0 ? 1 : 0;
        for (int j = 0; j < d; j++) {
          grad[j] += weight[i] * (p - y) * x[i][j];
          for (int k = 0; k < d; k++) {
            hessian[j][k] += weight[i] * p * (1 - p) * x[i][j] * x[i][k];
          }
        }
      }
      for (int j = 1; j < d; j++) {
        grad[j] += RIDGE * beta[j];
        hessian[j][j] += RIDGE;
      }
      double[] delta = solve(hessian, grad);
      for (int j = 0; j < d; j++) {
        beta[j] -= delta[j];
      }
    }
    return beta;
  }

  /** Gaussian elimination with partial pivoting; a singular column gets no step. */
  private static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][n + 1];
    for (int i = 0; i < n; i++) {
      System.arraycopy(a[i], 0, m[i], 0, n);
      m[i][n] = b[i];
    }
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
          pivot = r;
        }
      }
      double[] tmp = m[col];
      m[col] = m[pivot];
      m[pivot] = tmp;
      if (Math.abs(m[col][col]) < 1e-12) {
        continue;
      }
      for (int r = 0; r < n; r++) {
        if (r != col) {
          double f = m[r][col] / m[col][col];
          for (int c = col; c <= n; c++) {
            m[r][c] -= f * m[col][c];
          }
        }
      }
    }
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = Math.abs(m[i][i]) < 1e-12 ? 0 : m[i][n] / m[i][i];
    }
    return out;
  }

  private static double[] row(Example e, List<String> names) {
    double[] x = new double[names.size() + 1];
    x[0] = 1;
    for (int j = 0; j < names.size(); j++) {
      x[j + 1] = e.features().getOrDefault(names.get(j), 0.0);
    }
    return x;
  }

  private static boolean varies(List<Example> examples, String feature) {
    return examples.stream()
            .map(e -> e.features().getOrDefault(feature, 0.0))
            .distinct()
            .limit(2)
            .count()
        > 1;
  }

  private double clamp(double w) {
    return Math.max(0, Math.min(settings.maxWeight(), w));
  }
}

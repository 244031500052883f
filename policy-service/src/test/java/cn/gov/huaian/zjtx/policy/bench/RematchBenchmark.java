package cn.gov.huaian.zjtx.policy.bench;

import cn.gov.huaian.zjtx.policy.rules.RandomFacts;
import cn.gov.huaian.zjtx.policy.rules.RandomRules;
import cn.gov.huaian.zjtx.policy.rules.Truth;
import cn.gov.huaian.zjtx.policy.rules.benefit.AmountRange;
import cn.gov.huaian.zjtx.policy.rules.engine.CircuitWorkspace;
import cn.gov.huaian.zjtx.policy.rules.engine.CompiledProgram;
import cn.gov.huaian.zjtx.policy.rules.engine.ProgramCircuits;
import cn.gov.huaian.zjtx.policy.rules.engine.RuleCompiler;
import cn.gov.huaian.zjtx.policy.rules.engine.Workspace;
import cn.gov.huaian.zjtx.policy.rules.facts.EncodedFacts;
import cn.gov.huaian.zjtx.policy.rules.facts.FactCatalogue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactColumns;
import cn.gov.huaian.zjtx.policy.rules.facts.FactEncoder;
import cn.gov.huaian.zjtx.policy.rules.facts.FactSet;
import cn.gov.huaian.zjtx.policy.rules.facts.StandardFacts;
import cn.gov.huaian.zjtx.policy.rules.json.NaiveInterpreter;
import cn.gov.huaian.zjtx.policy.rules.json.RuleJsonReader;
import cn.gov.huaian.zjtx.policy.rules.json.SeedPrograms;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * 全量重匹配基准：100,000 enterprises × 1,000 programs through the compiled engine's circuits (all programs
 * over blocks of 1,024 enterprises, leaf tests shared, bit-parallel Kleene logic), its older
 * program-by-program batch path, its per-pair path on a 20,000-firm slice, and the naive JSON
 * interpreter on a 1,000-firm sample, all in the same run (the slices are reported as pairs/s, i.e.
 * extrapolated), plus one enterprise against all programs (p50/p99). Run it with (see
 * docs/benchmarks/policy-rules-engine.md):
 *
 * <pre>
 * ./mvnw -q -pl policy-service test -Dtest=RematchBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * <p>Its name does not end in Test, so the ordinary build never runs it. Sizes can be changed with
 * -Dbench.enterprises, -Dbench.programs, -Dbench.naiveSample, -Dbench.threads, -Dbench.rounds (each
 * engine measured that many times, the median reported).
 */
public class RematchBenchmark {
  private static final long SEED = 4_2025L;
  private static final FactCatalogue CATALOGUE = StandardFacts.catalogue();
  private static final int BLOCK = 1024;

  private final int enterprises = Integer.getInteger("bench.enterprises", 100_000);
  private final int programCount = Integer.getInteger("bench.programs", 1_000);
  private final int naiveSample = Integer.getInteger("bench.naiveSample", 1_000);
  private final int threads =
      Integer.getInteger("bench.threads", Runtime.getRuntime().availableProcessors());
  private final int rounds = Math.max(1, Integer.getInteger("bench.rounds", 5));
  private final long roundNanos =
      (long) (Double.parseDouble(System.getProperty("bench.roundSeconds", "1")) * 1e9);
  private final int warmUpRounds = Math.max(0, Integer.getInteger("bench.warmUpRounds", 3));
  private boolean quiet;
  private final int latencySamples = Integer.getInteger("bench.latencySamples", 20_000);
  private final List<String> report = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    new RematchBenchmark().run();
  }

  @Test
  void run() throws Exception {
    line(
        "规则引擎全量重匹配基准 %s, JDK %s, %d cores, max heap %d MB, threads %d",
        LocalDate.now(),
        Runtime.version(),
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20,
        threads);
    RuleJsonReader reader = new RuleJsonReader(CATALOGUE);
    List<JsonNode> programJson = programs(reader);
    RuleCompiler compiler = new RuleCompiler(CATALOGUE);
    long compileStart = System.nanoTime();
    CompiledProgram[] compiled =
        programJson.stream()
            .map(json -> compiler.compile(reader.readProgram(json).orElseThrow()))
            .toArray(CompiledProgram[]::new);
    line("validated and compiled %d programs in %.1f ms", compiled.length, millis(compileStart));

    FactEncoder encoder = compiler.encoder();
    Random random = new Random(SEED + 1);
    RandomFacts firms = new RandomFacts(CATALOGUE, random, 0.10);
    long encodeStart = System.nanoTime();
    EncodedFacts[] encoded = new EncodedFacts[enterprises];
    for (int i = 0; i < enterprises; i++) {
      encoded[i] = encoder.encode(firms.next());
    }
    line("generated and encoded %,d enterprises in %.1f ms", enterprises, millis(encodeStart));

    long blockStart = System.nanoTime();
    FactColumns[] blocks = blocks(encoded);
    line(
        "arranged them in %,d blocks of %d (columns) in %.1f ms",
        blocks.length, BLOCK, millis(blockStart));

    long circuitStart = System.nanoTime();
    ProgramCircuits circuits = compiler.circuits(List.of(compiled));
    line(
        "compiled them into circuits in %.1f ms: %,d leaf tests, %,d distinct (shared) atoms",
        millis(circuitStart), circuits.leafTestCount(), circuits.atomCount());

    FactColumns[] warmUp = Arrays.copyOf(blocks, Math.min(blocks.length, 10));
    measureCircuits(circuits, warmUp, "circuits warm-up");
    double compiledRate = median("circuits", () -> measureCircuits(circuits, blocks, "circuits"));
    measureBatch(compiled, warmUp, "batch warm-up", true);
    double batchRate =
        median("program batch", () -> measureBatch(compiled, blocks, "program batch", true));
    line("speed-up circuits / program batch (same run): %.1f×", compiledRate / batchRate);
    EncodedFacts[] perPairSlice = Arrays.copyOf(encoded, Math.min(enterprises, 20_000));
    measureCompiled(compiled, Arrays.copyOf(encoded, Math.min(enterprises, 2_000)), "pair warm-up");
    measureCompiled(compiled, perPairSlice, "compiled/pair");

    List<FactSet> sample = new ArrayList<>();
    for (int i = 0; i < naiveSample; i++) {
      sample.add(firms.next());
    }
    NaiveInterpreter naive = new NaiveInterpreter(CATALOGUE);
    measureNaive(
        naive, programJson, sample.subList(0, Math.max(1, naiveSample / 5)), "naive warm-up");
    double naiveRate = median("naive", () -> measureNaive(naive, programJson, sample, "naive"));
    line("speed-up circuits / naive: %.0f×", compiledRate / naiveRate);
    line("speed-up program batch / naive: %.0f×", batchRate / naiveRate);

    measureOneEnterprise(compiled, encoder, firms);
    write();
  }

  private List<JsonNode> programs(RuleJsonReader reader) {
    List<JsonNode> programs = new ArrayList<>();
    if (Boolean.getBoolean("bench.catalogue")) {
      // The policy catalogue as shipped (catalog/index.txt): every version, history included, as
      // a re-match of the whole catalogue would compile them (today only the in-force ones run).
      SeedPrograms.catalogue(reader).forEach(source -> programs.add(source.json()));
      line("programs: the policy catalogue, %d files", programs.size());
      return programs;
    }
    SeedPrograms.tiers(reader).forEach(source -> programs.add(source.json()));
    RandomRules rules = new RandomRules(CATALOGUE, new Random(SEED));
    while (programs.size() < programCount) {
      programs.add(rules.program());
    }
    return programs;
  }

  private FactColumns[] blocks(EncodedFacts[] firms) {
    int count = (firms.length + BLOCK - 1) / BLOCK;
    FactColumns[] blocks = new FactColumns[count];
    for (int b = 0; b < count; b++) {
      int from = b * BLOCK;
      blocks[b] =
          FactColumns.of(firms, from, Math.min(firms.length, from + BLOCK), CATALOGUE.size());
    }
    return blocks;
  }

  private double measureCircuits(ProgramCircuits circuits, FactColumns[] blocks, String name)
      throws Exception {
    long start = System.nanoTime();
    long[] tally = parallel(blocks.length, (from, to) -> circuitSlice(circuits, blocks, from, to));
    long pairs = Arrays.stream(blocks).mapToLong(FactColumns::size).sum() * circuits.size();
    return rate(name, pairs, start, tally);
  }

  /**
   * One worker's share on the circuits path: all programs over a block at once (leaf tests shared),
   * each program's eligibility and estimates handed over as the block is done.
   */
  private static long[] circuitSlice(
      ProgramCircuits circuits, FactColumns[] blocks, int from, int to) {
    long[] tally = new long[4];
    CircuitWorkspace workspace = circuits.workspace(BLOCK);
    for (int b = from; b < to; b++) {
      circuits.evaluate(
          blocks[b],
          workspace,
          (program, outcome) -> {
            tally[Truth.FALSE_CODE] += outcome.refusedCount();
            tally[Truth.UNKNOWN_CODE] += outcome.unknownCount();
            tally[Truth.TRUE_CODE] += outcome.eligibleCount();
            tally[3] += outcome.withMoneyCount();
          });
    }
    return tally;
  }

  private double measureBatch(
      CompiledProgram[] programs, FactColumns[] blocks, String name, boolean withMoney)
      throws Exception {
    long start = System.nanoTime();
    long[] tally =
        parallel(blocks.length, (from, to) -> batchSlice(programs, blocks, from, to, withMoney));
    long pairs = Arrays.stream(blocks).mapToLong(FactColumns::size).sum() * programs.length;
    return rate(name, pairs, start, tally);
  }

  /**
   * One worker's share on the batch path: each program over a whole block, then the estimate of
   * every enterprise it does not refuse, as a re-match stores them.
   */
  private static long[] batchSlice(
      CompiledProgram[] programs, FactColumns[] blocks, int from, int to, boolean withMoney) {
    long[] tally = new long[4];
    Workspace workspace = new Workspace(BLOCK);
    byte[] codes = new byte[BLOCK];
    AmountRange[] amounts = new AmountRange[BLOCK];
    for (int b = from; b < to; b++) {
      FactColumns block = blocks[b];
      for (CompiledProgram program : programs) {
        program.eligibilityCodes(block, codes, workspace);
        if (withMoney) {
          program.estimates(block, codes, amounts);
        }
        for (int i = 0, n = block.size(); i < n; i++) {
          tally[codes[i]]++;
          tally[3] += withMoney && !amounts[i].isZero() ? 1 : 0;
        }
      }
    }
    return tally;
  }

  private double measureCompiled(CompiledProgram[] programs, EncodedFacts[] firms, String name)
      throws Exception {
    long start = System.nanoTime();
    long[] tally = parallel(firms.length, (from, to) -> compiledSlice(programs, firms, from, to));
    return rate(name, (long) firms.length * programs.length, start, tally);
  }

  /** One worker's share: eligibility and, unless refused, the estimate, as a re-match stores. */
  private static long[] compiledSlice(
      CompiledProgram[] programs, EncodedFacts[] firms, int from, int to) {
    long[] tally = new long[4];
    for (int f = from; f < to; f++) {
      EncodedFacts firm = firms[f];
      for (CompiledProgram program : programs) {
        int truth = program.eligibilityCode(firm);
        tally[truth]++;
        if (truth != Truth.FALSE_CODE && !program.estimate(truth, firm).isZero()) {
          tally[3]++;
        }
      }
    }
    return tally;
  }

  private double measureNaive(
      NaiveInterpreter naive, List<JsonNode> programs, List<FactSet> firms, String name)
      throws Exception {
    long start = System.nanoTime();
    long[] tally =
        parallel(
            firms.size(),
            (from, to) -> {
              long[] counts = new long[4];
              for (int f = from; f < to; f++) {
                for (JsonNode program : programs) {
                  Truth truth = naive.eligibility(program, firms.get(f));
                  counts[truth.code()]++;
                  if (truth != Truth.FALSE
                      && !naive.estimate(truth, program, firms.get(f)).isZero()) {
                    counts[3]++;
                  }
                }
              }
              return counts;
            });
    return rate(name, (long) firms.size() * programs.size(), start, tally);
  }

  private void measureOneEnterprise(
      CompiledProgram[] programs, FactEncoder encoder, RandomFacts firms) {
    long[] nanos = new long[latencySamples];
    long sink = 0;
    for (int round = 0; round < 2; round++) { // the first round is warm-up
      for (int i = 0; i < latencySamples; i++) {
        FactSet firm = firms.next();
        long start = System.nanoTime();
        EncodedFacts facts = encoder.encode(firm);
        for (CompiledProgram program : programs) {
          int truth = program.eligibilityCode(facts);
          if (truth != Truth.FALSE_CODE) {
            AmountRange amount = program.estimate(truth, facts);
            sink += amount.max().signum();
          }
        }
        nanos[i] = System.nanoTime() - start;
      }
    }
    Arrays.sort(nanos);
    line(
        "one enterprise × %d programs (encode + evaluate + estimate), %,d samples: "
            + "p50 %.3f ms, p99 %.3f ms, max %.3f ms (checksum %d)",
        programs.length,
        latencySamples,
        nanos[latencySamples / 2] / 1e6,
        nanos[(int) (latencySamples * 0.99)] / 1e6,
        nanos[latencySamples - 1] / 1e6,
        sink);
  }

  private interface Measurement {
    double rate() throws Exception;
  }

  /**
   * The median rate of {@code bench.rounds} rounds of the same measurement (default 5) after {@code
   * bench.warmUpRounds} uncounted ones (default 3), each round repeating it for at least {@code
   * bench.roundSeconds} (default 1 s): one pass of a fast path lasts a few hundredths of a second,
   * at the mercy of the JIT, a collection or the machine's other load, and the first passes of
   * either engine are still being compiled. Every path compared here is measured the same way, so
   * neither is compared warm against the other cold.
   */
  private double median(String name, Measurement measurement) throws Exception {
    double[] rates = new double[rounds];
    for (int r = -warmUpRounds; r < rounds; r++) {
      double pairs = 0;
      long nanos = 0;
      quiet = true;
      while (nanos < roundNanos) {
        long start = System.nanoTime();
        double rate = measurement.rate();
        long took = System.nanoTime() - start;
        pairs += rate * took / 1e9;
        nanos += took;
      }
      quiet = false;
      double rate = pairs / (nanos / 1e9);
      if (r < 0) {
        line("%-14s warm-up round: %,14.0f pairs/s over %.1f s", name, rate, nanos / 1e9);
        continue;
      }
      rates[r] = rate;
      line("%-14s round %d: %,14.0f pairs/s over %.1f s", name, r + 1, rate, nanos / 1e9);
    }
    Arrays.sort(rates);
    double median = rates[rounds / 2];
    line("%-14s median of %d rounds: %,14.0f pairs/s", name, rounds, median);
    return median;
  }

  private interface Slice {
    long[] run(int from, int to);
  }

  private long[] parallel(int size, Slice slice) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<long[]>> parts = new ArrayList<>();
      int step = (size + threads - 1) / threads;
      for (int from = 0; from < size; from += step) {
        int start = from;
        int end = Math.min(size, from + step);
        parts.add(pool.submit(() -> slice.run(start, end)));
      }
      long[] total = new long[4];
      for (Future<long[]> part : parts) {
        long[] counts = part.get();
        for (int i = 0; i < total.length; i++) {
          total[i] += counts[i];
        }
      }
      return total;
    } finally {
      pool.shutdown();
    }
  }

  private double rate(String name, long pairs, long start, long[] tally) {
    double seconds = (System.nanoTime() - start) / 1e9;
    double rate = pairs / seconds;
    if (quiet) {
      return rate;
    }
    line(
        "%-14s %,15d pairs in %8.2f s = %,14.0f pairs/s  (eligible %,d, unknown %,d, refused %,d, with money %,d)",
        name, pairs, seconds, rate, tally[2], tally[1], tally[0], tally[3]);
    return rate;
  }

  private static double millis(long start) {
    return (System.nanoTime() - start) / 1e6;
  }

  private void line(String format, Object... args) {
    String text = String.format(format, args);
    report.add(text);
    System.out.println(text);
  }

  private void write() {
    Path out = Path.of("target", "benchmarks", "policy-rules-engine.txt");
    try {
      Files.createDirectories(out.getParent());
      Files.write(out, report);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

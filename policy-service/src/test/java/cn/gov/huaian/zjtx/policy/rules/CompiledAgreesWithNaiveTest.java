package cn.gov.huaian.zjtx.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.huaian.zjtx.policy.rules.ast.ProgramRules;
import cn.gov.huaian.zjtx.policy.rules.benefit.AmountRange;
import cn.gov.huaian.zjtx.policy.rules.engine.BlockOutcome;
import cn.gov.huaian.zjtx.policy.rules.engine.CompiledProgram;
import cn.gov.huaian.zjtx.policy.rules.engine.Explainer;
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
import cn.gov.huaian.zjtx.policy.rules.validation.Validated;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Property tests, seeded so a failure replays: on thousands of random rules and enterprises the
 * compiled engine (per pair, in batch, and as shared-leaf circuits over a whole catalogue), the
 * naive JSON interpreter and the tracing explainer give the same answer.
 */
class CompiledAgreesWithNaiveTest {
  private static final long SEED = 20250630L;
  private static final int PROGRAMS = 3_000;
  private static final int FIRMS_PER_PROGRAM = 12;
  private static final int CIRCUIT_ROUNDS = 12;

  private final FactCatalogue catalogue = StandardFacts.catalogue();
  private final RuleJsonReader reader = new RuleJsonReader(catalogue);
  private final RuleCompiler compiler = new RuleCompiler(catalogue);
  private final FactEncoder encoder = compiler.encoder();
  private final NaiveInterpreter naive = new NaiveInterpreter(catalogue);
  private final Explainer explainer = new Explainer(catalogue);

  @Test
  void compiled_naive_and_explainer_agree_on_eligibility_and_estimate() {
    Random random = new Random(SEED);
    RandomRules rules = new RandomRules(catalogue, random);
    RandomFacts firms = new RandomFacts(catalogue, random, 0.15);
    int[] outcomes = new int[3];
    for (int p = 0; p < PROGRAMS; p++) {
      JsonNode json = rules.program();
      ProgramRules parsed = validOrFail(json);
      CompiledProgram compiled = compiler.compile(parsed);
      EncodedFacts[] block = new EncodedFacts[FIRMS_PER_PROGRAM];
      for (int f = 0; f < FIRMS_PER_PROGRAM; f++) {
        FactSet firm = firms.next();
        EncodedFacts encoded = encoder.encode(firm);
        block[f] = encoded;
        Truth expected = naive.eligibility(json, firm);
        Supplier<String> where = () -> "program " + json + "\nfirm " + firm;
        assertThat(compiled.eligibility(encoded)).as(where).isEqualTo(expected);
        assertThat(explainer.explain(parsed.eligibility(), firm).result())
            .as(where)
            .isEqualTo(expected);
        assertSameAmount(compiled.estimate(encoded), naive.estimate(json, firm), where);
        outcomes[expected.ordinal()]++;
      }
      assertBatchAgrees(compiled, block, json);
    }
    // The generator must exercise all three outcomes, or agreement proves little.
    assertThat(Arrays.stream(outcomes).min().orElseThrow()).isGreaterThan(PROGRAMS);
  }

  /**
   * The circuits path: catalogues of a few hundred random programs (so leaf tests are shared across
   * programs) plus the seed tiers, over blocks of awkward sizes (one firm, one word, one word and a
   * bit, several words) so the block-skipping branches fire as well as the loops.
   */
  @Test
  void circuits_over_a_whole_catalogue_agree_with_compiled_naive_and_explainer() {
    Random random = new Random(SEED + 2);
    RandomRules rules = new RandomRules(catalogue, random);
    RandomFacts firms = new RandomFacts(catalogue, random, 0.15);
    int[] blockSizes = {1, 3, 64, 65, 130, 700};
    int[] outcomes = new int[3];
    int pairs = 0;
    for (int round = 0; round < CIRCUIT_ROUNDS; round++) {
      List<JsonNode> json = new ArrayList<>();
      SeedPrograms.tiers(reader).forEach(source -> json.add(source.json()));
      json.addAll(equalityFamilies());
      while (json.size() < PROGRAMS / CIRCUIT_ROUNDS) {
        json.add(rules.program());
      }
      List<CompiledProgram> compiled =
          json.stream().map(j -> compiler.compile(validOrFail(j))).toList();
      ProgramCircuits circuits = compiler.circuits(compiled);
      assertThat(circuits.atomCount()).isLessThan(circuits.leafTestCount());
      int size = blockSizes[round % blockSizes.length];
      List<FactSet> raw = new ArrayList<>();
      EncodedFacts[] encoded = new EncodedFacts[size];
      for (int f = 0; f < size; f++) {
        raw.add(firms.next());
        encoded[f] = encoder.encode(raw.get(f));
      }
      assertCircuitsAgree(json, compiled, circuits, raw, encoded, round % 4 == 0, outcomes);
      pairs += size * json.size();
    }
    assertThat(Arrays.stream(outcomes).min().orElseThrow()).isGreaterThan(pairs / 20);
  }

  /**
   * The policy catalogue as shipped (every version, the score tables in parts, the qualification
   * lists with dozens of titles on one set slot): the circuits agree with the naive interpreter and
   * the per-pair engine on every pair.
   */
  @Test
  void circuits_over_the_policy_catalogue_agree_with_naive_and_per_pair() {
    Random random = new Random(SEED + 3);
    RandomFacts firms = new RandomFacts(catalogue, random, 0.10);
    List<JsonNode> json =
        SeedPrograms.catalogue(reader).stream().map(SeedPrograms.Source::json).toList();
    List<CompiledProgram> compiled =
        json.stream().map(j -> compiler.compile(validOrFail(j))).toList();
    ProgramCircuits circuits = compiler.circuits(compiled);
    int size = 1_000;
    List<FactSet> raw = new ArrayList<>();
    EncodedFacts[] encoded = new EncodedFacts[size];
    for (int f = 0; f < size; f++) {
      raw.add(firms.next());
      encoded[f] = encoder.encode(raw.get(f));
    }
    int[] outcomes = new int[3];
    assertCircuitsAgree(json, compiled, circuits, raw, encoded, false, outcomes);
    assertThat(Arrays.stream(outcomes).min().orElseThrow()).isGreaterThan(size);
  }

  private void assertCircuitsAgree(
      List<JsonNode> json,
      List<CompiledProgram> compiled,
      ProgramCircuits circuits,
      List<FactSet> raw,
      EncodedFacts[] encoded,
      boolean explain,
      int[] outcomes) {
    int size = encoded.length;
    FactColumns block = FactColumns.of(encoded, 0, size, catalogue.size());
    circuits.evaluate(
        block,
        circuits.workspace(64),
        (p, outcome) -> {
          assertCountsConsistent(outcome);
          for (int i = 0; i < size; i++) {
            FactSet firm = raw.get(i);
            JsonNode program = json.get(p);
            Supplier<String> where = () -> "circuits, program " + program + "\nfirm " + firm;
            Truth expected = naive.eligibility(program, firm);
            assertThat(Truth.ofCode(outcome.code(i))).as(where).isEqualTo(expected);
            assertThat(outcome.code(i))
                .as(where)
                .isEqualTo(compiled.get(p).eligibilityCode(encoded[i]));
            assertThat(outcome.estimate(i))
                .as(where)
                .isEqualTo(compiled.get(p).estimate(encoded[i]));
            assertSameAmount(outcome.estimate(i), naive.estimate(program, firm), where);
            if (explain) {
              assertThat(explainer.explain(compiled.get(p).rules().eligibility(), firm).result())
                  .as(where)
                  .isEqualTo(expected);
            }
            outcomes[expected.ordinal()]++;
          }
        });
  }

  /** Enough "=" tests on one slot that the circuits evaluate them as one group. */
  private List<JsonNode> equalityFamilies() {
    List<String> eligibility = new ArrayList<>();
    StandardFacts.DISTRICTS.stream()
        .sorted()
        .forEach(
            d -> eligibility.add("{\"eq\": {\"fact\": \"district\", \"value\": \"" + d + "\"}}"));
    for (int k = 0; k < 8; k++) {
      eligibility.add("{\"ne\": {\"fact\": \"employees\", \"value\": " + k + "}}");
      eligibility.add("{\"eq\": {\"yearsSince\": \"founded_on\", \"value\": " + (k + 10) + "}}");
    }
    List<JsonNode> programs = new ArrayList<>();
    for (int i = 0; i < eligibility.size(); i++) {
      String text = Programs.policy("eq" + i, "", eligibility.get(i), "{\"fixed\": 10000}");
      programs.add(validOrFail(text));
    }
    return programs;
  }

  private JsonNode validOrFail(String text) {
    try {
      JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
      validOrFail(json);
      return json;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError(text, e);
    }
  }

  /** Amounts too large for a long of 分 take the per-pair estimate, with the same results. */
  @Test
  void circuits_fall_back_to_objects_for_amounts_beyond_a_long_of_fen() {
    String huge = "100000000000000000000";
    List<String> programs =
        List.of(
            Programs.policy(
                "p",
                "",
                "{\"gte\": {\"fact\": \"rd_ratio\", \"value\": 3}}",
                "{\"percentOf\": {\"fact\": \"rd_spending\", \"percent\": 10, \"cap\": "
                    + huge
                    + "}}"),
            Programs.policy(
                "b",
                "",
                "{\"lt\": {\"fact\": \"employees\", \"value\": 5}}",
                "{\"banded\": {\"bands\": [{\"when\": {\"gte\": {\"fact\": \"revenue\", \"value\": 1000000}}, "
                    + "\"amount\": "
                    + huge
                    + "}], \"otherwise\": 5}}"));
    List<CompiledProgram> compiled =
        programs.stream()
            .map(text -> compiler.compile(reader.readProgram(text).orElseThrow()))
            .toList();
    ProgramCircuits circuits = compiler.circuits(compiled);
    Random random = new Random(SEED + 3);
    RandomFacts firms = new RandomFacts(catalogue, random, 0.3);
    EncodedFacts[] encoded = new EncodedFacts[200];
    for (int f = 0; f < encoded.length; f++) {
      encoded[f] = encoder.encode(firms.next());
    }
    FactColumns block = FactColumns.of(encoded, 0, encoded.length, catalogue.size());
    circuits.evaluate(
        block,
        circuits.workspace(),
        (p, outcome) -> {
          assertCountsConsistent(outcome);
          for (int i = 0; i < encoded.length; i++) {
            assertThat(outcome.estimate(i)).isEqualTo(compiled.get(p).estimate(encoded[i]));
          }
        });
  }

  private static void assertCountsConsistent(BlockOutcome outcome) {
    int eligible = 0;
    int unknown = 0;
    int withMoney = 0;
    for (int i = 0; i < outcome.size(); i++) {
      eligible += outcome.code(i) == Truth.TRUE_CODE ? 1 : 0;
      unknown += outcome.code(i) == Truth.UNKNOWN_CODE ? 1 : 0;
      withMoney += outcome.estimate(i).isZero() ? 0 : 1;
    }
    assertThat(outcome.eligibleCount()).isEqualTo(eligible);
    assertThat(outcome.unknownCount()).isEqualTo(unknown);
    assertThat(outcome.refusedCount()).isEqualTo(outcome.size() - eligible - unknown);
    assertThat(outcome.withMoneyCount()).isEqualTo(withMoney);
    assertThat(outcome.noneMayHold()).isEqualTo(eligible + unknown == 0);
  }

  @Test
  void learning_a_missing_fact_never_overturns_a_decided_result() {
    Random random = new Random(SEED + 1);
    RandomRules rules = new RandomRules(catalogue, random);
    RandomFacts firms = new RandomFacts(catalogue, random, 0.0);
    List<String> names =
        new ArrayList<>(catalogue.definitions().stream().map(d -> d.name()).toList());
    for (int p = 0; p < PROGRAMS; p++) {
      CompiledProgram compiled = compiler.compile(validOrFail(rules.program()));
      FactSet complete = firms.next();
      FactSet partial = complete;
      for (int i = 0; i < 4; i++) {
        partial = partial.without(names.get(random.nextInt(names.size())));
      }
      Truth withLess = compiled.eligibility(encoder.encode(partial));
      Truth withAll = compiled.eligibility(encoder.encode(complete));
      if (withLess != Truth.UNKNOWN) {
        assertThat(withAll).isEqualTo(withLess);
      }
      assertThat(withAll).isNotEqualTo(Truth.UNKNOWN);
    }
  }

  /** The batch path, over the same firms as one block, gives the per-pair answers. */
  private void assertBatchAgrees(CompiledProgram compiled, EncodedFacts[] firms, JsonNode json) {
    byte[] codes = new byte[firms.length];
    AmountRange[] amounts = new AmountRange[firms.length];
    FactColumns block = FactColumns.of(firms, 0, firms.length, catalogue.size());
    compiled.eligibilityCodes(block, codes, new Workspace(firms.length));
    compiled.estimates(block, codes, amounts);
    for (int i = 0; i < firms.length; i++) {
      assertThat((int) codes[i])
          .as("batch, firm %d of %s", i, json)
          .isEqualTo(compiled.eligibilityCode(firms[i]));
      assertThat(amounts[i])
          .as("batch estimate, firm %d of %s", i, json)
          .isEqualTo(compiled.estimate(firms[i]));
    }
  }

  private ProgramRules validOrFail(JsonNode json) {
    Validated<ProgramRules> read = reader.readProgram(json);
    assertThat(read.errors()).as(json.toString()).isEmpty();
    return read.orElseThrow();
  }

  private static void assertSameAmount(
      AmountRange actual, AmountRange expected, Supplier<String> where) {
    assertThat(actual.min()).as(where).isEqualByComparingTo(expected.min());
    assertThat(actual.max()).as(where).isEqualByComparingTo(expected.max());
  }
}

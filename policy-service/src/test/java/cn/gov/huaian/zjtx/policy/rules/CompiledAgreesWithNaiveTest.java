package cn.gov.huaian.zjtx.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.huaian.zjtx.policy.rules.ast.ProgramRules;
import cn.gov.huaian.zjtx.policy.rules.benefit.AmountRange;
import cn.gov.huaian.zjtx.policy.rules.engine.CompiledProgram;
import cn.gov.huaian.zjtx.policy.rules.engine.Explainer;
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
import cn.gov.huaian.zjtx.policy.rules.validation.Validated;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Property tests, seeded so a failure replays: on thousands of random rules and enterprises the
 * compiled engine (per pair and in batch), the naive JSON interpreter and the tracing explainer
 * give the same answer.
 */
class CompiledAgreesWithNaiveTest {
  private static final long SEED = 20250630L;
  private static final int PROGRAMS = 3_000;
  private static final int FIRMS_PER_PROGRAM = 12;

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
        assertThat(explainer.explain(parsed.eligibility(), firm).result()).as(where).isEqualTo(expected);
        assertSameAmount(compiled.estimate(encoded), naive.estimate(json, firm), where);
        outcomes[expected.ordinal()]++;
      }
      assertBatchAgrees(compiled, block, json);
    }
    // The generator must exercise all three outcomes, or agreement proves little.
    assertThat(java.util.Arrays.stream(outcomes).min().orElseThrow()).isGreaterThan(PROGRAMS);
  }

  @Test
  void learning_a_missing_fact_never_overturns_a_decided_result() {
    Random random = new Random(SEED + 1);
    RandomRules rules = new RandomRules(catalogue, random);
    RandomFacts firms = new RandomFacts(catalogue, random, 0.0);
    List<String> names = new ArrayList<>(catalogue.definitions().stream().map(d -> d.name()).toList());
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
      assertThat((int) codes[i]).as("batch, firm %d of %s", i, json).isEqualTo(compiled.eligibilityCode(firms[i]));
      assertThat(amounts[i]).as("batch estimate, firm %d of %s", i, json).isEqualTo(compiled.estimate(firms[i]));
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

package cn.gov.huaian.zjtx.policy.rules.engine;

import cn.gov.huaian.zjtx.policy.rules.ast.Condition;
import cn.gov.huaian.zjtx.policy.rules.ast.ProgramRules;
import cn.gov.huaian.zjtx.policy.rules.facts.FactCatalogue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactEncoder;
import cn.gov.huaian.zjtx.policy.rules.facts.Symbols;
import java.util.List;

/**
 * 规则编译器：turns validated rules into closures over the slots of one catalogue. Programs and
 * enterprises must share the same {@link Symbols}, which is why the compiler hands out the matching
 * {@link FactEncoder}.
 */
public final class RuleCompiler {
  private final FactCatalogue catalogue;
  private final Symbols symbols;
  private final ConditionCompiler conditions;
  private final BenefitCompiler benefits;
  private final VectorCompiler vectors;

  public RuleCompiler(FactCatalogue catalogue) {
    this.catalogue = catalogue;
    this.symbols = new Symbols();
    this.conditions = new ConditionCompiler(catalogue, symbols);
    this.benefits = new BenefitCompiler(catalogue, conditions);
    this.vectors = new VectorCompiler(catalogue, symbols);
  }

  public CompiledProgram compile(ProgramRules rules) {
    return new CompiledProgram(
        rules,
        conditions.compile(rules.eligibility()),
        benefits.compile(rules.benefit()),
        vectors.compile(rules.eligibility()));
  }

  /**
   * Programs of this compiler compiled together for re-matching blocks of enterprises, leaf tests
   * shared across programs. Compile again when the catalogue of programs changes.
   */
  public ProgramCircuits circuits(List<CompiledProgram> programs) {
    return ProgramCircuits.compile(catalogue, symbols, programs);
  }

  public CompiledCondition compile(Condition condition) {
    return conditions.compile(condition);
  }

  /** The encoder whose symbol ids match this compiler's programs. */
  public FactEncoder encoder() {
    return new FactEncoder(catalogue, symbols);
  }

  public FactCatalogue catalogue() {
    return catalogue;
  }
}

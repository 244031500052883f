package cn.gov.huaian.zjtx.policy.rules;

import cn.gov.huaian.zjtx.policy.rules.assess.Assessment;
import cn.gov.huaian.zjtx.policy.rules.assess.Assessor;
import cn.gov.huaian.zjtx.policy.rules.assess.Opportunities;
import cn.gov.huaian.zjtx.policy.rules.ast.ProgramRules;
import cn.gov.huaian.zjtx.policy.rules.benefit.StackingRules;
import cn.gov.huaian.zjtx.policy.rules.engine.CompiledProgram;
import cn.gov.huaian.zjtx.policy.rules.engine.ProgramCircuits;
import cn.gov.huaian.zjtx.policy.rules.engine.RuleCompiler;
import cn.gov.huaian.zjtx.policy.rules.facts.EncodedFacts;
import cn.gov.huaian.zjtx.policy.rules.facts.FactCatalogue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactEncoder;
import cn.gov.huaian.zjtx.policy.rules.facts.FactSet;
import java.util.List;

/**
 * 规则引擎门面：compile programs once, then evaluate enterprises in bulk (re-match) or one at a time with
 * the full story (assessment, opportunities). One instance per catalogue: compiled programs and
 * encoded facts share its symbol table and are not portable across instances.
 */
public final class RuleEngine {
  private final FactCatalogue catalogue;
  private final RuleCompiler compiler;
  private final FactEncoder encoder;
  private final Assessor assessor;

  public RuleEngine(FactCatalogue catalogue) {
    this.catalogue = catalogue;
    this.compiler = new RuleCompiler(catalogue);
    this.encoder = compiler.encoder();
    this.assessor = new Assessor(catalogue, encoder);
  }

  public FactCatalogue catalogue() {
    return catalogue;
  }

  public CompiledProgram compile(ProgramRules rules) {
    return compiler.compile(rules);
  }

  /**
   * 批量重匹配：all programs compiled together over shared leaf tests, to evaluate blocks of enterprises
   * ({@link cn.gov.huaian.zjtx.policy.rules.facts.FactColumns}) program by program.
   */
  public ProgramCircuits circuits(List<CompiledProgram> programs) {
    return compiler.circuits(programs);
  }

  /** Encode an enterprise once, then evaluate it against every compiled program. */
  public EncodedFacts encode(FactSet facts) {
    return encoder.encode(facts);
  }

  public FactEncoder encoder() {
    return encoder;
  }

  /** The full result for one enterprise and one program: conclusion, trace, amount, gap. */
  public Assessment assess(CompiledProgram program, FactSet facts) {
    return assessor.assess(program, facts);
  }

  /** Changes and missing facts ranked by the money they unlock across all programs. */
  public Opportunities opportunities(
      List<CompiledProgram> programs, FactSet facts, StackingRules stacking) {
    return assessor.opportunities(programs, facts, stacking);
  }
}

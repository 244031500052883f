package cn.gov.huaian.zjtx.policy.catalog;

import cn.gov.huaian.zjtx.platform.problem.Problem;
import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import cn.gov.huaian.zjtx.policy.rules.ast.ProgramRules;
import cn.gov.huaian.zjtx.policy.rules.facts.StandardFacts;
import cn.gov.huaian.zjtx.policy.rules.json.RuleJsonReader;
import cn.gov.huaian.zjtx.policy.rules.validation.RuleError;
import cn.gov.huaian.zjtx.policy.rules.validation.Validated;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.stream.Collectors;

/**
 * 规则读写：rules JSON as stored (the program's code as {@code id}, the version number as {@code
 * version}), validated by the rule engine's reader on every write, so a rule that cannot be
 * evaluated is refused when written: 400 naming the JSON path of each bad node.
 */
@ApplicationScoped
public class RuleBook {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final RuleJsonReader reader = new RuleJsonReader(StandardFacts.catalogue());

  /** The rules to store for a program version; 400 with every error when invalid. */
  public ObjectNode normalise(JsonNode rules, String code, int version, String title) {
    if (rules == null || !rules.isObject()) {
      throw ProblemException.invalid("rules", "资格规则应为 JSON 对象");
    }
    ObjectNode copy = ((ObjectNode) rules).deepCopy();
    copy.put("id", code);
    copy.put("version", version);
    if (!copy.hasNonNull("title")) {
      copy.put("title", title);
    }
    Validated<ProgramRules> read = reader.readProgram(copy);
    if (!read.isValid()) {
      throw invalid(read.errors());
    }
    return copy;
  }

  /** Rules as stored, read back (they were valid when written). */
  public ProgramRules read(String storedJson) {
    return reader.readProgram(storedJson).orElseThrow();
  }

  public Validated<ProgramRules> read(JsonNode json) {
    return reader.readProgram(json);
  }

  public RuleJsonReader reader() {
    return reader;
  }

  /** Equal rules whatever their id and version: what decides whether a new version is needed. */
  public static boolean sameRules(JsonNode a, JsonNode b) {
    return strip(a).equals(strip(b));
  }

  private static JsonNode strip(JsonNode rules) {
    ObjectNode copy = ((ObjectNode) rules).deepCopy();
    copy.remove(List.of("id", "version", "title"));
    return copy;
  }

  public static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (Exception e) {
      throw new IllegalStateException("存储的规则无法解析", e);
    }
  }

  static ProblemException invalid(List<RuleError> errors) {
    List<Problem.Violation> violations =
        errors.stream()
            .map(e -> new Problem.Violation("rules" + e.path().substring(1), e.message()))
            .toList();
    String detail =
        "资格规则校验未通过：" + errors.stream().map(RuleError::toString).collect(Collectors.joining("；"));
    return new ProblemException(400, "invalid-rules", "资格规则不合法", detail, violations);
  }
}

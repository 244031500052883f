package cn.gov.huaian.zjtx.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.huaian.zjtx.policy.rules.ast.Condition;
import cn.gov.huaian.zjtx.policy.rules.ast.ProgramRules;
import cn.gov.huaian.zjtx.policy.rules.facts.StandardFacts;
import cn.gov.huaian.zjtx.policy.rules.json.RuleJsonReader;
import cn.gov.huaian.zjtx.policy.rules.validation.RuleError;
import cn.gov.huaian.zjtx.policy.rules.validation.Validated;
import org.junit.jupiter.api.Test;

/** A rule that cannot be evaluated is refused when written, naming the bad node in Chinese. */
class RuleValidationTest {
  private final RuleJsonReader reader = new RuleJsonReader(StandardFacts.catalogue());

  @Test
  void an_unknown_fact_is_refused_at_the_path_of_its_name() {
    Validated<Condition> read =
        reader.readCondition(
            """
            {"all": [
              {"gte": {"fact": "revenue", "value": 10000000}},
              {"gte": {"fact": "rd_spending", "value": 1000000}},
              {"gte": {"fact": "rd_ratoi", "value": 3}}
            ]}
            """);

    assertThat(read.errors())
        .containsExactly(new RuleError("$.all[2].gte.fact", "未知的事实“rd_ratoi”"));
  }

  @Test
  void ordering_a_text_fact_is_a_type_mismatch() {
    Validated<Condition> read =
        reader.readCondition("{\"gte\": {\"fact\": \"district\", \"value\": 3}}");

    assertThat(read.errors())
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.path()).isEqualTo("$.gte.fact");
              assertThat(error.message()).contains("所在区县", "文本", "只能用 eq 或 ne");
            });
  }

  @Test
  void a_number_fact_compared_with_text_names_the_value() {
    Validated<Condition> read =
        reader.readCondition("{\"gte\": {\"fact\": \"rd_ratio\", \"value\": \"3%\"}}");

    assertThat(read.errors()).containsExactly(new RuleError("$.gte.value", "应为数值"));
  }

  @Test
  void an_unknown_operator_lists_the_ones_that_exist() {
    Validated<Condition> read =
        reader.readCondition(
            "{\"any\": [{\"greaterThan\": {\"fact\": \"revenue\", \"value\": 1}}]}");

    assertThat(read.errors())
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.path()).isEqualTo("$.any[0].greaterThan");
              assertThat(error.message())
                  .startsWith("未知的运算符“greaterThan”")
                  .contains("gte", "containsAny");
            });
  }

  @Test
  void a_misspelt_tier_is_refused_against_the_vocabulary() {
    Validated<Condition> read =
        reader.readCondition("{\"contains\": {\"fact\": \"tiers_held\", \"value\": \"小巨人\"}}");

    assertThat(read.errors())
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.path()).isEqualTo("$.contains.value");
              assertThat(error.message()).contains("“小巨人”不是", "专精特新小巨人");
            });
  }

  @Test
  void every_error_is_reported_in_one_pass() {
    Validated<ProgramRules> read =
        reader.readProgram(
            """
            {"id": "policy.rd-subsidy", "version": 0,
             "eligibility": {"all": [
               {"gte": {"fact": "rd_ratio", "value": 3}, "lte": {"fact": "debt_ratio", "value": 70}},
               {"atLeast": {"k": 3, "of": [{"eq": {"fact": "strategic_emerging", "value": "yes"}}]}},
               {"range": {"fact": "revenue"}}
             ]},
             "benefit": {"percentOf": {"fact": "rd_spending", "percent": 10}}}
            """);

    assertThat(read.isValid()).isFalse();
    assertThat(read.errors())
        .extracting(RuleError::path)
        .containsExactlyInAnyOrder(
            "$.version",
            "$.eligibility.all[0]",
            "$.eligibility.all[1].atLeast.of[0].eq.value",
            "$.eligibility.all[2].range",
            "$.benefit.percentOf.cap");
  }

  @Test
  void a_percentage_benefit_without_a_cap_is_refused() {
    Validated<ProgramRules> read =
        reader.readProgram(
            """
            {"id": "p", "eligibility": {"gte": {"fact": "rd_ratio", "value": 3}},
             "benefit": {"percentOf": {"fact": "rd_spending", "percent": 10}}}
            """);

    assertThat(read.errors())
        .containsExactly(new RuleError("$.benefit.percentOf.cap", "缺少字段“cap”"));
  }

  @Test
  void years_since_needs_a_date_fact_and_a_whole_number() {
    Validated<Condition> read =
        reader.readCondition(
            "{\"any\": [{\"gte\": {\"yearsSince\": \"revenue\", \"value\": 2}},"
                + " {\"gte\": {\"yearsSince\": \"founded_on\", \"value\": 2.5}}]}");

    assertThat(read.errors())
        .extracting(RuleError::path)
        .containsExactly("$.any[0].gte.yearsSince", "$.any[1].gte.value");
  }

  @Test
  void a_score_table_takes_items_or_parts_not_both() {
    String item =
        "{\"label\": \"研发\", \"bands\": [{\"when\": {\"gte\": {\"fact\": \"rd_ratio\", \"value\": 3}}, \"points\": 20}]}";
    Validated<Condition> both =
        reader.readCondition(
            "{\"score\": {\"atLeast\": 10, \"items\": [" + item + "], \"parts\": []}}");
    Validated<Condition> emptyPart =
        reader.readCondition(
            "{\"score\": {\"atLeast\": 10, \"parts\": [{\"label\": \"创新能力\", \"atLeast\": 5, \"items\": []}]}}");
    Validated<Condition> parts =
        reader.readCondition(
            "{\"score\": {\"atLeast\": 10, \"parts\": [{\"label\": \"创新能力\", \"atLeast\": 5, \"items\": ["
                + item
                + "]}, {\"label\": \"成长性\", \"items\": ["
                + item
                + "]}]}}");

    assertThat(both.errors())
        .containsExactly(new RuleError("$.score", "评分表应写 items（评分项）或 parts（分部分的评分项），二者选一"));
    assertThat(emptyPart.errors())
        .containsExactly(new RuleError("$.score.parts[0].items", "应为非空的评分项数组"));
    assertThat(parts.errors()).isEmpty();
    Condition.ScoreAtLeast table = (Condition.ScoreAtLeast) parts.orElseThrow();
    assertThat(table.items()).hasSize(2);
    assertThat(table.parts()).extracting(p -> p.hasMinimum()).containsExactly(true, false);
  }

  @Test
  void a_typo_in_a_field_name_does_not_pass_silently() {
    Validated<Condition> read =
        reader.readCondition("{\"gte\": {\"fact\": \"rd_ratio\", \"vaule\": 3}}");

    assertThat(read.errors())
        .extracting(RuleError::path)
        .containsExactlyInAnyOrder("$.gte.vaule", "$.gte.value");
  }

  @Test
  void text_that_is_not_json_is_refused_with_its_position() {
    Validated<ProgramRules> read = reader.readProgram("{\"id\": ");

    assertThat(read.errors())
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.path()).isEqualTo("$");
              assertThat(error.message()).startsWith("不是合法的 JSON");
            });
  }
}

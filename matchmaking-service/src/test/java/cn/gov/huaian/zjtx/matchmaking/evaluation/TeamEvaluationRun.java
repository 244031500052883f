package cn.gov.huaian.zjtx.matchmaking.evaluation;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The team evaluation command as a Maven run (needs a running instance with the collection loaded
 * by {@link JudgedEvaluationRun}): see docs/evaluation/matchmaking.md.
 */
@Tag("servers")
@EnabledIfSystemProperty(named = "zjtx.evaluation.teams", matches = "test|dev|all")
class TeamEvaluationRun {
  @Test
  void printTable() throws Exception {
    TeamEvaluation.main(new String[0]);
  }
}

package cn.gov.huaian.zjtx.matchmaking.evaluation;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The evaluation command as a Maven run (not part of the normal test run; needs a running instance,
 * hence the {@code servers} tag): see docs/evaluation/matchmaking.md. Plain JUnit: it talks to the
 * running instance over HTTP only.
 */
@Tag("servers")
@EnabledIfSystemProperty(named = "zjtx.evaluation.split", matches = "test|dev|all")
class JudgedEvaluationRun {
  @Test
  void printTable() throws Exception {
    new JudgedEvaluation(
            System.getProperty("zjtx.evaluation.url", "http://127.0.0.1:28080"),
            System.getProperty("zjtx.evaluation.keycloak", "http://127.0.0.1:8180"),
            System.getProperty("zjtx.evaluation.user", "admin-demo"),
            System.getProperty("zjtx.evaluation.password", "Demo@2025"))
        .run(
            System.getProperty("zjtx.evaluation.split"),
            Path.of(System.getProperty("zjtx.evaluation.out", "target/evaluation")),
            System.out);
  }
}

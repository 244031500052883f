package cn.gov.huaian.zjtx.matchmaking.vicepresidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The 科技副总 evaluation command: prints {@link VpEvaluation}'s table. Its name does not end in Test,
 * so the ordinary build never runs it (it measures, it checks nothing the build must hold); run it
 * with {@code -Dtest=VpEvaluationRun}. No server.
 */
class VpEvaluationRun {
  @Test
  void printTable() throws Exception {
    var out = new ByteArrayOutputStream();
    var figures = VpEvaluation.run(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.out.println(out.toString(StandardCharsets.UTF_8));
    assertThat(figures).containsKeys("consultancy.ndcg3", "full.ndcg3");
  }
}

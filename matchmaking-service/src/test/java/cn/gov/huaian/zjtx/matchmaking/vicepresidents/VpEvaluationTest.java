package cn.gov.huaian.zjtx.matchmaking.vicepresidents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The 科技副总 judged set is whole (every grade names a post and an applicant that exist, with a
 * written reason; every post has at least six judged applicants and at least one judged 0). The
 * evaluation command that prints its table is {@link VpEvaluationRun}.
 */
class VpEvaluationTest {

  @Test
  void theJudgedSetIsWhole() throws Exception {
    Set<String> posts = new HashSet<>(VpEvaluation.posts().keySet());
    Set<String> applicants = new HashSet<>(VpEvaluation.applicants().keySet());
    var perPost = new java.util.HashMap<String, Integer>();
    var zeros = new HashSet<String>();
    for (JsonNode g : VpEvaluation.read("grades.jsonl")) {
      assertThat(posts).contains(g.get("post").asText());
      assertThat(applicants).contains(g.get("applicant").asText());
      assertThat(g.get("grade").asInt()).isBetween(0, 3);
      assertThat(g.get("reason").asText()).as("every grade has its reason").hasSizeGreaterThan(5);
      perPost.merge(g.get("post").asText(), 1, Integer::sum);
      if (g.get("grade").asInt() == 0) {
        zeros.add(g.get("post").asText());
      }
    }
    assertThat(perPost.keySet()).isEqualTo(posts);
    assertThat(perPost.values()).allMatch(n -> n >= 6);
    assertThat(zeros).as("a trap for every post").isEqualTo(posts);
  }
}

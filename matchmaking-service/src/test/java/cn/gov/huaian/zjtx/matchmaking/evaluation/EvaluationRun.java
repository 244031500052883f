package cn.gov.huaian.zjtx.matchmaking.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.huaian.zjtx.matchmaking.ranking.Weights;
import cn.gov.huaian.zjtx.matchmaking.search.SearchConfig;
import cn.gov.huaian.zjtx.matchmaking.search.SearchIndex;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The evaluation command (not part of the normal test run): {@code ./mvnw -B -q test -pl
 * matchmaking-service -Dtest=EvaluationRun -Dzjtx.evaluation=true}. Indexes the 2,400 labelled
 * experts into {@code eval-zjtx-mm-*} indices and prints the table.
 */
@QuarkusTest
@Tag("servers")
@EnabledIfSystemProperty(named = "zjtx.evaluation", matches = "true")
class EvaluationRun {
  private static final Logger LOG = Logger.getLogger(EvaluationRun.class);
  @Inject ElasticsearchClient es;
  @Inject SearchConfig config;

  @Test
  void printMetrics() throws Exception {
    SearchConfig eval =
        new SearchConfig() {
          @Override
          public String indexPrefix() {
            return "eval-zjtx-mm-";
          }

          @Override
          public boolean jobEnabled() {
            return false;
          }

          @Override
          public int batchSize() {
            return 100;
          }

          @Override
          public int candidates() {
            return 100;
          }

          @Override
          public int numCandidates() {
            return config.numCandidates();
          }
        };
    var vectors = new VectorCache(Path.of("target/evaluation-cache/bge-small-zh.bin"));
    var evaluation = new Evaluation(new SearchIndex(es, eval), vectors);
    Dataset d = Dataset.load("/evaluation");
    long t0 = System.currentTimeMillis();
    evaluation.indexExperts(d);
    LOG.infof(
        "已索引 %d 位专家（新算向量 %d 个），用时 %d ms",
        d.experts().size(), vectors.computed(), System.currentTimeMillis() - t0);
    var rows = evaluation.run(d, Weights.DEFAULT);
    vectors.save();
    String table = Evaluation.table(rows);
    LOG.info("\n评测结果（" + d.needs().size() + " 条需求，" + d.experts().size() + " 位专家）：\n" + table);
    System.out.println(table);
    assertThat(rows).hasSize(5);
  }
}

package cn.gov.huaian.zjtx.matchmaking.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.huaian.zjtx.matchmaking.support.Db;
import cn.gov.huaian.zjtx.matchmaking.support.DemoIds;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The candidates' rows as the ranking reads them from the real PostgreSQL. */
@QuarkusTest
@Tag("servers")
class CandidateRowsTest {
  @Inject CandidateRows rows;

  @Test
  void aStoredVectorIsReadAsStored() {
    Db.clean();
    Db.demoUniversityAndExpert();
    Db.execute(
        "update expert set embedding = '{0.125,-1.5,3.0e-7,42}' where id = ?1",
        DemoIds.EXPERT_DEMO);

    var read = rows.experts(List.of(DemoIds.EXPERT_DEMO));

    assertThat(read)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.vector()).containsExactly(0.125f, -1.5f, 3.0e-7f, 42f);
              assertThat(e.text()).contains("数控机床主轴热误差");
            });
  }
}

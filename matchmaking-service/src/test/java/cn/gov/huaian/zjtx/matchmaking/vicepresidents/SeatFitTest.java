package cn.gov.huaian.zjtx.matchmaking.vicepresidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The parts of a 科技副总 fit and the reasons an administrator reads, without Quarkus. */
class SeatFitTest {

  @Test
  void scoreIsMeaningPlusWeightedDisciplinesAndCluster() {
    var fit = new SeatFit(0.5, 0.6, List.of("E0509 机械制造工艺与装备"), "智能装备及新能源");
    assertThat(fit.score()).isEqualTo(0.91);
    assertThat(new SeatFit(0.5, 0, List.of(), null).score()).isEqualTo(0.5);
  }

  @Test
  void reasonsNameTheSharedDisciplinesTheClusterAndEachFigure() {
    var reasons = new SeatFit(0.4321, 1.0, List.of("E0509 机械制造工艺与装备"), "智能装备及新能源").reasons();
    assertThat(reasons)
        .containsExactly(
            "学科吻合度 1.00（E0509 机械制造工艺与装备），计 0.35 分",
            "服务同一产业集群“智能装备及新能源”，计 0.20 分",
            "岗位说明与研究方向的语义相似度 0.43，计 0.43 分");
  }

  @Test
  void withoutSharedDisciplinesTheReasonsSaySoAndLeaveOutTheCluster() {
    var reasons = new SeatFit(-0.1, 0, List.of(), null).reasons();
    assertThat(reasons).containsExactly("学科代码与岗位要求无交集", "岗位说明与研究方向的语义相似度 0.00，计 0.00 分");
    assertThat(new SeatFit(-0.1, 0, List.of(), null).score()).isZero();
  }
}

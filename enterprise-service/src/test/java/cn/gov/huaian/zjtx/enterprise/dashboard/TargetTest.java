package cn.gov.huaian.zjtx.enterprise.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TargetTest {
  @Test
  void ratioAndMetFollowTheComparison() {
    var atLeast =
        PlanTargets.t("x", "x", "家", Target.Comparison.AT_LEAST, "26", "")
            .evaluate(new BigDecimal("13"));
    assertThat(atLeast.ratio()).isEqualByComparingTo("0.5");
    assertThat(atLeast.met()).isFalse();
    var moreThan =
        PlanTargets.t("x", "x", "比例", Target.Comparison.MORE_THAN, "0.04", "")
            .evaluate(new BigDecimal("0.04"));
    assertThat(moreThan.met()).isFalse();
    var atMost =
        PlanTargets.t("x", "x", "家/名", Target.Comparison.AT_MOST, "2", "")
            .evaluate(new BigDecimal("1.5"));
    assertThat(atMost.met()).isTrue();
    var unknown =
        PlanTargets.t("x", "x", "比例", Target.Comparison.AT_MOST, "0.01", "").evaluate(null);
    assertThat(unknown.met()).isNull();
    assertThat(unknown.ratio()).isNull();
  }

  @Test
  void everyTargetOfThePlanIsThere() {
    assertThat(PlanTargets.ALL).hasSize(20);
    assertThat(PlanTargets.ALL).extracting(Target::key).doesNotHaveDuplicates();
  }
}

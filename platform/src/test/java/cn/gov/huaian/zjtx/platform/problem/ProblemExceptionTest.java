package cn.gov.huaian.zjtx.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The factory methods answer with their status and stable type (forbidden once recursed forever).
 */
class ProblemExceptionTest {
  @Test
  void forbiddenIs403() {
    var e = ProblemException.forbidden("只能查看本企业的需求");
    assertThat(e.status()).isEqualTo(403);
    assertThat(e.slug()).isEqualTo("forbidden");
    assertThat(e.getMessage()).isEqualTo("只能查看本企业的需求");
  }

  @Test
  void notFoundIs404() {
    assertThat(ProblemException.notFound("技术需求").status()).isEqualTo(404);
  }
}

package cn.gov.huaian.zjtx.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.huaian.zjtx.platform.problem.Problem;
import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import cn.gov.huaian.zjtx.platform.validation.Violations;
import cn.gov.huaian.zjtx.platform.web.ETags;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The shared problem factories and helpers answer with the statuses and slugs the catalogue names.
 */
class ProblemExceptionTest {
  @Test
  void factoriesCarryStatusSlugAndChineseTitle() {
    assertThat(ProblemException.forbidden("x"))
        .extracting(ProblemException::status, ProblemException::slug, ProblemException::title)
        .containsExactly(403, "forbidden", "无权访问");
    assertThat(ProblemException.notFound("企业").getMessage()).isEqualTo("企业不存在或无权访问");
    assertThat(ProblemException.conflict("duplicate-bid", "d").status()).isEqualTo(409);
    assertThat(ProblemException.preconditionFailed("d").slug()).isEqualTo("stale-write");
  }

  @Test
  void violationsFailOnceWithEveryField() {
    var v = new Violations();
    v.requiredText("name", "名称", " ", 10);
    v.optionalText("note", "备注", "a\u0000b", 10);
    v.requiredText("code", "代码", "ab", 3, 10);
    ProblemException e = Assertions.catchThrowableOfType(ProblemException.class, v::throwIfAny);
    assertThat(e.status()).isEqualTo(400);
    assertThat(e.violations())
        .extracting(Problem.Violation::field)
        .containsExactly("name", "note", "code");
  }

  @Test
  void ifMatchIsRequiredAndMustNameTheCurrentVersion() {
    assertThat(
            Assertions.catchThrowableOfType(ProblemException.class, () -> ETags.required(null))
                .status())
        .isEqualTo(428);
    assertThat(ETags.required("W/\"7\"")).isEqualTo(7);
    assertThat(
            Assertions.catchThrowableOfType(ProblemException.class, () -> ETags.check("\"6\"", 7))
                .status())
        .isEqualTo(412);
    assertThat(ETags.matches("\"3\", \"7\"", 7)).isTrue();
    assertThat(List.of(ETags.of(7))).containsExactly("\"7\"");
  }
}

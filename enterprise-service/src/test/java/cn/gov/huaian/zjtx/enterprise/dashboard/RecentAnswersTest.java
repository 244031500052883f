package cn.gov.huaian.zjtx.enterprise.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The dashboard's reuse of answers, on a clock the test moves and a same-thread executor. */
class RecentAnswersTest {
  private final AtomicLong nanos = new AtomicLong();
  private final AtomicInteger computations = new AtomicInteger();
  // Work handed to the background runs at once, unless held (to see what a reader gets meanwhile).
  private final List<Runnable> held = new ArrayList<>();
  private boolean hold;

  private RecentAnswers<String> answers(Duration freshFor) {
    Executor background =
        task -> {
          if (hold) {
            held.add(task);
          } else {
            task.run();
          }
        };
    return new RecentAnswers<>(
        q -> q + "#" + computations.incrementAndGet(), freshFor, background, nanos::get);
  }

  @Test
  void aFreshAnswerIsReusedAndEachQuestionHasItsOwn() {
    var recent = answers(Duration.ofMinutes(1));
    assertThat((String) recent.answer("淮安市")).isEqualTo("淮安市#1");
    nanos.addAndGet(Duration.ofSeconds(59).toNanos());
    assertThat((String) recent.answer("淮安市")).isEqualTo("淮安市#1");
    assertThat((String) recent.answer("金湖县")).isEqualTo("金湖县#2");
    assertThat(computations).hasValue(2);
  }

  @Test
  void aStaleAnswerIsServedOnceWhileItIsRecomputed() {
    var recent = answers(Duration.ofMinutes(1));
    recent.answer("淮安市");
    nanos.addAndGet(Duration.ofSeconds(61).toNanos());
    hold = true;
    assertThat((String) recent.answer("淮安市")).as("the reader does not wait").isEqualTo("淮安市#1");
    assertThat((String) recent.answer("淮安市")).isEqualTo("淮安市#1");
    assertThat(computations).as("the recomputation waits in the background").hasValue(1);
    hold = false;
    List.copyOf(held).forEach(Runnable::run);
    assertThat((String) recent.answer("淮安市")).isEqualTo("淮安市#2");
    assertThat(computations).hasValue(2);
  }

  @Test
  void withoutFreshnessEveryAnswerIsComputedAnew() {
    var recent = answers(Duration.ZERO);
    recent.answer("淮安市");
    recent.answer("淮安市");
    assertThat(computations).hasValue(2);
  }

  @Test
  void aFailedComputationIsNotKeptAndItsCauseReachesTheCaller() {
    AtomicInteger calls = new AtomicInteger();
    var recent =
        new RecentAnswers<String>(
            q -> {
              if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("数据库暂不可用");
              }
              return "ok";
            },
            Duration.ofMinutes(1),
            Runnable::run,
            nanos::get);
    assertThatThrownBy(() -> recent.answer("淮安市"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("数据库暂不可用");
    assertThat((String) recent.answer("淮安市")).isEqualTo("ok");
  }
}

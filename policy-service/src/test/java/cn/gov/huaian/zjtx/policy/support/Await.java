package cn.gov.huaian.zjtx.policy.support;

import java.time.Duration;
import java.util.function.Supplier;

/** Waits for something the asynchronous parts (consumer, jobs) will do. */
public final class Await {
  private Await() {}

  public static <T> T until(
      Supplier<T> probe, java.util.function.Predicate<T> done, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    T value = probe.get();
    while (!done.test(value)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("等待超时，最后的值：" + value);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
      value = probe.get();
    }
    return value;
  }

  public static <T> T until(Supplier<T> probe, java.util.function.Predicate<T> done) {
    return until(probe, done, Duration.ofSeconds(30));
  }
}

package cn.gov.huaian.zjtx.enterprise.dashboard;

import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * The dashboard's answers, computed at most once per {@code freshFor} for each question. At 100,000
 * firms one answer scans the registry and a year of figures (0.5–1.5 s on two cores), while the
 * city's dashboard is read often and changes slowly. A reader gets the last answer at once; an
 * answer older than {@code freshFor} is recomputed in the background (Caffeine's
 * refresh-after-write: one recomputation at a time per question, readers never wait for it). Only
 * the first reader of a question waits, and concurrent first readers share one computation. A
 * {@code freshFor} of zero computes every answer anew (the tests, which check exact figures right
 * after a change).
 *
 * @param <K> the question (which view, which district)
 */
final class RecentAnswers<K> {
  private final Function<K, Object> compute;
  private final AsyncLoadingCache<K, Object> cache;

  RecentAnswers(Function<K, Object> compute, Duration freshFor, Executor executor, Ticker ticker) {
    this.compute = compute;
    this.cache =
        freshFor.isZero()
            ? null
            : Caffeine.newBuilder()
                .refreshAfterWrite(freshFor)
                // An answer nobody asked for in a day is dropped rather than kept fresh forever.
                .expireAfterAccess(Duration.ofDays(1))
                .maximumSize(1_000)
                .executor(executor)
                .ticker(ticker)
                .buildAsync((K key) -> compute.apply(key));
  }

  /** The answer to {@code question}: the recent one, or computed now when there is none yet. */
  @SuppressWarnings("unchecked")
  <T> T answer(K question) {
    if (cache == null) {
      return (T) compute.apply(question);
    }
    try {
      return (T) cache.get(question).join();
    } catch (CompletionException e) {
      // A failed computation is not kept: the next reader tries again. Its cause (e.g. the
      // database away) reaches the caller as it would without the cache.
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }
}

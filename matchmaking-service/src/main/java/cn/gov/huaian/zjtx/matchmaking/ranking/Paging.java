package cn.gov.huaian.zjtx.matchmaking.ranking;

import java.util.function.IntFunction;

/**
 * How deep the retrievals go for one page of a ranking, and whether a next page exists. A page
 * starting after result n asks each retrieval for at least n + size candidates; when some of those
 * rank above the cursor (they were not among the candidates of an earlier page) the page can come
 * out short, and then the retrievals go deeper (doubling, up to the results limit) rather than end
 * the ranking early. Plain Java.
 */
public final class Paging {
  private Paging() {}

  /**
   * One try at a depth: the page it gave, and whether a retrieval returned all it was asked for (so
   * going deeper could find more).
   *
   * @param <R> what the caller keeps of the try (its rankings)
   */
  public record Attempt<R>(R rankings, Reranker.Page page, boolean saturated) {}

  /**
   * The page of {@code take} results, retrieving deeper from {@code depth} up to {@code max}. A
   * page after the first ({@code exact}) also goes deeper while its last result scores no higher
   * than what a document the retrievals did not return could score, so that no such document is
   * passed over for good by the cursor. A first page is ranked from {@code depth} candidates as
   * always (its top results are well above that bound in practice).
   */
  public static <R> Attempt<R> fetch(
      int depth, int max, int take, boolean exact, IntFunction<Attempt<R>> at) {
    for (int d = Math.min(depth, max); ; d = Math.min(max, d * 2)) {
      Attempt<R> a = at.apply(d);
      var items = a.page().items();
      boolean uncertain =
          exact && !items.isEmpty() && items.getLast().score() <= a.page().unseenBound();
      if (!a.saturated() || d >= max || items.size() >= take && !uncertain) {
        return a;
      }
    }
  }

  /**
   * Whether a page after this one can exist: this one is full, the results limit is not reached,
   * and the ranking has more, or the retrievals could go deeper.
   */
  public static boolean hasNext(Attempt<?> a, int served, int take, int max) {
    return take > 0
        && a.page().items().size() == take
        && served + take < max
        && (a.page().more() || a.saturated());
  }
}

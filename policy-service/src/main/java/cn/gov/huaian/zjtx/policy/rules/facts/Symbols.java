package cn.gov.huaian.zjtx.policy.rules.facts;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Interns text values to small integers, so the compiled engine compares texts as numbers and tests
 * set membership with a bit. Thread-safe: enterprises are encoded by parallel workers.
 */
public final class Symbols {
  private final ConcurrentHashMap<String, Integer> ids = new ConcurrentHashMap<>();
  private final AtomicInteger next = new AtomicInteger();

  public int idOf(String text) {
    return ids.computeIfAbsent(text, ignored -> next.getAndIncrement());
  }

  /** A set of texts as a bit set over their ids. */
  public long[] bitsOf(Iterable<String> texts) {
    int max = -1;
    for (String text : texts) {
      max = Math.max(max, idOf(text));
    }
    long[] bits = new long[(max >> 6) + 1];
    for (String text : texts) {
      int id = idOf(text);
      bits[id >> 6] |= 1L << id;
    }
    return bits;
  }

  public static boolean contains(long[] bits, int id) {
    int word = id >> 6;
    return word < bits.length && (bits[word] & (1L << id)) != 0;
  }

  public static boolean intersects(long[] bits, long[] wanted) {
    int words = Math.min(bits.length, wanted.length);
    for (int i = 0; i < words; i++) {
      if ((bits[i] & wanted[i]) != 0) {
        return true;
      }
    }
    return false;
  }

  public static boolean containsAll(long[] bits, long[] wanted) {
    for (int i = 0; i < wanted.length; i++) {
      long have = i < bits.length ? bits[i] : 0L;
      if ((have & wanted[i]) != wanted[i]) {
        return false;
      }
    }
    return true;
  }
}

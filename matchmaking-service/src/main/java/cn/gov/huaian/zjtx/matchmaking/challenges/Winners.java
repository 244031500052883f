package cn.gov.huaian.zjtx.matchmaking.challenges;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Who wins a challenge: the {@code places} best-scored bids; a bid tied with the last place wins
 * too (a tie is not broken by submission order), and a bid under the pass mark never wins.
 */
public final class Winners {
  /** A scored bid. */
  public record Scored(UUID bid, BigDecimal score) {}

  private Winners() {}

  public static List<UUID> pick(List<Scored> bids, int places, BigDecimal passMark) {
    var eligible =
        bids.stream()
            .filter(b -> b.score() != null && b.score().compareTo(passMark) >= 0)
            .sorted(Comparator.comparing(Scored::score).reversed())
            .toList();
    if (eligible.isEmpty() || places <= 0) {
      return List.of();
    }
    BigDecimal cut = eligible.get(Math.min(places, eligible.size()) - 1).score();
    return eligible.stream().filter(b -> b.score().compareTo(cut) >= 0).map(Scored::bid).toList();
  }
}

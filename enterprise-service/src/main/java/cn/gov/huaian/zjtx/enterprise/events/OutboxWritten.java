package cn.gov.huaian.zjtx.enterprise.events;

/**
 * Fired inside the transaction that wrote events into the outbox; the relay observes it after the
 * commit and publishes at once rather than at its next scheduled round.
 */
public record OutboxWritten() {
  static final OutboxWritten INSTANCE = new OutboxWritten();
}

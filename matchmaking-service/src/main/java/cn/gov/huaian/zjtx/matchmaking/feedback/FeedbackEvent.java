package cn.gov.huaian.zjtx.matchmaking.feedback;

/**
 * What happened to a match, in the order it can happen. {@link #label()} is what the event says
 * about the match's quality: +1 the firm and the expert went ahead, −1 it did not work out, 0 no
 * verdict yet (an interest is the expert's side only).
 */
public enum FeedbackEvent {
  INTEREST(0),
  ACCEPTED(1),
  DECLINED(-1),
  SIGNED(1),
  FINISHED(1),
  FAILED(-1);

  private final int label;

  FeedbackEvent(int label) {
    this.label = label;
  }

  public int label() {
    return label;
  }
}

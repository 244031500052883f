package cn.gov.huaian.zjtx.policy.catalog;

import java.time.LocalDate;

/**
 * 申报期：the first and last day a program takes applications, either bound may be unknown (a window
 * stated only in words, an admin who set only a deadline). Applications are refused before the
 * opening and after the close; the enterprise sees which of the three it is.
 */
public record ApplicationPeriod(LocalDate opensOn, LocalDate closesOn) {

  /** Where a day falls in the period. */
  public enum State {
    NOT_OPEN("未开始"),
    OPEN("申报中"),
    CLOSED("已截止");

    public final String label;

    State(String label) {
      this.label = label;
    }
  }

  public ApplicationPeriod {
    if (opensOn != null && closesOn != null && opensOn.isAfter(closesOn)) {
      throw new IllegalArgumentException("申报开始日 " + opensOn + " 晚于截止日 " + closesOn);
    }
  }

  public State stateOn(LocalDate day) {
    if (opensOn != null && day.isBefore(opensOn)) {
      return State.NOT_OPEN;
    }
    if (closesOn != null && day.isAfter(closesOn)) {
      return State.CLOSED;
    }
    return State.OPEN;
  }

  /** Whether either bound is known; a period with neither says nothing. */
  public boolean dated() {
    return opensOn != null || closesOn != null;
  }

  /** "2026-04-25 至 2026-05-25", "至 2026-05-25 截止", "2026-04-25 起". */
  public String text() {
    if (opensOn != null && closesOn != null) {
      return opensOn + " 至 " + closesOn;
    }
    if (closesOn != null) {
      return "至 " + closesOn + " 截止";
    }
    return opensOn == null ? "" : opensOn + " 起";
  }
}

package cn.gov.huaian.zjtx.policy.catalog;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 申报期 as the enterprise sees it on a day: the dates and whether it is open. */
public record ApplicationPeriodView(
    @Schema(description = "申报开始日（空为未规定） / first day") LocalDate opensOn,
    @Schema(description = "申报截止日（空为未规定） / last day") LocalDate closesOn,
    @Schema(description = "NOT_OPEN 未开始 / OPEN 申报中 / CLOSED 已截止") String state,
    String stateLabel,
    @Schema(description = "如“2026-04-25 至 2026-05-25” / the period in words") String text) {

  /** The period on {@code day}, or null when neither bound is known (the window is words only). */
  public static ApplicationPeriodView of(ApplicationPeriod period, LocalDate day) {
    if (!period.dated()) {
      return null;
    }
    ApplicationPeriod.State state = period.stateOn(day);
    return new ApplicationPeriodView(
        period.opensOn(), period.closesOn(), state.name(), state.label, period.text());
  }
}

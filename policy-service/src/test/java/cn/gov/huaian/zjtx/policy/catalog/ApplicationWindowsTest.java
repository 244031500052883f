package cn.gov.huaian.zjtx.policy.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** 申报批次 (EXTENSIONS.md §4.9): which batch's close is the deadline on a given day. */
class ApplicationWindowsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode twoBatches() throws Exception {
    return JSON.readTree(
        """
        {"window": "每年两批", "batches": [
          {"label": "第二批", "opensOn": "2026-09-01", "closesOn": "2026-09-30"},
          {"label": "第一批", "opensOn": "2026-04-25", "closesOn": "2026-05-25"}]}
        """);
  }

  @Test
  void theOpenBatchClosesFirstThenTheNextThenTheLastStaysAsTheDeadline() throws Exception {
    ApplicationWindows windows = ApplicationWindows.of(twoBatches());
    assertThat(deadlineOn(windows, day("2026-03-01"))).contains(day("2026-05-25"));
    assertThat(deadlineOn(windows, day("2026-05-25"))).contains(day("2026-05-25"));
    assertThat(deadlineOn(windows, day("2026-05-26"))).contains(day("2026-09-30"));
    // after the last batch the deadline stays the last close: applications are refused with it
    assertThat(deadlineOn(windows, day("2026-12-04"))).contains(day("2026-09-30"));
  }

  @Test
  void aWindowStatedOnlyInWordsHasNoDeadline() throws Exception {
    JsonNode words = JSON.readTree("{\"window\": \"以当年通知为准\"}");
    assertThat(deadlineOn(ApplicationWindows.of(words), day("2026-12-04"))).isEmpty();
  }

  @Test
  void theDeadlineNeverOutlivesTheProgram() throws Exception {
    assertThat(CatalogueFile.period(twoBatches(), day("2026-06-30"), day("2026-06-01")))
        .as("the batch opening after the program ends opens nothing")
        .isEqualTo(new ApplicationPeriod(null, day("2026-06-30")));
    assertThat(CatalogueFile.period(twoBatches(), null, day("2026-06-01")))
        .isEqualTo(new ApplicationPeriod(day("2026-09-01"), day("2026-09-30")));
  }

  @Test
  void theNextBatchIsNotOpenUntilItsFirstDay() throws Exception {
    ApplicationPeriod next = CatalogueFile.period(twoBatches(), null, day("2026-06-01"));
    assertThat(next.stateOn(day("2026-06-01"))).isEqualTo(ApplicationPeriod.State.NOT_OPEN);
    assertThat(next.stateOn(day("2026-09-01"))).isEqualTo(ApplicationPeriod.State.OPEN);
    assertThat(next.stateOn(day("2026-09-30"))).isEqualTo(ApplicationPeriod.State.OPEN);
    assertThat(next.stateOn(day("2026-10-01"))).isEqualTo(ApplicationPeriod.State.CLOSED);
    assertThat(next.text()).isEqualTo("2026-09-01 至 2026-09-30");
  }

  @Test
  void aPeriodWithOneBoundIsOpenOnTheOtherSide() {
    ApplicationPeriod deadlineOnly = new ApplicationPeriod(null, day("2026-05-25"));
    assertThat(deadlineOnly.stateOn(day("2020-01-01"))).isEqualTo(ApplicationPeriod.State.OPEN);
    assertThat(deadlineOnly.text()).isEqualTo("至 2026-05-25 截止");
    ApplicationPeriod openingOnly = new ApplicationPeriod(day("2027-01-01"), null);
    assertThat(openingOnly.stateOn(day("2026-12-31"))).isEqualTo(ApplicationPeriod.State.NOT_OPEN);
    assertThat(openingOnly.stateOn(day("2099-01-01"))).isEqualTo(ApplicationPeriod.State.OPEN);
    assertThat(new ApplicationPeriod(null, null).dated()).isFalse();
    assertThat(ApplicationPeriodView.of(new ApplicationPeriod(null, null), day("2026-12-04")))
        .isNull();
    assertThat(ApplicationPeriodView.of(openingOnly, day("2026-12-04")).stateLabel())
        .isEqualTo("未开始");
  }

  private static java.util.Optional<LocalDate> deadlineOn(
      ApplicationWindows windows, LocalDate day) {
    return windows.batchOn(day).map(ApplicationWindows.Batch::closesOn);
  }

  private static LocalDate day(String text) {
    return LocalDate.parse(text);
  }
}

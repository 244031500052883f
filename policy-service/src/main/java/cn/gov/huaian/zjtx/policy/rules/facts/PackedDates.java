package cn.gov.huaian.zjtx.policy.rules.facts;

import java.time.LocalDate;

/**
 * Dates packed as yyyymmdd integers, so the compiled engine counts whole years with one subtraction
 * and one division instead of building {@link java.time.Period}s per pair.
 */
public final class PackedDates {
  private PackedDates() {}

  public static int pack(LocalDate date) {
    return date.getYear() * 10_000 + date.getMonthValue() * 100 + date.getDayOfMonth();
  }

  public static LocalDate unpack(int packed) {
    return LocalDate.of(packed / 10_000, packed / 100 % 100, packed % 100);
  }

  /**
   * Whole years from {@code from} to {@code to}, as a person counts an age: the same result as
   * {@code ChronoUnit.YEARS.between(from, to)}, truncated towards zero.
   */
  public static int fullYears(int from, int to) {
    return (to - from) / 10_000;
  }

  /** Calendar years from {@code from} to {@code to}: 0 within one year, 1 for the year after. */
  public static int calendarYears(int from, int to) {
    return to / 10_000 - from / 10_000;
  }

  /** {@link #calendarYears} when {@code calendar}, otherwise {@link #fullYears}. */
  public static int years(boolean calendar, int from, int to) {
    return calendar ? calendarYears(from, to) : fullYears(from, to);
  }
}

package nl.amsterdam.inclusion.form;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as a Dutch user writes them, day first: {@code 15-12-2026}, {@code 5-1-2027}, {@code 15/12/2026}. A date that
 * does not exist ({@code 31-02-2027}, month 13) is no date: it is refused, not rolled over into the next month.
 */
public final class DutchDates {

  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})");

  private DutchDates() {
  }

  public static Optional<LocalDate> parse(String text) {
    Matcher date = DAY_MONTH_YEAR.matcher(text.trim());
    if (!date.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(date.group(4)), Integer.parseInt(date.group(3)),
          Integer.parseInt(date.group(1))));
    } catch (DateTimeException noSuchDate) {
      return Optional.empty();
    }
  }
}

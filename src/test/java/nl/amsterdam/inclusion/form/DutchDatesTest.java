package nl.amsterdam.inclusion.form;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class DutchDatesTest {

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource({"15-12-2026,2026-12-15", "5-1-2027,2027-01-05", "15/12/2026,2026-12-15", "15.12.2026,2026-12-15",
      "29-02-2028,2028-02-29", "' 01-03-2027 ',2027-03-01"})
  void readsTheDayFirst(String typed, LocalDate date) {
    assertThat(DutchDates.parse(typed)).contains(date);
  }

  @ParameterizedTest(name = "\"{0}\" is no date")
  @ValueSource(strings = {"31-02-2027", "29-02-2027", "32-01-2027", "15-13-2026", "0-1-2027", "12/15/2026",
      "2026-12-15", "15-12-26", "15-12/2026", "15 december 2026", ""})
  void refusesADateThatDoesNotExistInsteadOfRollingItOver(String typed) {
    assertThat(DutchDates.parse(typed)).isEmpty();
  }
}

package nl.amsterdam.inclusion.learning;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingDaysTest {

  @ParameterizedTest(name = "{0} + {1} werkdagen = {2}")
  @CsvSource({
      "2026-11-23, 10, 2026-12-07", // Monday -> Monday two weeks later
      "2026-11-27, 1, 2026-11-30",  // Friday -> Monday
      "2026-11-28, 1, 2026-11-30",  // Saturday -> Monday
      "2026-11-25, 3, 2026-11-30",  // Wednesday -> Monday
      "2026-11-23, 0, 2026-11-23"})
  void skipsWeekends(String start, int days, String expected) {
    assertThat(WorkingDays.addWorkingDays(LocalDate.parse(start), days)).isEqualTo(LocalDate.parse(expected));
  }
}

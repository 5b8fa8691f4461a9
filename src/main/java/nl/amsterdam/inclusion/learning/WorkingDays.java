package nl.amsterdam.inclusion.learning;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;

import nl.amsterdam.inclusion.engine.CityTime;
import org.springframework.stereotype.Component;

/** Due dates in working days (Monday to Friday), for {@code timeDate} expressions. */
@Component("workingDays")
public class WorkingDays {

  /** The moment {@code days} working days from now (engine time), at the same time of day. */
  public Date after(int days) {
    LocalDateTime now = LocalDateTime.ofInstant(CityTime.instant(), CityTime.ZONE);
    return Date.from(now.with(addWorkingDays(now.toLocalDate(), days)).atZone(CityTime.ZONE).toInstant());
  }

  static LocalDate addWorkingDays(LocalDate start, int days) {
    LocalDate date = start;
    int added = 0;
    while (added < days) {
      date = date.plusDays(1);
      if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
        added++;
      }
    }
    return date;
  }
}

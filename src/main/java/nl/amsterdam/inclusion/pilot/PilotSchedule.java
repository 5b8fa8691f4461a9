package nl.amsterdam.inclusion.pilot;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;

import nl.amsterdam.inclusion.engine.CityTime;
import org.springframework.stereotype.Component;

/** Timer dates of the pilot, for {@code timeDate} expressions in the models. */
@Component("pilotSchedule")
public class PilotSchedule {

  private static final LocalTime REMINDER_TIME = LocalTime.of(9, 0);
  private static final LocalTime DEADLINE_TIME = LocalTime.of(23, 59);

  /** 09:00 two days before the session; a session planned sooner gets its reminder at once. */
  public Date reminderBefore(String sessionDate) {
    return CityTime.at(LocalDate.parse(sessionDate).minusDays(2), REMINDER_TIME);
  }

  /** Registration closes at the end of the deadline day. */
  public Date endOf(String date) {
    return CityTime.at(LocalDate.parse(date), DEADLINE_TIME);
  }
}

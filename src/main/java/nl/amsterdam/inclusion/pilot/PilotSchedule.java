package nl.amsterdam.inclusion.pilot;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;

import org.springframework.stereotype.Component;

/** Timer dates of the pilot, for {@code timeDate} expressions in the models. */
@Component("pilotSchedule")
public class PilotSchedule {

  static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private static final LocalTime REMINDER_TIME = LocalTime.of(9, 0);
  private static final LocalTime DEADLINE_TIME = LocalTime.of(23, 59);

  /** 09:00 two days before the session; a session planned sooner gets its reminder at once. */
  public Date reminderBefore(String sessionDate) {
    return toDate(LocalDate.parse(sessionDate).minusDays(2).atTime(REMINDER_TIME));
  }

  /** Registration closes at the end of the deadline day. */
  public Date endOf(String date) {
    return toDate(LocalDate.parse(date).atTime(DEADLINE_TIME));
  }

  private static Date toDate(java.time.LocalDateTime time) {
    return Date.from(time.atZone(AMSTERDAM).toInstant());
  }
}

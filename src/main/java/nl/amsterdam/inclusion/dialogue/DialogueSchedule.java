package nl.amsterdam.inclusion.dialogue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;

import org.springframework.stereotype.Component;

/** Timer dates of the alderman's dialogue, for {@code timeDate} expressions. */
@Component("dialogueSchedule")
public class DialogueSchedule {

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  /** Sign-ups close at the end of the deadline day. */
  public Date endOf(String date) {
    return at(LocalDate.parse(date), LocalTime.of(23, 59));
  }

  /** 09:00 two days before the session (at once when it is sooner). */
  public Date reminderBefore(String dialogueDate) {
    return at(LocalDate.parse(dialogueDate).minusDays(2), LocalTime.of(9, 0));
  }

  /** The session is over at the end of its day; then the outcome is recorded. */
  public Date after(String dialogueDate) {
    return at(LocalDate.parse(dialogueDate), LocalTime.of(18, 0));
  }

  private static Date at(LocalDate date, LocalTime time) {
    return Date.from(date.atTime(time).atZone(AMSTERDAM).toInstant());
  }
}

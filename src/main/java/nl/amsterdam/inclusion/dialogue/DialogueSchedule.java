package nl.amsterdam.inclusion.dialogue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;

import nl.amsterdam.inclusion.engine.CityTime;
import org.springframework.stereotype.Component;

/** Dates of the alderman's dialogue for the model's expressions: timers, due dates, and the day as people read it. */
@Component("dialogueSchedule")
public class DialogueSchedule {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.forLanguageTag("nl"));

  /** The session's day as people read it ("zondag 20 december 2026"), not as it is stored (2026-12-20). */
  public String dayOf(String dialogueDate) {
    return DAY.format(LocalDate.parse(dialogueDate));
  }

  /** A date as the planning form stored it ("2027-03-12"; a date-time field may add the time), as people read it. */
  static String readable(Object date) {
    return date == null ? "" : DAY.format(LocalDate.parse(date.toString().substring(0, 10)));
  }

  /** Sign-ups close at the end of the deadline day. */
  public Date endOf(String date) {
    return CityTime.at(LocalDate.parse(date), LocalTime.of(23, 59));
  }

  /** 09:00 two days before the session (at once when it is sooner). */
  public Date reminderBefore(String dialogueDate) {
    return CityTime.at(LocalDate.parse(dialogueDate).minusDays(2), LocalTime.of(9, 0));
  }

  /** The briefing is ready a week before the session, so that the alderman's office has time to review it. */
  public Date briefingDue(String dialogueDate) {
    return CityTime.at(LocalDate.parse(dialogueDate).minusDays(7), LocalTime.of(12, 0));
  }

  /** The review is done before the confirmations and the reminder two days before must go out. */
  public Date reviewDue(String dialogueDate) {
    return CityTime.at(LocalDate.parse(dialogueDate).minusDays(3), LocalTime.of(17, 0));
  }

  /** Confirmations still make sense until the day of the session starts; after that they would arrive too late. */
  public boolean isUpcoming(String dialogueDate) {
    return CityTime.now().before(CityTime.at(LocalDate.parse(dialogueDate), LocalTime.MIDNIGHT));
  }

  /** The session is over at the end of its day; then the outcome is recorded. */
  public Date after(String dialogueDate) {
    return CityTime.at(LocalDate.parse(dialogueDate), LocalTime.of(18, 0));
  }
}

package nl.amsterdam.inclusion.pilot;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.Date;

import nl.amsterdam.inclusion.engine.CityTime;
import org.springframework.stereotype.Component;

/** Timer dates of the pilot, for {@code timeDate} expressions in the models. */
@Component("pilotSchedule")
public class PilotSchedule {

  private static final LocalTime REMINDER_TIME = LocalTime.of(9, 0);
  private static final LocalTime DEADLINE_TIME = LocalTime.of(23, 59);

  /**
   * How long the cohort waits for the evaluations after its last group session: the seed's journey takes about
   * eleven weeks from there (a week per step, four weeks between the two 1:1 conversations, two weeks to evaluate);
   * five more cover the reminders before the cohort reports with what it has.
   */
  public static final Period EVALUATION_WAIT = Period.ofWeeks(16);

  /** 09:00 two days before the session; a session planned sooner gets its reminder at once. */
  public Date reminderBefore(String sessionDate) {
    return CityTime.at(LocalDate.parse(sessionDate).minusDays(2), REMINDER_TIME);
  }

  /** Registration closes at the end of the deadline day. */
  public Date endOf(String date) {
    return CityTime.at(LocalDate.parse(date), DEADLINE_TIME);
  }

  /** The day after a meeting: by then its record is due. */
  public Date dayAfter(String date) {
    return CityTime.at(LocalDate.parse(date).plusDays(1), DEADLINE_TIME);
  }

  /**
   * The reunion of the whole cohort (the seed: "komen we nog een keer samen? (intervisie na 3 maanden?)", "groep 1
   * en 2 samen") falls about three months after the group sessions, once the last 1:1 conversations are held.
   */
  public static final Period REUNION_AFTER_SESSIONS = Period.ofWeeks(13);

  /**
   * The last day the reunion may take place: the evaluation deadline, because its outcome goes into the evaluation
   * report, which is built after it.
   */
  public static LocalDate latestReunionDate(Date evaluationDeadline) {
    return LocalDate.ofInstant(evaluationDeadline.toInstant(), CityTime.ZONE);
  }

  /** Whether a reunion on this day is too late for the evaluation report. */
  public static boolean reunionTooLate(LocalDate reunionDate, Date evaluationDeadline) {
    return reunionDate.isAfter(latestReunionDate(evaluationDeadline));
  }

  /** For the planning form, in Dutch: about when (three months after the sessions) and at the latest. */
  public String reunionWindow(Date evaluationDeadline) {
    LocalDate latest = latestReunionDate(evaluationDeadline);
    LocalDate around = latest.minus(EVALUATION_WAIT).plus(REUNION_AFTER_SESSIONS);
    return "Rond " + CityTime.DAY.format(around) + " (ongeveer drie maanden na de groepsbijeenkomsten), uiterlijk "
        + CityTime.DAY.format(latest) + ": daarna wordt het evaluatierapport opgesteld.";
  }

  /** When the cohort stops waiting for evaluations: {@link #EVALUATION_WAIT} from now, the last group session. */
  public Date evaluationDeadline() {
    LocalDate today = CityTime.today();
    return CityTime.at(today.plus(EVALUATION_WAIT), DEADLINE_TIME);
  }
}

package nl.amsterdam.inclusion.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;

/**
 * When a task past its due date is reminded and escalated: a reminder to whoever holds it on the
 * first watch after the due date and again every week until it is done, and one escalation to the
 * coordinator once it is a week overdue. Each reminder has a number, so that the notification log
 * sends each one exactly once however often the watch runs.
 */
public final class OverdueSchedule {

  public static final Duration REPEAT = Duration.ofDays(7);
  public static final Duration ESCALATE_AFTER = Duration.ofDays(7);

  private OverdueSchedule() {
  }

  /** The number of the reminder due now (1 from the due date on), or empty while the task is not overdue. */
  public static OptionalInt reminderNumber(Instant due, Instant now) {
    if (now.isBefore(due)) {
      return OptionalInt.empty();
    }
    return OptionalInt.of((int) (Duration.between(due, now).toMillis() / REPEAT.toMillis()) + 1);
  }

  public static boolean escalationDue(Instant due, Instant now) {
    return !now.isBefore(due.plus(ESCALATE_AFTER));
  }
}

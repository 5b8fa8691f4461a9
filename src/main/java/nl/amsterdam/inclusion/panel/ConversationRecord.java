package nl.amsterdam.inclusion.panel;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import nl.amsterdam.inclusion.engine.CityTime;
import nl.amsterdam.inclusion.form.FieldError;

import static nl.amsterdam.inclusion.panel.PanelProcess.*;

/**
 * What the moderator may record about a planned panel conversation ("Doorgang panelgesprek vastleggen"): that it was
 * held only from its planned date on (the report follows a conversation that took place), that it moved only to
 * another date or time than the planned one (else nothing moves and the invitation would not change). A cancellation
 * needs only its reason, which the form asks. A pure function of the answers and the planned date.
 */
final class ConversationRecord {

  private ConversationRecord() {
  }

  /**
   * @param answer a field as the task would complete: submitted, else what the case holds
   * @param planned the case's planned date and time before this submission ({@code conversationDate} and
   *     {@code conversationTime})
   */
  static List<FieldError> refusal(Function<String, Object> answer, Function<String, Object> planned, LocalDate today) {
    Object outcome = answer.apply(CONVERSATION_OUTCOME);
    LocalDate plannedDate = date(planned.apply(CONVERSATION_DATE));
    if (OUTCOME_HELD.equals(outcome) && plannedDate != null && today.isBefore(plannedDate)) {
      return List.of(new FieldError(CONVERSATION_OUTCOME, "Het panelgesprek is",
          "kan nog niet 'gehouden' zijn: het gesprek staat gepland op " + plannedDate.format(CityTime.DAY)
              + ". Leg na het gesprek vast dat het is gehouden, of kies nu 'verplaatst' of 'afgelast'"));
    }
    if (OUTCOME_MOVED.equals(outcome)) {
      LocalDate newDate = date(answer.apply(CONVERSATION_DATE));
      boolean sameDate = Objects.equals(newDate, plannedDate);
      boolean sameTime = Objects.equals(time(answer.apply(CONVERSATION_TIME)), time(planned.apply(CONVERSATION_TIME)));
      if (sameDate && sameTime) {
        return List.of(new FieldError(CONVERSATION_DATE, "Nieuwe datum",
            "is de datum en tijd waarop het gesprek al gepland staat: kies de nieuwe datum of aanvang"));
      }
    }
    return List.of();
  }

  private static LocalDate date(Object value) {
    if (value == null || value.toString().length() < 10) {
      return null;
    }
    return LocalDate.parse(value.toString().substring(0, 10));
  }

  private static String time(Object value) {
    return value == null ? null : value.toString().length() >= 5 ? value.toString().substring(0, 5) : value.toString();
  }
}

package nl.amsterdam.inclusion.dialogue;

import static nl.amsterdam.inclusion.dialogue.DialogueProcess.DIALOGUE_DATE;
import static nl.amsterdam.inclusion.dialogue.DialogueProcess.DIALOGUE_LOCATION;
import static nl.amsterdam.inclusion.dialogue.DialogueProcess.DIALOGUE_THEME;
import static nl.amsterdam.inclusion.dialogue.DialogueProcess.DIALOGUE_TIME;
import static nl.amsterdam.inclusion.dialogue.DialogueProcess.SIGN_UP_DEADLINE;

import java.time.LocalDate;
import nl.amsterdam.inclusion.form.StartFormContext;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/** The alderman's sign-up form says which session the leader signs up for: theme, date, time and place. */
@Component
public class OpenSessionContext implements StartFormContext {


  private final DialogueCases cases;

  public OpenSessionContext(DialogueCases cases) {
    this.cases = cases;
  }

  @Override
  public String formId() {
    return "alderman-sign-up";
  }

  @Override
  public String componentId() {
    return "Text_session";
  }

  @Override
  public String text(String userId) {
    ProcessInstance session = cases.openDialogue().orElse(null);
    if (session == null) {
      return "**Er staat nu geen dialoog open voor aanmelding.** Meld je je toch aan, dan krijg je meteen een bericht;"
          + " het volgende gesprek wordt per e-mail aangekondigd.";
    }
    String id = session.getId();
    return "**Je meldt je aan voor:**\n\n"
        + "- Thema: " + cases.variable(id, DIALOGUE_THEME) + "\n"
        + "- Datum: " + day(cases.variable(id, DIALOGUE_DATE)) + "\n"
        + "- Tijd: " + cases.variable(id, DIALOGUE_TIME) + "\n"
        + "- Plaats: " + cases.variable(id, DIALOGUE_LOCATION) + "\n"
        + "- Aanmelden kan tot en met " + day(cases.variable(id, SIGN_UP_DEADLINE));
  }

  /** The planning form gives "2027-03-12" (a date-time field may add the time). */
  private static String day(Object date) {
    return date == null ? "" : DialogueSchedule.DAY.format(LocalDate.parse(date.toString().substring(0, 10)));
  }
}

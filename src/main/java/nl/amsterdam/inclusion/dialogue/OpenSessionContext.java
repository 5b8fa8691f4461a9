package nl.amsterdam.inclusion.dialogue;

import static nl.amsterdam.inclusion.dialogue.DialogueProcess.DIALOGUE_DATE;
import static nl.amsterdam.inclusion.dialogue.DialogueProcess.DIALOGUE_LOCATION;
import static nl.amsterdam.inclusion.dialogue.DialogueProcess.DIALOGUE_THEME;
import static nl.amsterdam.inclusion.dialogue.DialogueProcess.DIALOGUE_TIME;
import static nl.amsterdam.inclusion.dialogue.DialogueProcess.SIGN_UP_DEADLINE;

import java.util.List;
import nl.amsterdam.inclusion.form.StartFormContext;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The alderman's sign-up form says which sessions take sign-ups: theme, date, time, place, deadline, and whether a
 * session is for leaders only, so that the person can choose one.
 */
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
    List<ProcessInstance> open = cases.openDialogues();
    if (open.isEmpty()) {
      return "**Er staat nu geen dialoog open voor aanmelding.** Meld je je toch aan, dan krijg je meteen een bericht;"
          + " het volgende gesprek wordt per e-mail aangekondigd.";
    }
    List<String> groups = cases.groupsOf(userId);
    StringBuilder text = new StringBuilder("**Open voor aanmelding** (kies hieronder bij 'Dialoog'):\n");
    for (ProcessInstance session : open) {
      String id = session.getId();
      Audience audience = cases.audienceOf(id);
      text.append("\n- **").append(cases.variable(id, DIALOGUE_THEME)).append("**: ")
          .append(DialogueSchedule.readable(cases.variable(id, DIALOGUE_DATE))).append(", ")
          .append(cases.variable(id, DIALOGUE_TIME)).append(", ").append(cases.variable(id, DIALOGUE_LOCATION))
          .append("; aanmelden tot en met ").append(DialogueSchedule.readable(cases.variable(id, SIGN_UP_DEADLINE)))
          .append(audience == Audience.LEADERS_ONLY ? "; bij wijze van uitzondering alleen voor leidinggevenden" : "")
          .append(audience.admits(groups) ? "" : " (niet voor jou)");
    }
    return text.toString();
  }
}

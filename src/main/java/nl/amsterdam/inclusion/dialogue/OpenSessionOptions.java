package nl.amsterdam.inclusion.dialogue;

import java.util.List;
import java.util.Map;

import nl.amsterdam.inclusion.form.StartFormOptions;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.dialogue.DialogueProcess.*;

/** The sign-up form's choice of session: every session taking sign-ups, by theme, date, time and place. */
@Component
public class OpenSessionOptions implements StartFormOptions {

  private final DialogueCases cases;

  public OpenSessionOptions(DialogueCases cases) {
    this.cases = cases;
  }

  @Override
  public String formId() {
    return "alderman-sign-up";
  }

  @Override
  public String valuesKey() {
    return OPEN_DIALOGUE_OPTIONS;
  }

  @Override
  public List<Map<String, String>> options() {
    return cases.openDialogues().stream().map(session -> {
      String id = session.getId();
      String label = cases.variable(id, DIALOGUE_THEME) + " — " + DialogueSchedule.readable(cases.variable(id, DIALOGUE_DATE))
          + ", " + cases.variable(id, DIALOGUE_TIME) + " — " + cases.variable(id, DIALOGUE_LOCATION)
          + (cases.audienceOf(id) == Audience.LEADERS_ONLY ? " (alleen leidinggevenden)" : "");
      return Map.of("label", label, "value", id);
    }).toList();
  }
}

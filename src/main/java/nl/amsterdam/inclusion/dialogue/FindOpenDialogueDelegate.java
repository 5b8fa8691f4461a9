package nl.amsterdam.inclusion.dialogue;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.dialogue.DialogueProcess.*;

/**
 * Links a sign-up to the session the person chose (or the earliest open one for them); a session that stopped taking
 * sign-ups in the meantime, or none open, leaves {@code dialogueId} null.
 */
@Component("findOpenAldermanDialogue")
public class FindOpenDialogueDelegate implements JavaDelegate {

  private final DialogueCases cases;

  public FindOpenDialogueDelegate(DialogueCases cases) {
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String dialogue = cases.sessionFor(execution.getVariable(DIALOGUE_CHOICE), (String) execution.getVariable(PARTICIPANT_ID))
        .orElse(null);
    execution.setVariable(DIALOGUE_ID, dialogue);
    for (String shown : new String[] {DIALOGUE_THEME, DIALOGUE_DATE, DIALOGUE_TIME, DIALOGUE_LOCATION}) {
      execution.setVariable(shown, dialogue == null ? null : cases.variable(dialogue, shown));
    }
    execution.setVariable(PLACEMENT, REGISTERED);
  }
}

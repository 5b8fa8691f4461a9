package nl.amsterdam.inclusion.dialogue;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.dialogue.DialogueProcess.*;

/** Links a leader's sign-up to the session taking sign-ups; none leaves {@code dialogueId} null. */
@Component("findOpenAldermanDialogue")
public class FindOpenDialogueDelegate implements JavaDelegate {

  private final DialogueCases cases;

  public FindOpenDialogueDelegate(DialogueCases cases) {
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ProcessInstance dialogue = cases.openDialogue().orElse(null);
    execution.setVariable(DIALOGUE_ID, dialogue == null ? null : dialogue.getId());
    execution.setVariable(DIALOGUE_THEME, dialogue == null ? null : cases.variable(dialogue.getId(), DIALOGUE_THEME));
    execution.setVariable(DIALOGUE_DATE, dialogue == null ? null : cases.variable(dialogue.getId(), DIALOGUE_DATE));
    execution.setVariable(DIALOGUE_TIME, dialogue == null ? null : cases.variable(dialogue.getId(), DIALOGUE_TIME));
    execution.setVariable(DIALOGUE_LOCATION, dialogue == null ? null : cases.variable(dialogue.getId(), DIALOGUE_LOCATION));
    execution.setVariable(PLACEMENT, REGISTERED);
  }
}

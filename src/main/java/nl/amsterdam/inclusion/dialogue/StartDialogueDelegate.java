package nl.amsterdam.inclusion.dialogue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.dialogue.DialogueProcess.*;

/** The monthly planning task starts the session with what Bureau I&D filled in (the same form as a manual start). */
@Component("startAldermanDialogue")
public class StartDialogueDelegate implements JavaDelegate {

  static final List<String> PLANNING_FIELDS = List.of(DIALOGUE_THEME, DIALOGUE_DATE, DIALOGUE_TIME, DIALOGUE_LOCATION,
      "dialogueRoom", "audience", MAX_PARTICIPANTS, SIGN_UP_DEADLINE);

  private final RuntimeService runtimeService;

  public StartDialogueDelegate(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> planning = PLANNING_FIELDS.stream()
        .collect(Collectors.toMap(field -> field, execution::getVariable));
    runtimeService.startProcessInstanceByKey(DIALOGUE, planning);
  }
}

package nl.amsterdam.inclusion.dialogue;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.amsterdam.inclusion.engine.AsProcess;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.dialogue.DialogueProcess.*;
import static nl.amsterdam.inclusion.engine.CaseVariables.EMAIL;

/**
 * Reads across the dialogue's cases (the session and its sign-ups) for delegates and expressions,
 * as the process ({@link AsProcess}).
 */
@Component("dialogueCases")
public class DialogueCases {

  private final RuntimeService runtimeService;
  private final HistoryService historyService;

  public DialogueCases(RuntimeService runtimeService, HistoryService historyService) {
    this.runtimeService = runtimeService;
    this.historyService = historyService;
  }

  /** The session taking sign-ups, the earliest first. */
  public Optional<ProcessInstance> openDialogue() {
    return AsProcess.run(() -> runtimeService.createProcessInstanceQuery().processDefinitionKey(DIALOGUE)
        .activityIdIn(TIMER_SIGN_UP_DEADLINE).list().stream()
        .min(Comparator.comparing((ProcessInstance d) -> String.valueOf(runtimeService.getVariable(d.getId(), DIALOGUE_DATE)))));
  }

  /** Running sign-ups of a session in the order the leaders signed up. */
  public List<String> signUpsInOrder(String dialogueId) {
    return AsProcess.run(() -> {
      List<String> running = runtimeService.createProcessInstanceQuery().processDefinitionKey(SIGN_UP)
          .variableValueEquals(DIALOGUE_ID, dialogueId).activityIdIn(TASK_MANAGE_SIGN_UP).list().stream()
          .map(ProcessInstance::getId).toList();
      if (running.isEmpty()) {
        return List.of();
      }
      return historyService.createHistoricProcessInstanceQuery().processInstanceIds(new java.util.HashSet<>(running))
          .orderByProcessInstanceStartTime().asc().list().stream().map(HistoricProcessInstance::getId).toList();
    });
  }

  public List<String> withPlacement(String dialogueId, String placement) {
    return signUpsInOrder(dialogueId).stream().filter(id -> placement.equals(variable(id, PLACEMENT))).toList();
  }

  /** Recipients (e-mail addresses) of the sign-ups with this placement, for notification tasks. */
  public String recipients(DelegateExecution dialogue, String placement) {
    return withPlacement(dialogue.getProcessInstanceId(), placement).stream()
        .map(id -> (String) variable(id, EMAIL)).collect(Collectors.joining(","));
  }

  public Object variable(String caseId, String name) {
    return AsProcess.run(() -> runtimeService.getVariable(caseId, name));
  }

  public void setVariable(String caseId, String name, Object value) {
    AsProcess.run(() -> {
      runtimeService.setVariable(caseId, name, value);
      return null;
    });
  }
}

package nl.amsterdam.inclusion.dialogue;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.amsterdam.inclusion.engine.AsProcess;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.Group;
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
  private final IdentityService identityService;

  public DialogueCases(RuntimeService runtimeService, HistoryService historyService, IdentityService identityService) {
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.identityService = identityService;
  }

  /** The sessions taking sign-ups (several may be open at once), the earliest first. */
  public List<ProcessInstance> openDialogues() {
    return AsProcess.run(() -> runtimeService.createProcessInstanceQuery().processDefinitionKey(DIALOGUE)
        .activityIdIn(TIMER_SIGN_UP_DEADLINE).list().stream()
        .sorted(Comparator.comparing((ProcessInstance d) -> String.valueOf(runtimeService.getVariable(d.getId(), DIALOGUE_DATE))))
        .toList());
  }

  /**
   * The session a sign-up is for: the open session the person chose, or without a choice the earliest open session
   * whose audience admits the person; empty when that session no longer takes sign-ups or none is open for them.
   */
  public Optional<String> sessionFor(Object choice, String personId) {
    List<String> open = openDialogues().stream().map(ProcessInstance::getId).toList();
    if (choice != null) {
      return open.stream().filter(choice::equals).findFirst();
    }
    List<String> groups = groupsOf(personId);
    return open.stream().filter(id -> audienceOf(id).admits(groups)).findFirst();
  }

  public Audience audienceOf(String dialogueId) {
    return Audience.of(variable(dialogueId, AUDIENCE));
  }

  /** The groups of the person, from the directory (never from the case). */
  public List<String> groupsOf(String personId) {
    return AsProcess.run(() -> identityService.createGroupQuery().groupMember(personId).list().stream()
        .map(Group::getId).toList());
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

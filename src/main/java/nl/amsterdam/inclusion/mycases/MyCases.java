package nl.amsterdam.inclusion.mycases;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.amsterdam.inclusion.dialogue.DialogueProcess;
import nl.amsterdam.inclusion.engine.AsSystem;
import nl.amsterdam.inclusion.engine.CityTime;
import nl.amsterdam.inclusion.learning.LearningProcess;
import nl.amsterdam.inclusion.pilot.PilotProcess;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * "Mijn aanvragen": the running cases a person started (the engine's start user, never a variable), and their
 * withdrawal. Reading runs as the system, limited to the caller's own cases; the withdrawal itself runs with the
 * caller's login, so that the engine's rules and the withdrawal form's validation apply as in Tasklist.
 */
@Service
public class MyCases {

  /** One own running case; {@code withdrawal} is the button's label, null when it cannot be withdrawn from here. */
  public record MyCase(String id, String process, String reference, List<String> steps, OffsetDateTime started,
      String withdrawal, boolean reasonRequired) {
  }

  /** What the withdrawal started: the withdrawal case (null when the case's own task cancelled it). */
  public record Withdrawn(String caseId, String withdrawalId, String message) {
  }

  private final AsSystem asSystem;
  private final HistoryService historyService;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final RepositoryService repositoryService;
  private final FormService formService;
  private final CaseSteps caseSteps;

  public MyCases(AsSystem asSystem, HistoryService historyService, RuntimeService runtimeService,
      TaskService taskService, RepositoryService repositoryService, FormService formService, CaseSteps caseSteps) {
    this.asSystem = asSystem;
    this.historyService = historyService;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.repositoryService = repositoryService;
    this.formService = formService;
    this.caseSteps = caseSteps;
  }

  /**
   * The caller's own running cases, newest first: those they started, and the learning requests of their employees
   * they took over as requester (an employee keeps seeing the request they started, without its withdrawal).
   */
  public List<MyCase> of(String userId) {
    return asSystem.run(() -> {
      Map<String, HistoricProcessInstance> own = new LinkedHashMap<>();
      historyService.createHistoricProcessInstanceQuery().startedBy(userId).unfinished().rootProcessInstances().list()
          .forEach(started -> own.put(started.getId(), started));
      takenOver(userId).forEach(request -> own.putIfAbsent(request.getId(), request));
      return own.values().stream().sorted(Comparator.comparing(HistoricProcessInstance::getStartTime).reversed()
          .thenComparing(HistoricProcessInstance::getId)).map(started -> describe(started, userId)).toList();
    });
  }

  /** Running learning requests whose requester the person is without having started them (an employee's, supported). */
  private List<HistoricProcessInstance> takenOver(String userId) {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(LearningProcess.REQUEST)
        .unfinished().rootProcessInstances().variableValueEquals(LearningProcess.REQUESTER_ID, userId).list();
  }

  /** Whether the person may withdraw the case: a learning request only its (current) requester. */
  private boolean mayWithdraw(HistoricProcessInstance own, String userId) {
    return !LearningProcess.REQUEST.equals(own.getProcessDefinitionKey())
        || userId.equals(runtimeService.getVariable(own.getId(), LearningProcess.REQUESTER_ID));
  }

  /**
   * Withdraws the caller's own case: starts its withdrawal through the withdrawal's start form, as the caller (who
   * must be the engine's current authentication), with the case's reference filled in.
   *
   * @throws ResponseStatusException 404 for a case that is not the caller's own running case (or does not exist: the
   *     answer does not tell which), 409 when the case cannot be withdrawn from here
   */
  public Withdrawn withdraw(String userId, String caseId, String reason) {
    HistoricProcessInstance own = asSystem.run(() -> historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(caseId).startedBy(userId).unfinished().rootProcessInstances().singleResult());
    if (own == null) {
      own = asSystem.run(() -> takenOver(userId).stream().filter(request -> request.getId().equals(caseId)).findFirst()
          .orElse(null));
    }
    if (own == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Geen lopende aanvraag van jou");
    }
    HistoricProcessInstance found = own;
    if (!asSystem.run(() -> mayWithdraw(found, userId))) {
      // an employee's request their leader took over is the leader's to withdraw
      throw notWithdrawable();
    }
    Withdrawal withdrawal = Withdrawal.of(own.getProcessDefinitionKey()).orElseThrow(() -> notWithdrawable());
    Map<String, Object> values = withdrawal.formValues(own.getBusinessKey(), reason);
    if (withdrawal.withdrawalProcess == null) {
      Task manage = signUpTask(caseId, userId).orElseThrow(() -> notWithdrawable());
      formService.submitTaskForm(manage.getId(), values);
      return new Withdrawn(caseId, null, "Je bent afgemeld.");
    }
    String definitionId = asSystem.run(() -> repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(withdrawal.withdrawalProcess).latestVersion().singleResult().getId());
    String withdrawalId = formService.submitStartForm(definitionId, values).getId();
    return new Withdrawn(caseId, withdrawalId, "Je verzoek is ontvangen; je krijgt een bevestiging per e-mail.");
  }

  private static ResponseStatusException notWithdrawable() {
    return new ResponseStatusException(HttpStatus.CONFLICT, "Deze aanvraag kun je hier niet intrekken");
  }

  private MyCase describe(HistoricProcessInstance started, String userId) {
    Optional<Withdrawal> withdrawal = Withdrawal.of(started.getProcessDefinitionKey())
        .filter(w -> mayWithdraw(started, userId))
        .filter(w -> w.withdrawalProcess != null || signUpTask(started.getId(), userId).isPresent());
    String process = started.getProcessDefinitionName() != null ? started.getProcessDefinitionName()
        : started.getProcessDefinitionKey();
    return new MyCase(started.getId(), process, reference(started), caseSteps.of(started.getId()).steps(),
        started.getStartTime().toInstant().atZone(CityTime.ZONE).toOffsetDateTime(),
        withdrawal.map(w -> w.label).orElse(null), withdrawal.map(w -> w.reasonRequired).orElse(false));
  }

  /** The sign-up's own task, where the leader cancels; only while it waits there. */
  private Optional<Task> signUpTask(String caseId, String userId) {
    return asSystem.run(() -> Optional.ofNullable(taskService.createTaskQuery().processInstanceId(caseId)
        .taskDefinitionKey(DialogueProcess.TASK_MANAGE_SIGN_UP).taskAssignee(userId).singleResult()));
  }

  /**
   * What identifies the case for the person: for a participation and a sign-up what it is about now (their own name,
   * which the business key begins with, says nothing to them), otherwise the case's reference (business key).
   */
  private String reference(HistoricProcessInstance started) {
    String id = started.getId();
    return switch (started.getProcessDefinitionKey()) {
      case PilotProcess.PARTICIPANT -> {
        Object cohortId = runtimeService.getVariable(id, PilotProcess.COHORT_ID);
        // from history: the cohort may have ended while the participant's journey goes on
        yield cohortId == null ? PilotProcess.WAITING_LIST : historyService.createHistoricVariableInstanceQuery()
            .processInstanceId(cohortId.toString()).variableName(PilotProcess.COHORT_NAME).list().stream()
            .map(name -> "Cohort " + name.getValue()).findFirst().orElse(null);
      }
      case DialogueProcess.SIGN_UP -> {
        Object date = runtimeService.getVariable(id, DialogueProcess.DIALOGUE_DATE);
        yield date == null ? null : "Dialoog van " + date + ": " + runtimeService.getVariable(id, DialogueProcess.DIALOGUE_THEME)
            + " (" + runtimeService.getVariable(id, DialogueProcess.PLACEMENT) + ")";
      }
      default -> started.getBusinessKey();
    };
  }
}

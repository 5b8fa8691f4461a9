package nl.amsterdam.inclusion.panel;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.panel.PanelProcess.MISSING_CONTRIBUTIONS;
import static nl.amsterdam.inclusion.panel.PanelProcess.TASK_CONTRIBUTE_RED_THREADS;

/**
 * When the panel's contribution deadline passes: records who of the panel did not contribute to the red threads,
 * for the moderator's mail and red-threads form.
 */
@Component("recordMissingContributions")
public class RecordMissingContributionsDelegate implements JavaDelegate {

  /** Camunda's delete reason of a task that was completed, not cancelled. */
  private static final String COMPLETED = "completed";

  private final HistoryService historyService;
  private final IdentityService identityService;

  public RecordMissingContributionsDelegate(HistoryService historyService, IdentityService identityService) {
    this.historyService = historyService;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<HistoricTaskInstance> asked = historyService.createHistoricTaskInstanceQuery()
        .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(TASK_CONTRIBUTE_RED_THREADS)
        .orderByHistoricActivityInstanceStartTime().asc().list();
    Set<String> missing = new LinkedHashSet<>();
    asked.forEach(task -> missing.add(task.getAssignee()));
    asked.stream().filter(task -> COMPLETED.equals(task.getDeleteReason()))
        .forEach(task -> missing.remove(task.getAssignee()));
    execution.setVariable(MISSING_CONTRIBUTIONS,
        String.join(", ", missing.stream().map(id -> Actors.nameOf(identityService, id)).toList()));
  }
}

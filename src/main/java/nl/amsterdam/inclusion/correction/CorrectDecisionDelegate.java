package nl.amsterdam.inclusion.correction;

import java.util.LinkedHashSet;
import java.util.Set;

import nl.amsterdam.inclusion.engine.CaseLookup;
import nl.amsterdam.inclusion.engine.OwnersAct;
import nl.amsterdam.inclusion.learning.ClusterBudgets;
import nl.amsterdam.inclusion.learning.LearningProcess;
import nl.amsterdam.inclusion.notification.TaskHolders;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.correction.CorrectionProcess.*;

/**
 * Puts the case back before the decision, so that the people who take it take it again in its own form: the steps
 * right after it are cancelled (with their reminders), a budget reservation it made is released, and the decision's
 * task is created anew. Runs in the start's transaction with the caller's login, so Camunda's user operation log
 * (Cockpit) records who reopened which case.
 */
@Component("correctDecision")
public class CorrectDecisionDelegate implements JavaDelegate {

  private final ReopenableCases cases;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final HistoryService history;
  private final ClusterBudgets budgets;
  private final TaskHolders holders;

  public CorrectDecisionDelegate(ReopenableCases cases, RuntimeService runtime, TaskService tasks,
      HistoryService history, ClusterBudgets budgets, TaskHolders holders) {
    this.cases = cases;
    this.runtime = runtime;
    this.tasks = tasks;
    this.history = history;
    this.budgets = budgets;
    this.holders = holders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CommandContext context = Context.getCommandContext();
    context.runWithoutAuthorization(() -> {
      ReopenableCases.Reopening reopening = cases.find((String) execution.getVariable(CASE_ID),
              (String) execution.getVariable(DECISION)).filter(ReopenableCases.Reopening::waitingRightAfter)
          .orElseThrow(() -> new IllegalStateException("The case moved on while the decision was being reopened"));
      ProcessInstance target = reopening.instance();
      CorrectableDecisions.Decision decision = reopening.decision();
      if (decision.releasesBudget()) {
        // the request owns the reservation, also when its custom work made it
        budgets.release((String) runtime.getVariable(target.getId(), LearningProcess.REQUEST_REFERENCE), target.getId());
      }
      ProcessInstanceModificationBuilder modification = runtime.createProcessInstanceModification(
          reopening.holder().getId());
      decision.reopenedFrom().forEach(modification::cancelAllForActivity);
      OwnersAct.logged(context, () -> modification.startBeforeActivity(decision.taskId()).execute());
      HistoricProcessInstance started = history.createHistoricProcessInstanceQuery().processInstanceId(target.getId())
          .singleResult();
      execution.setVariable(CORRECTED_CASE_ID, target.getId());
      execution.setVariable(CORRECTED_CASE_NAME, CaseLookup.nameOf(target, started));
      execution.setVariable(DECISION_NAME, decision.name());
      execution.setVariable(TOLD, String.join(",", told(reopening.holder().getId(), decision.taskId(),
          started.getStartUserId())));
      return null;
    });
  }

  /** The person whose case it is and whoever takes the decision again. */
  private Set<String> told(String holderId, String decisionTaskId, String caseOwner) {
    Set<String> told = new LinkedHashSet<>();
    if (caseOwner != null) {
      told.add(caseOwner);
    }
    tasks.createTaskQuery().processInstanceId(holderId).taskDefinitionKey(decisionTaskId).list()
        .forEach(task -> told.addAll(holders.of(task)));
    return told;
  }
}

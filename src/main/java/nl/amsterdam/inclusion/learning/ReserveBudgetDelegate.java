package nl.amsterdam.inclusion.learning;

import java.math.BigDecimal;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.engine.CaseVariables.CLUSTER;
import static nl.amsterdam.inclusion.learning.LearningProcess.*;

/**
 * Reserves the approved estimate on the cluster budget; not enough left is a business outcome. Only after the
 * case's own budget approval was completed: a case brought here any other way (an administrator's modification)
 * becomes an incident and claims nothing.
 */
@Component("reserveLearningBudget")
public class ReserveBudgetDelegate implements JavaDelegate {

  private final ClusterBudgets budgets;

  public ReserveBudgetDelegate(ClusterBudgets budgets) {
    this.budgets = budgets;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean approved = execution.getProcessEngineServices().getHistoryService().createHistoricTaskInstanceQuery()
        .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(TASK_APPROVE_BUDGET).finished()
        .count() > 0;
    if (!approved || !BUDGET_APPROVED.equals(execution.getVariable(BUDGET_DECISION))) {
      throw new IllegalStateException("No completed budget approval in case " + execution.getProcessInstanceId());
    }
    try {
      budgets.reserve((String) execution.getVariable(REQUEST_REFERENCE), (String) execution.getVariable(CLUSTER),
          (Integer) execution.getVariable(BUDGET_YEAR), amount(execution.getVariable(ESTIMATED_COST)),
          requestOf(execution));
    } catch (InsufficientBudgetException e) {
      throw new BpmnError(ERROR_BUDGET_INSUFFICIENT, e.getMessage());
    }
  }

  /**
   * The request owns the claim: it releases it on a withdrawal and books the actual cost over it after the follow-up.
   * The custom work reserves on behalf of the request that called it; requests of the model versions before the custom
   * work was its own process reserve in themselves.
   */
  private static String requestOf(DelegateExecution execution) {
    DelegateExecution caller = execution.getProcessInstance().getSuperExecution();
    return caller == null ? execution.getProcessInstanceId() : caller.getProcessInstanceId();
  }

  static BigDecimal amount(Object value) {
    return new BigDecimal(value.toString());
  }
}

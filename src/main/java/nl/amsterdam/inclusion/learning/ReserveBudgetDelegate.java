package nl.amsterdam.inclusion.learning;

import java.math.BigDecimal;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.learning.LearningProcess.*;

/** Reserves the approved estimate on the cluster budget; not enough left is a business outcome. */
@Component("reserveLearningBudget")
public class ReserveBudgetDelegate implements JavaDelegate {

  private final ClusterBudgets budgets;

  public ReserveBudgetDelegate(ClusterBudgets budgets) {
    this.budgets = budgets;
  }

  @Override
  public void execute(DelegateExecution execution) {
    try {
      budgets.reserve((String) execution.getVariable(REQUEST_REFERENCE), (String) execution.getVariable(CLUSTER),
          (Integer) execution.getVariable(BUDGET_YEAR), amount(execution.getVariable(ESTIMATED_COST)),
          execution.getProcessInstanceId());
    } catch (InsufficientBudgetException e) {
      throw new BpmnError(ERROR_BUDGET_INSUFFICIENT, e.getMessage());
    }
  }

  static BigDecimal amount(Object value) {
    return new BigDecimal(value.toString());
  }
}

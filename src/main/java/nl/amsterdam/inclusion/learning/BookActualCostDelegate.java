package nl.amsterdam.inclusion.learning;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.engine.CaseVariables.CLUSTER;
import static nl.amsterdam.inclusion.learning.LearningProcess.*;

/** Books the actual cost in place of the reservation; more than the budget allows goes back to the advisor. */
@Component("bookLearningCost")
public class BookActualCostDelegate implements JavaDelegate {

  private final ClusterBudgets budgets;

  public BookActualCostDelegate(ClusterBudgets budgets) {
    this.budgets = budgets;
  }

  @Override
  public void execute(DelegateExecution execution) {
    try {
      budgets.book((String) execution.getVariable(REQUEST_REFERENCE), (String) execution.getVariable(CLUSTER),
          (Integer) execution.getVariable(BUDGET_YEAR), ReserveBudgetDelegate.amount(execution.getVariable(ACTUAL_COST)),
          execution.getProcessInstanceId());
      execution.setVariable(BUDGET_PROBLEM, null);
    } catch (InsufficientBudgetException e) {
      execution.setVariable(BUDGET_PROBLEM, e.getMessage());
      throw new BpmnError(ERROR_BUDGET_INSUFFICIENT, e.getMessage());
    }
  }
}

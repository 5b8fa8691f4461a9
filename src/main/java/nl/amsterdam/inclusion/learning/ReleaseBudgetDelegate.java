package nl.amsterdam.inclusion.learning;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.learning.LearningProcess.REQUEST_REFERENCE;

/** A withdrawn request gives its reservation back to the cluster budget. */
@Component("releaseLearningBudget")
public class ReleaseBudgetDelegate implements JavaDelegate {

  private final ClusterBudgets budgets;

  public ReleaseBudgetDelegate(ClusterBudgets budgets) {
    this.budgets = budgets;
  }

  @Override
  public void execute(DelegateExecution execution) {
    budgets.release((String) execution.getVariable(REQUEST_REFERENCE), execution.getProcessInstanceId());
  }
}

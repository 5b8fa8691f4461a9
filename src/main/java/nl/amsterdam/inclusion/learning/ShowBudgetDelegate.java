package nl.amsterdam.inclusion.learning;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.engine.CaseVariables.CLUSTER;
import static nl.amsterdam.inclusion.learning.LearningProcess.*;

/** Puts what is left of the cluster budget into the account manager's approval task. */
@Component("showLearningBudget")
public class ShowBudgetDelegate implements JavaDelegate {

  private final ClusterBudgets budgets;

  public ShowBudgetDelegate(ClusterBudgets budgets) {
    this.budgets = budgets;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(BUDGET_AVAILABLE, budgets.status((String) execution.getVariable(CLUSTER),
        (Integer) execution.getVariable(BUDGET_YEAR)).available().doubleValue());
  }
}

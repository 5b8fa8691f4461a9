package nl.amsterdam.inclusion.identity;

import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * On task creation: the case variables that the shared filters show as columns ({@link TaskFilters}) are copied into
 * the task as its own variables. Who works a task may read that task's variables, not the case's (least privilege:
 * an account manager reads no case of another cluster), so without the copy her columns would stay empty.
 */
public class FilterColumns implements TaskListener {

  /**
   * Only the account managers' filter needs the copies: the other roles' filters show case variables their grants let
   * them read. Copying more would give every task of every case copies of its columns (more history rows, and a
   * variable's history no longer one row per case).
   */
  static final Set<String> PROCESSES = Set.of(AccessModel.LEARNING_REQUEST, AccessModel.LEARNING_CUSTOM_WORK);
  static final Set<String> COLUMNS = TaskFilters.ALL.stream()
      .filter(filter -> filter.groups().contains(Groups.ACCOUNT_MANAGERS))
      .flatMap(filter -> filter.variables().keySet().stream())
      .collect(Collectors.toUnmodifiableSet());

  @Override
  public void notify(DelegateTask task) {
    if (task.getExecution() == null) {
      return; // a standalone task has no case to show
    }
    for (String column : COLUMNS) {
      Object value = task.getExecution().getVariable(column);
      if (value != null) {
        task.setVariableLocal(column, value);
      }
    }
  }
}

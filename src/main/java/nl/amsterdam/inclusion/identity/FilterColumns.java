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

  static final Set<String> COLUMNS = TaskFilters.ALL.stream().flatMap(filter -> filter.variables().keySet().stream())
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

package nl.amsterdam.inclusion.panel;

import java.util.List;
import java.util.Map;

import nl.amsterdam.inclusion.engine.CityTime;
import nl.amsterdam.inclusion.form.FieldError;
import nl.amsterdam.inclusion.form.SubmissionRule;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * "Doorgang panelgesprek vastleggen" through any API: {@link ConversationRecord} on the state the task would complete
 * with, against the date the case holds; the engine's clock gives today.
 */
@Component
public class ConversationRecordRule implements SubmissionRule {

  private final TaskService taskService;

  public ConversationRecordRule(TaskService taskService) {
    this.taskService = taskService;
  }

  @Override
  public String formId() {
    return "panel-record-conversation";
  }

  @Override
  public List<FieldError> check(Task task, Map<String, Object> submitted) {
    return ConversationRecord.refusal(
        key -> submitted.containsKey(key) ? submitted.get(key) : taskService.getVariable(task.getId(), key),
        key -> taskService.getVariable(task.getId(), key), CityTime.today());
  }
}

package nl.amsterdam.inclusion.panel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.amsterdam.inclusion.form.FieldError;
import nl.amsterdam.inclusion.form.SubmissionRule;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.panel.PanelProcess.ROUND_NUMBER;

/**
 * The discussion with the panel and the GMT: no action due before the discussion, and with the actions carried over
 * from the previous round at most {@link RoundActions#MAX_TOTAL} (RoundActions.check, on the merged state).
 */
@Component
public class RecordDiscussionRule implements SubmissionRule {

  private final TaskService taskService;
  private final PanelRoundRecords records;

  public RecordDiscussionRule(TaskService taskService, PanelRoundRecords records) {
    this.taskService = taskService;
    this.records = records;
  }

  @Override
  public String formId() {
    return "panel-record-discussion";
  }

  @Override
  public List<FieldError> check(Task task, Map<String, Object> submitted) {
    Map<String, Object> merged = new HashMap<>(taskService.getVariables(task.getId()));
    merged.putAll(submitted);
    int round = ((Number) merged.get(ROUND_NUMBER)).intValue();
    return RoundActions.check(merged, records.carriedOver(round).size());
  }
}

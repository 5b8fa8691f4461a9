package nl.amsterdam.inclusion.panel;

import java.util.List;
import java.util.Map;

import nl.amsterdam.inclusion.form.FieldError;
import nl.amsterdam.inclusion.form.SubmissionRule;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.panel.PanelProcess.REMOVE_DIRECTORATE;

/** A directorate can only be taken out of the round while its conversation runs (the options were read earlier). */
@Component
public class RemoveDirectorateRule implements SubmissionRule {

  private final RoundConversations conversations;

  public RemoveDirectorateRule(RoundConversations conversations) {
    this.conversations = conversations;
  }

  @Override
  public String formId() {
    return "panel-remove-directorate";
  }

  @Override
  public List<FieldError> check(Task task, Map<String, Object> submitted) {
    if (!(submitted.get(REMOVE_DIRECTORATE) instanceof String directorateGroup)
        || conversations.running(task.getProcessInstanceId()).containsKey(directorateGroup)) {
      return List.of();
    }
    return List.of(new FieldError(REMOVE_DIRECTORATE, "Directie",
        "heeft geen lopend gesprek meer in deze ronde: het gesprek is al afgerond of gestopt"));
  }
}

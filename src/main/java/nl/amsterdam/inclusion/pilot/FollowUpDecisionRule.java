package nl.amsterdam.inclusion.pilot;

import java.util.List;
import java.util.Map;

import nl.amsterdam.inclusion.form.FieldError;
import nl.amsterdam.inclusion.form.FormValues;
import nl.amsterdam.inclusion.form.SubmissionRule;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.pilot.PilotProcess.FOLLOW_UP_DECISION;

/** "Geen vervolg" next to a follow-up is a contradiction: each chosen follow-up starts work. */
@Component
public class FollowUpDecisionRule implements SubmissionRule {

  static final String NONE = "geen";

  @Override
  public String formId() {
    return "pilot-decide-follow-up";
  }

  @Override
  public List<FieldError> check(Task task, Map<String, Object> submitted) {
    List<String> chosen = FormValues.strings(submitted.get(FOLLOW_UP_DECISION));
    if (chosen.contains(NONE) && chosen.size() > 1) {
      return List.of(new FieldError(FOLLOW_UP_DECISION, "Vervolg", "'Geen vervolg' gaat niet samen met een vervolg"));
    }
    return List.of();
  }
}

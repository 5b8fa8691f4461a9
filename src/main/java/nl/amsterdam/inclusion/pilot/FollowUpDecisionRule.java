package nl.amsterdam.inclusion.pilot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.amsterdam.inclusion.form.FieldError;
import nl.amsterdam.inclusion.form.FormValues;
import nl.amsterdam.inclusion.form.SubmissionRule;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.pilot.PilotProcess.FOLLOW_UP_DECISION;

/**
 * "Geen vervolg" next to a follow-up is a contradiction: each chosen follow-up starts work. Intervision that nobody
 * asked for has nobody to invite: Bureau I&D is told so at the decision, not by an incident or a stuck task.
 */
@Component
public class FollowUpDecisionRule implements SubmissionRule {

  static final String NONE = "geen";
  static final String INTERVISION = "intervisie";

  private final PilotFollowUp followUp;

  public FollowUpDecisionRule(PilotFollowUp followUp) {
    this.followUp = followUp;
  }

  @Override
  public String formId() {
    return "pilot-decide-follow-up";
  }

  @Override
  public List<FieldError> check(Task task, Map<String, Object> submitted) {
    List<String> chosen = FormValues.strings(submitted.get(FOLLOW_UP_DECISION));
    List<FieldError> errors = new ArrayList<>();
    if (chosen.contains(NONE) && chosen.size() > 1) {
      errors.add(new FieldError(FOLLOW_UP_DECISION, "Vervolg", "'Geen vervolg' gaat niet samen met een vervolg"));
    }
    if (chosen.contains(INTERVISION) && followUp.intervisionInvitees(task.getProcessInstanceId()).isEmpty()) {
      errors.add(new FieldError(FOLLOW_UP_DECISION, "Vervolg", "intervisie heeft niemand om uit te nodigen: niemand "
          + "vroeg er in de evaluatie om"));
    }
    return errors;
  }
}

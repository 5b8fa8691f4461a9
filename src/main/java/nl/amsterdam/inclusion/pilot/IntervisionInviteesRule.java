package nl.amsterdam.inclusion.pilot;

import java.util.List;
import java.util.Map;

import nl.amsterdam.inclusion.form.FieldError;
import nl.amsterdam.inclusion.form.SubmissionRule;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.pilot.PilotProcess.INTERVISION_FORMAT;

/** An intervision nobody asked for has nobody to invite: Bureau I&D is told so on the form, not by an incident. */
@Component
public class IntervisionInviteesRule implements SubmissionRule {

  private final PilotFollowUp followUp;

  public IntervisionInviteesRule(PilotFollowUp followUp) {
    this.followUp = followUp;
  }

  @Override
  public String formId() {
    return "pilot-organise-intervision";
  }

  @Override
  public List<FieldError> check(Task task, Map<String, Object> submitted) {
    if (!(submitted.get(INTERVISION_FORMAT) instanceof String format)
        || !followUp.invitees(task.getProcessInstanceId(), format).isEmpty()) {
      return List.of();
    }
    return List.of(new FieldError(INTERVISION_FORMAT, "Vorm", "heeft niemand om uit te nodigen: niemand vroeg om "
        + "intervisie; kies de terugkomdag met het hele cohort"));
  }
}

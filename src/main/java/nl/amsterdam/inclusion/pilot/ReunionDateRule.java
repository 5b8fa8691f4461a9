package nl.amsterdam.inclusion.pilot;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Map;

import nl.amsterdam.inclusion.engine.CityTime;
import nl.amsterdam.inclusion.form.FieldError;
import nl.amsterdam.inclusion.form.SubmissionRule;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.pilot.PilotProcess.EVALUATION_DEADLINE;
import static nl.amsterdam.inclusion.pilot.PilotProcess.REUNION_DATE;

/** The reunion's outcome goes into the evaluation report: a date after the evaluation deadline is refused. */
@Component
public class ReunionDateRule implements SubmissionRule {

  private final RuntimeService runtime;

  public ReunionDateRule(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @Override
  public String formId() {
    return "pilot-plan-reunion";
  }

  @Override
  public List<FieldError> check(Task task, Map<String, Object> submitted) {
    if (!(submitted.get(REUNION_DATE) instanceof String text)
        || !(runtime.getVariable(task.getExecutionId(), EVALUATION_DEADLINE) instanceof Date deadline)) {
      return List.of();
    }
    try {
      if (PilotSchedule.reunionTooLate(LocalDate.parse(text), deadline)) {
        return List.of(new FieldError(REUNION_DATE, "Datum", "valt na het einde van de evaluatietermijn ("
            + CityTime.DAY.format(PilotSchedule.latestReunionDate(deadline)) + "); kies een eerdere datum, zodat de "
            + "opbrengst in het evaluatierapport komt"));
      }
    } catch (DateTimeParseException e) {
      return List.of(); // the form's own date check answers this
    }
    return List.of();
  }
}

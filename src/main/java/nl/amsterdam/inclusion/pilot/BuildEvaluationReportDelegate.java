package nl.amsterdam.inclusion.pilot;

import java.time.LocalDate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.amsterdam.inclusion.engine.CityTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.pilot.PilotProcess.*;

/** Stores the cohort's evaluation report (JSON for the API, a Dutch summary for Tasklist). */
@Component("buildPilotEvaluationReport")
public class BuildEvaluationReportDelegate implements JavaDelegate {

  private final PilotCases cases;
  private final ObjectMapper json;

  public BuildEvaluationReportDelegate(PilotCases cases, ObjectMapper json) {
    this.cases = cases;
    this.json = json;
  }

  @Override
  public void execute(DelegateExecution execution) throws JsonProcessingException {
    EvaluationReport report = EvaluationReportBuilder.build((String) execution.getVariable(COHORT_NAME),
        cases.outcomes(execution.getProcessInstanceId()), cases.groupSessions(execution.getProcessInstanceId()),
        reunion(execution));
    // JSON (stored as bytes): a cohort's texts easily pass a text variable's 4,000 characters
    execution.setVariable(EVALUATION_REPORT, SpinValues.jsonValue(json.writeValueAsString(report)).create());
    execution.setVariable(REPORT_SUMMARY, EvaluationReportBuilder.summary(report));
  }

  /** The reunion as Bureau I&D recorded it (the report waits for that record); null if there is none. */
  private static Reunion reunion(DelegateExecution execution) {
    Object held = execution.getVariable(REUNION_HELD);
    if (held == null) {
      return null;
    }
    return new Reunion(CityTime.DAY.format(LocalDate.parse((String) execution.getVariable(REUNION_DATE))),
        YES.equals(held), (String) execution.getVariable(REUNION_NOT_HELD_REASON),
        (String) execution.getVariable(REUNION_OUTCOME));
  }
}

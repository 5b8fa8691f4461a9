package nl.amsterdam.inclusion.pilot;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.pilot.PilotProcess.*;

/** Links a new sign-up to the cohort whose registration is open; none leaves {@code cohortId} null. */
@Component("findOpenPilotCohort")
public class FindOpenCohortDelegate implements JavaDelegate {

  private final PilotCases cases;

  public FindOpenCohortDelegate(PilotCases cases) {
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var cohort = cases.openCohort();
    execution.setVariable(COHORT_ID, cohort.map(c -> c.getId()).orElse(null));
    execution.setVariable(COHORT_NAME, cohort.map(c -> cases.variable(c.getId(), COHORT_NAME)).orElse(null));
  }
}

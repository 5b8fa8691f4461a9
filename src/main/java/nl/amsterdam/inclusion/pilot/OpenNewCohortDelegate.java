package nl.amsterdam.inclusion.pilot;

import java.util.Map;

import nl.amsterdam.inclusion.engine.AsProcess;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.pilot.PilotProcess.*;

/** The follow-up "nieuw cohort": opens the cohort Bureau I&D prepared; it takes in the waiting list at once. */
@Component("openNewPilotCohort")
public class OpenNewCohortDelegate implements JavaDelegate {

  private final RuntimeService runtimeService;

  public OpenNewCohortDelegate(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String cohortId = AsProcess.run(() -> runtimeService.startProcessInstanceByKey(COHORT, Map.of(
        COHORT_NAME, execution.getVariable(NEW_COHORT_NAME),
        SIGN_UP_DEADLINE, execution.getVariable(NEW_SIGN_UP_DEADLINE),
        TARGET_GROUP_SIZE, ((Number) execution.getVariable(NEW_TARGET_GROUP_SIZE)).intValue())).getId());
    execution.setVariable(NEW_COHORT_ID, cohortId);
  }
}

package nl.amsterdam.inclusion.pilot;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.pilot.PilotProcess.OPEN_JOURNEYS;

/** How many grouped participants of this cohort have not yet evaluated or left. */
@Component("countOpenPilotJourneys")
public class CountOpenJourneysDelegate implements JavaDelegate {

  private final PilotCases cases;

  public CountOpenJourneysDelegate(PilotCases cases) {
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(OPEN_JOURNEYS, cases.openJourneys(execution.getProcessInstanceId()));
  }
}

package nl.amsterdam.inclusion.leadershipfacts;

import nl.amsterdam.inclusion.engine.CaseVariables;
import nl.amsterdam.inclusion.pilot.PilotProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A pilot participant who asked for Leadershipfacts in the evaluation is offered a trajectory at the pilot-partner
 * price; it really starts only once the leader confirms and Bureau I&D approves the cost.
 */
@Component("startLeadershipfacts")
public class StartFromPilotDelegate implements JavaDelegate {

  private final Trajectories trajectories;

  public StartFromPilotDelegate(Trajectories trajectories) {
    this.trajectories = trajectories;
  }

  @Override
  public void execute(DelegateExecution execution) {
    trajectories.offerFromPilot(execution.getProcessInstanceId(),
        (String) execution.getVariable(PilotProcess.PARTICIPANT_ID),
        (String) execution.getVariable(PilotProcess.PARTICIPANT_NAME),
        (String) execution.getVariable(CaseVariables.EMAIL),
        (String) execution.getVariable(CaseVariables.DIRECTORATE));
  }
}

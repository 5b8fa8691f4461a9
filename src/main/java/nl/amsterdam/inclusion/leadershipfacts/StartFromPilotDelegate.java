package nl.amsterdam.inclusion.leadershipfacts;

import java.util.Map;

import nl.amsterdam.inclusion.pilot.PilotProcess;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.leadershipfacts.LeadershipfactsProcess.*;

/** A pilot participant who wants Leadershipfacts gets a trajectory at the pilot-partner price. */
@Component("startLeadershipfacts")
public class StartFromPilotDelegate implements JavaDelegate {

  private final RuntimeService runtimeService;

  public StartFromPilotDelegate(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    runtimeService.startProcessInstanceByKey(TRAJECTORY, Map.of(
        LEADER_ID, execution.getVariable(PilotProcess.PARTICIPANT_ID),
        LEADER_NAME, execution.getVariable(PilotProcess.PARTICIPANT_NAME),
        EMAIL, execution.getVariable(PilotProcess.EMAIL),
        ORIGIN, ORIGIN_PILOT));
  }
}

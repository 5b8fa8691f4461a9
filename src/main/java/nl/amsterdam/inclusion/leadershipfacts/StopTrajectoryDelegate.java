package nl.amsterdam.inclusion.leadershipfacts;

import nl.amsterdam.inclusion.engine.StartUser;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.leadershipfacts.LeadershipfactsProcess.*;

/** Stops the leader's own running trajectory (and its measurement); none running is a business error. */
@Component("stopLeadershipfacts")
public class StopTrajectoryDelegate implements JavaDelegate {

  private final RuntimeService runtimeService;

  public StopTrajectoryDelegate(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int stopped = runtimeService.createMessageCorrelation(MSG_STOPPED)
        .processInstanceVariableEquals(LEADER_ID, StartUser.of(execution))
        .correlateAllWithResult()
        .size();
    if (stopped == 0) {
      throw new BpmnError(ERROR_NO_TRAJECTORY, "Geen lopend Leadershipfacts-traject");
    }
  }
}

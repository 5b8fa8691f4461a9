package nl.amsterdam.inclusion.pilot;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.pilot.PilotProcess.GROUP_COACH;

/**
 * The coach who plans a group's session becomes that group's coach: the group's further tasks and
 * its participants' conversations go to that coach only.
 */
@Component("recordGroupCoach")
public class RecordGroupCoachListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String coach = task.getAssignee() != null ? task.getAssignee() : user == null ? null : user.getUserId();
    if (coach == null) {
      throw new IllegalStateException("Claim the task first: the coach who plans the session leads the group");
    }
    task.getExecution().setVariable(GROUP_COACH, coach);
  }
}

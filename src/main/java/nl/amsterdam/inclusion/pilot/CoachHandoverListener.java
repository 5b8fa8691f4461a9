package nl.amsterdam.inclusion.pilot;

import nl.amsterdam.inclusion.identity.Groups;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.pilot.PilotProcess.*;

/**
 * When Bureau I&D hands a coach's step to another coach (the first one is ill, say), the new coach takes over the
 * rest too: the group's further steps, or the participant's conversations, follow the coach variable the model
 * assigns them to. Only another member of the coaches' group takes over; who may hand a step on is the engine's
 * rule (security.EngineRules).
 */
@Component("handOverToCoach")
public class CoachHandoverListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String coach = task.getAssignee();
    String variable = COHORT.equals(task.getProcessEngineServices().getRepositoryService()
        .getProcessDefinition(task.getProcessDefinitionId()).getKey()) ? GROUP_COACH : COACH_ID;
    if (coach == null || coach.equals(task.getVariable(variable)) || task.getProcessEngineServices().getIdentityService()
        .createUserQuery().userId(coach).memberOfGroup(Groups.PILOT_COACHES).count() == 0) {
      return;
    }
    task.getExecution().setVariable(variable, coach);
  }
}

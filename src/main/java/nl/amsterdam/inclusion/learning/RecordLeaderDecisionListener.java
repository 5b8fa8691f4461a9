package nl.amsterdam.inclusion.learning;

import nl.amsterdam.inclusion.engine.AsProcess;
import nl.amsterdam.inclusion.identity.Leaders;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.learning.LearningProcess.LEADER_DECIDED_BY;
import static nl.amsterdam.inclusion.learning.LearningProcess.LEADER_ID;
import static nl.amsterdam.inclusion.learning.LearningProcess.LEADER_NAME;

/**
 * Records who decided on an employee's request, as the engine knows it (the login, else the leader the step was
 * assigned to): a supported request continues with that leader as its requester ({@link TakeOverRequestDelegate}).
 */
@Component("recordLeaderDecision")
public class RecordLeaderDecisionListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    IdentityService identity = task.getProcessEngineServices().getIdentityService();
    Authentication login = identity.getCurrentAuthentication();
    String decider = login != null ? login.getUserId() : task.getAssignee();
    task.getExecution().setVariable(LEADER_DECIDED_BY, decider);
    // the one who decided is the leader the employee hears from (Bureau I&D may have handed the step on)
    User leader = AsProcess.run(() -> identity.createUserQuery().userId(decider).singleResult());
    if (leader != null) {
      task.getExecution().setVariable(LEADER_ID, leader.getId());
      task.getExecution().setVariable(LEADER_NAME, Leaders.nameOf(leader));
    }
  }
}

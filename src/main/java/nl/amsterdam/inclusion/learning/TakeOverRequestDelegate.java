package nl.amsterdam.inclusion.learning;

import nl.amsterdam.inclusion.engine.AsProcess;
import nl.amsterdam.inclusion.engine.CaseVariables;
import nl.amsterdam.inclusion.identity.Leaders;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.learning.LearningProcess.*;

/**
 * A supported employee's request becomes the leader's: the leader who decided (recorded from the login) is the
 * responsible requester from here on (their name and address in the case, their steps, their withdrawal), and the
 * employee stays informed of the outcome.
 */
@Component("takeOverEmployeeRequest")
public class TakeOverRequestDelegate implements JavaDelegate {

  private final IdentityService identityService;

  public TakeOverRequestDelegate(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String leaderId = (String) execution.getVariable(LEADER_DECIDED_BY);
    User leader = AsProcess.run(() -> identityService.createUserQuery().userId(leaderId).singleResult());
    if (leader == null) {
      throw new IllegalStateException("The leader who supported request " + execution.getProcessBusinessKey()
          + " has no account");
    }
    execution.setVariable(REQUESTER_ID, leader.getId());
    execution.setVariable(REQUESTER_NAME, Leaders.nameOf(leader));
    execution.setVariable(CaseVariables.EMAIL, leader.getEmail());
    execution.setVariable(LEADER_ID, leader.getId());
    execution.setVariable(LEADER_NAME, Leaders.nameOf(leader));
  }
}

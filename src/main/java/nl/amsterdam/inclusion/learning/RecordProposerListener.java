package nl.amsterdam.inclusion.learning;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.learning.LearningProcess.PROPOSED_BY;

/**
 * Records who completed the proposal, as the engine knows it (the login, else the advisor it was assigned to), so
 * that the quality check can keep that person from approving it ({@link OwnProposalRule}). Each rework records anew.
 */
@Component("recordProposer")
public class RecordProposerListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    task.getExecution().setVariable(PROPOSED_BY, user != null ? user.getUserId() : task.getAssignee());
  }
}

package nl.amsterdam.inclusion.pilot;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.pilot.PilotProcess.*;

/** A new cohort takes in everybody on the waiting list: their sign-ups go to review for this cohort. */
@Component("inviteWaitingList")
public class InviteWaitingListDelegate implements JavaDelegate {

  private final RuntimeService runtimeService;

  public InviteWaitingListDelegate(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    runtimeService.createMessageCorrelation(MSG_COHORT_OPENED)
        .setVariable(COHORT_ID, execution.getProcessInstanceId())
        .setVariable(COHORT_NAME, execution.getVariable(COHORT_NAME))
        .correlateAllWithResult();
  }
}

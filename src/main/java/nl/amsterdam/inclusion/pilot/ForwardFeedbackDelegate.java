package nl.amsterdam.inclusion.pilot;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.pilot.PilotProcess.*;

/**
 * Hands the coach's written feedback (and whether the leader attended) to the participant's case.
 * A participant who withdrew in the meantime has no case waiting: nothing to hand over.
 */
@Component("forwardPilotFeedback")
public class ForwardFeedbackDelegate implements JavaDelegate {

  private final RuntimeService runtimeService;

  public ForwardFeedbackDelegate(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    runtimeService.createMessageCorrelation(MSG_FEEDBACK_RETURNED)
        .processInstanceId((String) execution.getVariable(PARTICIPANT_CASE_ID))
        .setVariable(ATTENDED, execution.getVariable(ATTENDED))
        .setVariable(FEEDBACK, execution.getVariable(FEEDBACK))
        .setVariable(COACH_ID, execution.getVariable(GROUP_COACH))
        .correlateAllWithResult();
  }
}

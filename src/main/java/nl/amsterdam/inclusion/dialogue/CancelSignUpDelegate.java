package nl.amsterdam.inclusion.dialogue;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.dialogue.DialogueProcess.*;

/** Tells the session that a leader cancelled, so that the waiting list can move up. */
@Component("cancelAldermanSignUp")
public class CancelSignUpDelegate implements JavaDelegate {

  private final RuntimeService runtimeService;

  public CancelSignUpDelegate(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    runtimeService.createMessageCorrelation(MSG_SIGN_UP_CANCELLED)
        .processInstanceId((String) execution.getVariable(DIALOGUE_ID))
        .correlateAllWithResult();
  }
}

package nl.amsterdam.inclusion.dialogue;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.dialogue.DialogueProcess.*;

/** After the session the sign-ups end; their data goes with their (short) history time to live. */
@Component("closeAldermanSignUps")
public class CloseSignUpsDelegate implements JavaDelegate {

  private final RuntimeService runtimeService;

  public CloseSignUpsDelegate(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    runtimeService.createMessageCorrelation(MSG_DIALOGUE_CLOSED)
        .processInstanceVariableEquals(DIALOGUE_ID, execution.getProcessInstanceId())
        .correlateAllWithResult();
  }
}

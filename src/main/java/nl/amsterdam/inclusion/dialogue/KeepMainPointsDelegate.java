package nl.amsterdam.inclusion.dialogue;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.dialogue.DialogueProcess.*;

/**
 * Passes the main points and the listener's signals of a session that took place on to the register that Bureau I&D
 * and the alderman's office read for the next bestuursopdracht ({@link MainPointsRegister}).
 */
@Component("keepAldermanMainPoints")
public class KeepMainPointsDelegate implements JavaDelegate {

  private final MainPointsRegister register;

  public KeepMainPointsDelegate(MainPointsRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (HELD.equals(execution.getVariable(SESSION_TOOK_PLACE))) {
      register.keep(execution.getProcessInstanceId(), new MainPointsRegister.Entry(
          String.valueOf(execution.getVariable(DIALOGUE_DATE)).substring(0, 10), (String) execution.getVariable(DIALOGUE_THEME),
          (String) execution.getVariable(MAIN_POINTS), (String) execution.getVariable(LISTENER_SIGNALS)));
    }
  }
}

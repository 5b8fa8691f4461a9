package nl.amsterdam.inclusion.engine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricProcessInstance;

/**
 * Who started the case, as the engine recorded it from the login: the actor of a withdrawal or a
 * cancellation. Never a variable, which an administrator can change and a submission could try to name.
 * For steps that run in their own transaction (asynchronous), after the start was stored.
 */
public final class StartUser {

  private StartUser() {
  }

  /** @return the user who started the case; a case the application itself started has none and is refused */
  public static String of(DelegateExecution execution) {
    HistoricProcessInstance started = AsProcess.run(() -> execution.getProcessEngineServices().getHistoryService()
        .createHistoricProcessInstanceQuery().processInstanceId(execution.getProcessInstanceId()).singleResult());
    if (started == null) {
      throw new IllegalStateException("No history of case " + execution.getProcessInstanceId()
          + ": the step must run after the start was stored (asyncBefore)");
    }
    if (started.getStartUserId() == null) {
      throw new IllegalStateException("Case " + execution.getProcessInstanceId() + " was not started by a person");
    }
    return started.getStartUserId();
  }
}

package nl.amsterdam.inclusion.learning;

import nl.amsterdam.inclusion.engine.StartUser;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.learning.LearningProcess.*;

/** Withdraws the requester's own running request with the given reference; nobody else's. */
@Component("withdrawLearningRequest")
public class WithdrawRequestDelegate implements JavaDelegate {

  private final RuntimeService runtimeService;

  public WithdrawRequestDelegate(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int withdrawn = runtimeService.createMessageCorrelation(MSG_REQUEST_WITHDRAWN)
        .processInstanceBusinessKey(OwnRequestRule.normalised((String) execution.getVariable(REQUEST_REFERENCE)))
        .processInstanceVariableEquals(REQUESTER_ID, StartUser.of(execution))
        .setVariable(WITHDRAWAL_REASON, execution.getVariable(WITHDRAWAL_REASON))
        .correlateAllWithResult()
        .size();
    if (withdrawn == 0) {
      throw new BpmnError(ERROR_NO_REQUEST, "Geen lopende aanvraag met deze referentie op jouw naam");
    }
  }
}

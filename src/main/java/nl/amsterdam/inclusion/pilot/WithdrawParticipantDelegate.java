package nl.amsterdam.inclusion.pilot;

import nl.amsterdam.inclusion.engine.StartUser;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.pilot.PilotProcess.*;

/** Ends the withdrawing leader's running participation; none running is a business error. */
@Component("withdrawPilotParticipant")
public class WithdrawParticipantDelegate implements JavaDelegate {

  private final RuntimeService runtimeService;

  public WithdrawParticipantDelegate(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int ended = runtimeService.createMessageCorrelation(MSG_PARTICIPANT_WITHDREW)
        .processInstanceVariableEquals(PARTICIPANT_ID, StartUser.of(execution))
        .setVariable(WITHDRAWAL_REASON, execution.getVariable(WITHDRAWAL_REASON))
        .correlateAllWithResult()
        .size();
    if (ended == 0) {
      throw new BpmnError(ERROR_NO_PARTICIPATION, "Geen lopende deelname aan de pilot gevonden");
    }
  }
}

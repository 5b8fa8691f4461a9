package nl.amsterdam.inclusion.pilot;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/** Both paths of {@code pilot-withdrawal}; withdrawing at every step is in PilotParticipantProcessTest. */
class PilotWithdrawalProcessTest extends PilotTestCase {

  @Test
  void aWithdrawalEndsTheLeadersRunningParticipationOnly() {
    openCohort("Cohort voorjaar", 5);
    ProcessInstance fatima = signUp("fatima", "Fatima El Amrani", "Sociaal Domein");
    ProcessInstance jan = signUp("jan", "Jan de Vries", "Ruimte");

    ProcessInstance withdrawal = withdraw("fatima", "Te druk");

    assertThat(withdrawal).isEnded().hasPassed("Task_WithdrawParticipant", "End_ParticipationEnded");
    assertThat(fatima).isEnded().hasPassed("End_Withdrawn");
    assertThat(runtimeService.getVariable(jan.getId(), "withdrawalReason")).isNull();
    assertThat(jan).isWaitingAt(PilotProcess.TASK_REVIEW_SIGN_UP);
    assertThat(notifications(fatima)).containsExactlyInAnyOrder("pilot-withdrawn", "pilot-withdrawn",
        "pilot-withdrawn", "pilot-withdrawn"); // the leader and the three Bureau I&D members
  }

  @Test
  void aWithdrawalWithoutRunningParticipationIsAnsweredByMail() {
    ProcessInstance withdrawal = withdraw("jan", "Ik wil niet meer.");

    assertThat(withdrawal).isEnded().hasPassed("Task_NotifyNoParticipation", "End_NothingToWithdraw");
    assertThat(notifications(withdrawal)).containsExactly("pilot-no-participation");
  }
}

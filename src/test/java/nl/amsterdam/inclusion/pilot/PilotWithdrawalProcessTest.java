package nl.amsterdam.inclusion.pilot;

import java.util.List;
import java.util.Map;

import nl.amsterdam.inclusion.form.FieldError;
import nl.amsterdam.inclusion.form.FormValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
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
  void aWithdrawalWithoutRunningParticipationIsRefusedOnTheForm() {
    openCohort("Cohort voorjaar", 5);
    ProcessInstance fatima = signUp("fatima", "Fatima El Amrani", "Sociaal Domein");
    long withdrawals = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PilotProcess.WITHDRAWAL).count();

    assertThatThrownBy(() -> withdraw("jan", "Ik wil niet meer."))
        .isInstanceOfSatisfying(FormValidationException.class, refused -> assertThat(refused.errors())
            .extracting(FieldError::field, FieldError::message)
            .containsExactly(tuple("confirmWithdrawal", "kan niet: je hebt geen lopende deelname aan de pilot")));

    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PilotProcess.WITHDRAWAL).count())
        .as("no withdrawal started").isEqualTo(withdrawals);
    assertThat(fatima).isWaitingAt(PilotProcess.TASK_REVIEW_SIGN_UP);
  }

  @Test
  void aParticipationThatEndsBeforeTheWithdrawalRunsIsAnsweredByMail() {
    openCohort("Cohort voorjaar", 5);
    ProcessInstance jan = signUp("jan", "Jan de Vries", "Ruimte");
    identityService.setAuthentication("jan", List.of("leaders"));
    ProcessInstance withdrawal;
    try {
      withdrawal = formService.submitStartForm(repositoryService.createProcessDefinitionQuery()
          .processDefinitionKey(PilotProcess.WITHDRAWAL).latestVersion().singleResult().getId(),
          Map.of("withdrawalReason", "Ik wil niet meer.", "confirmWithdrawal", true));
    } finally {
      identityService.clearAuthentication();
    }
    // between the accepted form and the asynchronous withdrawal the participation ends another way
    runtimeService.deleteProcessInstance(jan.getId(), "test: ended meanwhile");
    runAsyncJobs();

    assertThat(withdrawal).isEnded().hasPassed("Task_NotifyNoParticipation", "End_NothingToWithdraw");
    assertThat(notifications(withdrawal)).containsExactly("pilot-no-participation");
  }
}

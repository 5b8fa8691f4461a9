package nl.amsterdam.inclusion.pilot;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import nl.amsterdam.inclusion.cancellation.CancellationProcess;
import nl.amsterdam.inclusion.form.FormValidationException;
import nl.amsterdam.inclusion.mycases.CaseSteps;
import nl.amsterdam.inclusion.reporting.DashboardFigures;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/** Every path of {@code pilot-participant}, the cohort played by messages. */
class PilotParticipantProcessTest extends PilotTestCase {

  @Autowired CaseSteps caseSteps;
  @Autowired DashboardFigures dashboard;

  private void groupAssigned(ProcessInstance participant, int groupNumber) {
    runtimeService.createMessageCorrelation(PilotProcess.MSG_GROUP_ASSIGNED).processInstanceId(participant.getId())
        .setVariable("groupNumber", groupNumber).setVariable("cohortCancelled", false).correlate();
    runAsyncJobs();
  }

  private void feedbackReturned(ProcessInstance participant, boolean attended) {
    runtimeService.createMessageCorrelation(PilotProcess.MSG_FEEDBACK_RETURNED).processInstanceId(participant.getId())
        .setVariable("attended", attended).setVariable("feedback", attended ? "Vraag vooraf hoe collega's het overleg beleven." : null)
        .setVariable("coachId", "anouk").correlate();
    runAsyncJobs();
  }

  /** Signed up, accepted, case formulated, placed in group 1, feedback returned. */
  private ProcessInstance participantWithFeedback() {
    openCohort("Cohort voorjaar", 5);
    ProcessInstance participant = signUp("fatima", "Fatima El Amrani", "Sociaal Domein");
    accept(participant);
    formulateCase(participant);
    groupAssigned(participant, 1);
    feedbackReturned(participant, true);
    return participant;
  }

  /** The task's due date lies the given number of days after now (give or take the test's own run time). */
  private void assertDueInDays(ProcessInstance participant, String taskKey, int days) {
    Task task = task(participant, taskKey);
    assertThat(task.getDueDate()).as(taskKey + " due date")
        .isCloseTo(new Date(ClockUtil.getCurrentTime().getTime() + days * DAY), 60_000);
  }

  private static final long DAY = 24L * 3600 * 1000;

  @Test
  void bureauIDSeesWhoseSignUpToReviewWhileTheDiagramNamesTheStep() {
    openCohort("Cohort voorjaar", 5);
    ProcessInstance participant = signUp("fatima", "Fatima El Amrani", "Sociaal Domein");

    assertThat(task(participant, PilotProcess.TASK_REVIEW_SIGN_UP).getName())
        .isEqualTo("Aanmelding van Fatima El Amrani beoordelen");
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(participant.getId())
        .taskDefinitionKey(PilotProcess.TASK_REVIEW_SIGN_UP).singleResult().getName())
        .isEqualTo("Aanmelding van Fatima El Amrani beoordelen");
    assertThat(repositoryService.getBpmnModelInstance(participant.getProcessDefinitionId())
        .getModelElementById(PilotProcess.TASK_REVIEW_SIGN_UP).getAttributeValue("name"))
        .isEqualTo("Aanmelding beoordelen");
  }

  @Test
  void anAcceptedLeaderWalksTheWholeJourneyWithADueDateOnEveryTask() {
    openCohort("Cohort voorjaar", 5);
    ProcessInstance participant = signUp("fatima", "Fatima El Amrani", "Sociaal Domein");
    assertDueInDays(participant, PilotProcess.TASK_REVIEW_SIGN_UP, 7);
    accept(participant);
    assertDueInDays(participant, "Task_FormulateCase", 14);
    assertThat(task(participant, "Task_FormulateCase").getFollowUpDate()).as("reminder after a week")
        .isCloseTo(new Date(ClockUtil.getCurrentTime().getTime() + 7 * DAY), 60_000);
    formulateCase(participant);
    groupAssigned(participant, 1);
    feedbackReturned(participant, true);

    assertThat(participant).isWaitingAt("Task_ReadFeedback").task().isAssignedTo("fatima");
    assertDueInDays(participant, "Task_ReadFeedback", 7);
    submit(participant, "Task_ReadFeedback", Map.of("firstReaction", "Herkenbaar"));
    assertThat(conversations(participant)).isWaitingAt("Task_PlanRefineConversation").task().isAssignedTo("anouk");
    assertDueInDays(participant, "Task_PlanRefineConversation", 7);
    submit(participant, "Task_PlanRefineConversation", plannedConversation());
    // recorded by the end of the day after the planned conversation (in 3 days)
    assertThat(task(participant, "Task_HoldRefineConversation").getDueDate())
        .isEqualTo(new PilotSchedule().dayAfter(inDays(3)));
    submit(participant, "Task_HoldRefineConversation", refineConversation());
    assertThat(conversations(participant)).isWaitingAt("Timer_FinalConversationDue");
    // planned after three weeks and due a week later: the final conversation is about four weeks after the first
    assertThat(managementService.createJobQuery().processInstanceId(conversations(participant).getId()).timers()
        .singleResult().getDuedate()).isCloseTo(new Date(ClockUtil.getCurrentTime().getTime() + 21 * DAY), 60_000);
    fireTimer(participant, "Timer_FinalConversationDue");
    assertDueInDays(participant, "Task_PlanReflectConversation", 7);
    submit(participant, "Task_PlanReflectConversation", plannedConversation());
    assertThat(task(participant, "Task_HoldReflectConversation").getDueDate())
        .isEqualTo(new PilotSchedule().dayAfter(inDays(3)));
    submit(participant, "Task_HoldReflectConversation", reflectConversation());
    assertThat(participant).isWaitingAt("Task_EvaluatePilot").task().isAssignedTo("fatima");
    assertDueInDays(participant, "Task_EvaluatePilot", 14);
    submit(participant, "Task_EvaluatePilot", evaluation(8, true, true));

    // intervision is organised for the cohort by Bureau I&D (pilot-cohort), no longer per participant
    assertThat(participant).isEnded().hasPassed("Task_StartLeadershipfacts", "End_JourneyCompleted");
    assertThat(notifications(participant)).containsExactly("pilot-sign-up-accepted", "pilot-feedback-available",
        "pilot-conversation-planned", "pilot-conversation-planned", "pilot-evaluation-request");
  }

  @Test
  void bureauIdHandsAConversationToAnotherCoachWhoHoldsTheRestOfThem() {
    ProcessInstance participant = participantWithFeedback();
    submit(participant, "Task_ReadFeedback", Map.of());
    submit(participant, "Task_PlanRefineConversation", plannedConversation());
    Task hold = task(participant, "Task_HoldRefineConversation");
    assertThat(hold.getAssignee()).isEqualTo("anouk");

    // anouk is ill: Bureau I&D hands the conversation to rik, who holds the participant's further conversations too
    asUser("mila", () -> taskService.setAssignee(hold.getId(), "rik"));
    submit(participant, "Task_HoldRefineConversation", refineConversation());
    fireTimer(participant, "Timer_FinalConversationDue");

    assertThat(task(participant, "Task_PlanReflectConversation").getAssignee()).isEqualTo("rik");
    submit(participant, "Task_PlanReflectConversation", plannedConversation());
    assertThat(task(participant, "Task_HoldReflectConversation").getAssignee()).isEqualTo("rik");
    submit(participant, "Task_HoldReflectConversation", reflectConversation());
    assertThat(participant).isWaitingAt("Task_EvaluatePilot");
    assertThat(runtimeService.getVariable(participant.getId(), "coachId")).as("the case's coach").isEqualTo("rik");
  }

  @Test
  void theConversationsRunAsTheCasesOwnCalledProcessUnderItsReference() {
    ProcessInstance participant = participantWithFeedback();
    submit(participant, "Task_ReadFeedback", Map.of());

    assertThat(participant).isWaitingAt("CallActivity_CoachingConversations");
    ProcessInstance conversations = conversations(participant);
    assertThat(conversations.getBusinessKey()).isEqualTo(businessKeyOf(participant));
    assertThat(task(participant, "Task_PlanRefineConversation").getName())
        .isEqualTo("1-op-1 gesprek 'verfijnen' plannen met Fatima El Amrani");
    assertThat(runtimeService.getVariables(conversations.getId())).containsKeys("participantName", "directorate",
        "cohortName", "coreQuestion", "feedback", "coachId", "email");
    // Mijn aanvragen shows the step the participant waits for, not the call activity around it
    assertThat(caseSteps.of(participant.getId()).steps())
        .containsExactly("1-op-1 gesprek 'verfijnen' plannen met Fatima El Amrani");
  }

  @Test
  void theDashboardsFunnelCountsTheConversationsForTheJourney() {
    // a cohort name of its own: the funnel counts per cohort name over the history other tests leave
    openCohort("Cohort trechter", 5);
    ProcessInstance participant = signUp("fatima", "Fatima El Amrani", "Sociaal Domein");
    accept(participant);
    formulateCase(participant);
    groupAssigned(participant, 1);
    feedbackReturned(participant, true);
    completeJourneyAfterFeedback(participant, 7, false);

    assertThat(dashboard.compute().pilotFunnel()).filteredOn(funnel -> funnel.cohort().equals("Cohort trechter"))
        .containsExactly(new DashboardFigures.Funnel("Cohort trechter", List.of(1, 1, 1, 1, 1, 1)));
  }

  @Test
  void interestInLeadershipfactsOffersATrajectoryThatWaitsForTheLeadersConfirmation() {
    ProcessInstance participant = participantWithFeedback();
    completeJourneyAfterFeedback(participant, 9, false);

    ProcessInstance trajectory = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(nl.amsterdam.inclusion.leadershipfacts.LeadershipfactsProcess.TRAJECTORY)
        .variableValueEquals("leaderId", "fatima").singleResult();
    assertThat(trajectory).isWaitingAt("Task_ConfirmTrajectory").task().isAssignedTo("fatima");
    assertThat(runtimeService.getVariable(trajectory.getId(), "origin")).isEqualTo("pilot");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_leadershipfacts_cost WHERE process_instance_id = ?",
        Integer.class, trajectory.getId())).as("no cost before confirmation and approval").isZero();
  }

  @Test
  void aLeaderWithARunningParticipationCannotSignUpAgain() {
    openCohort("Cohort voorjaar", 5);
    ProcessInstance first = signUp("fatima", "Fatima El Amrani", "Sociaal Domein");
    accept(first);

    assertThatThrownBy(() -> signUp("fatima", "Fatima El Amrani", "Sociaal Domein"))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("'Naam' heeft al een lopende aanmelding voor de pilot: aangemeld op ")
        .hasMessageContaining("cohort Cohort voorjaar");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PilotProcess.PARTICIPANT)
        .variableValueEquals("participantId", "fatima").count()).as("still one participation").isEqualTo(1);
    assertThat(first).isWaitingAt("Task_FormulateCase");
  }

  @Test
  void aLeaderOnTheWaitingListCannotSignUpAgainButAnotherLeaderCan() {
    ProcessInstance waiting = signUp("fatima", "Fatima El Amrani", "Sociaal Domein");

    assertThatThrownBy(() -> signUp("fatima", "Fatima El Amrani", "Sociaal Domein"))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("op de wachtlijst");
    assertThat(waiting).isWaitingAt("Gateway_WaitForCohort");
    assertThat(signUp("jan", "Jan de Vries", "Ruimte")).isWaitingAt("Gateway_WaitForCohort");
  }

  @Test
  void theCaseIsNamedAfterTheLeaderAndTheWaitingListUntilACohortOpens() {
    ProcessInstance waiting = signUp("fatima", "Fatima El Amrani", "Sociaal Domein");
    assertThat(businessKeyOf(waiting)).isEqualTo("Fatima El Amrani – wachtlijst");

    openCohort("Cohort najaar", 5);

    assertThat(waiting).isWaitingAt(PilotProcess.TASK_REVIEW_SIGN_UP);
    assertThat(businessKeyOf(waiting)).isEqualTo("Fatima El Amrani – Cohort najaar");
    assertThat(businessKeyOf(signUp("jan", "Jan de Vries", "Ruimte"))).isEqualTo("Jan de Vries – Cohort najaar");
  }

  @Test
  void bureauIdCancelsAParticipationByItsReferenceAsWritten() {
    ProcessInstance waiting = signUp("fatima", "Fatima El Amrani", "Sociaal Domein");

    ProcessInstance cancellation = startAs("mila", CancellationProcess.KEY, Map.of(
        CancellationProcess.CASE_ID, "Fatima El Amrani – wachtlijst",
        CancellationProcess.CANCEL_REASON, "Dubbel aangemeld via het secretariaat."));
    runAsyncJobs();

    assertThat(cancellation).isEnded().hasPassed("End_CaseCancelled");
    assertThat(waiting).isEnded();
  }

  @Test
  void bureauIdCancelsAParticipationDuringTheConversationsAndTheCoachIsTold() {
    ProcessInstance participant = participantWithFeedback();
    submit(participant, "Task_ReadFeedback", Map.of());
    ProcessInstance conversations = conversations(participant);

    ProcessInstance cancellation = startAs("mila", CancellationProcess.KEY, Map.of(
        CancellationProcess.CASE_ID, businessKeyOf(participant),
        CancellationProcess.CANCEL_REASON, "Langdurig ziek."));
    runAsyncJobs();

    assertThat(cancellation).isEnded().hasPassed("End_CaseCancelled");
    assertThat(participant).isEnded().hasPassed("End_Withdrawn");
    assertThat(conversations).isEnded();
    assertThat(taskService.createTaskQuery().processInstanceId(conversations.getId()).count()).isZero();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(cancellation.getId())
        .variableName(CancellationProcess.INVOLVED).singleResult().getValue()).isEqualTo("anouk");
  }

  @Test
  void aLeaderWhoseParticipationEndedMaySignUpAgain() {
    ProcessInstance first = signUp("fatima", "Fatima El Amrani", "Sociaal Domein");
    fireTimer(first, "Timer_WaitingListExpired");
    assertThat(first).isEnded();

    assertThat(signUp("fatima", "Fatima El Amrani", "Sociaal Domein")).isWaitingAt("Gateway_WaitForCohort");
  }

  @Test
  void withoutInterestInIntervisionTheJourneyEndsWithTheEvaluation() {
    ProcessInstance participant = participantWithFeedback();
    completeJourneyAfterFeedback(participant, 7, false);

    assertThat(participant).isEnded().hasPassed("End_JourneyCompleted").hasNotPassed("Task_SendIntervisionInvitation");
  }

  @Test
  void aDeclinedSignUpEndsWithTheReasonByMail() {
    openCohort("Cohort voorjaar", 5);
    ProcessInstance participant = signUp("jan", "Jan de Vries", "Ruimte");
    assertThat(participant).isWaitingAt(PilotProcess.TASK_REVIEW_SIGN_UP).task().hasCandidateGroup("id-bureau");

    submit(participant, PilotProcess.TASK_REVIEW_SIGN_UP,
        Map.of("signUpDecision", "decline", "declineReason", "Je bent geen leidinggevende."));

    assertThat(participant).isEnded().hasPassed("End_SignUpDeclined");
    assertThat(notifications(participant)).containsExactly("pilot-sign-up-declined");
  }

  @Test
  void aDeclineWithoutReasonIsRefusedAndTheTaskStaysOpen() {
    openCohort("Cohort voorjaar", 5);
    ProcessInstance participant = signUp("jan", "Jan de Vries", "Ruimte");

    org.assertj.core.api.Assertions.assertThatThrownBy(() ->
            submit(participant, PilotProcess.TASK_REVIEW_SIGN_UP, Map.of("signUpDecision", "decline")))
        .hasMessageContaining("'Reden van afwijzing' is verplicht");
    assertThat(participant).isWaitingAt(PilotProcess.TASK_REVIEW_SIGN_UP);
  }

  @Test
  void aSignUpWithoutOpenCohortWaitsOnTheWaitingListUntilACohortOpens() {
    ProcessInstance participant = signUp("fatima", "Fatima El Amrani", "Sociaal Domein");
    assertThat(participant).isWaitingAt("Gateway_WaitForCohort");
    assertThat(notifications(participant)).containsExactly("pilot-waiting-list");

    ProcessInstance cohort = openCohort("Cohort najaar", 5);

    assertThat(participant).isWaitingAt(PilotProcess.TASK_REVIEW_SIGN_UP);
    assertThat(runtimeService.getVariable(participant.getId(), "cohortId")).isEqualTo(cohort.getId());
  }

  @Test
  void theWaitingListExpiresAfterHalfAYearWithAMail() {
    ProcessInstance participant = signUp("fatima", "Fatima El Amrani", "Sociaal Domein");
    fireTimer(participant, "Timer_WaitingListExpired");

    assertThat(participant).isEnded().hasPassed("End_WaitingListExpired");
    assertThat(notifications(participant)).containsExactly("pilot-waiting-list", "pilot-waiting-list-expired");
  }

  @Test
  void aSignUpStillUnderReviewWhenRegistrationClosesGoesToTheWaitingList() {
    openCohort("Cohort voorjaar", 5);
    ProcessInstance participant = signUp("fatima", "Fatima El Amrani", "Sociaal Domein");
    runtimeService.createMessageCorrelation(PilotProcess.MSG_REGISTRATION_CLOSED)
        .processInstanceId(participant.getId()).correlate();
    runAsyncJobs();

    assertThat(participant).isWaitingAt("Gateway_WaitForCohort");
    assertThat(notifications(participant)).containsExactly("pilot-waiting-list");
  }

  @Test
  void aCaseLeftOpenIsRemindedAfterSevenDaysAndEscalatedToBureauIdAfterFourteen() {
    openCohort("Cohort voorjaar", 5);
    ProcessInstance participant = signUp("fatima", "Fatima El Amrani", "Sociaal Domein");
    accept(participant);

    fireTimer(participant, "Timer_CaseReminder");
    assertThat(participant).isWaitingAt("Task_FormulateCase");
    fireTimer(participant, "Timer_CaseEscalation");
    assertThat(participant).isWaitingAt("Task_FormulateCase");

    // one escalation mail per Bureau I&D member (mila, daan and the demo admin)
    assertThat(notifications(participant)).containsExactlyInAnyOrder("pilot-sign-up-accepted",
        "pilot-case-reminder", "pilot-case-escalation", "pilot-case-escalation", "pilot-case-escalation");
    formulateCase(participant);
    assertThat(participant).isWaitingAt(PilotProcess.RECEIVE_GROUP_ASSIGNED);
  }

  @Test
  void aLeaderAbsentFromTheGroupSessionEndsTheJourney() {
    openCohort("Cohort voorjaar", 5);
    ProcessInstance participant = signUp("fatima", "Fatima El Amrani", "Sociaal Domein");
    accept(participant);
    formulateCase(participant);
    groupAssigned(participant, 1);
    feedbackReturned(participant, false);

    assertThat(participant).isEnded().hasPassed("End_NotAttended");
  }

  @Test
  void aCancelledCohortEndsTheCaseEvenWithTheCaseStillOpen() {
    openCohort("Cohort voorjaar", 5);
    ProcessInstance participant = signUp("fatima", "Fatima El Amrani", "Sociaal Domein");
    accept(participant);
    runtimeService.createMessageCorrelation(PilotProcess.MSG_GROUP_ASSIGNED).processInstanceId(participant.getId())
        .setVariable("groupNumber", null).setVariable("cohortCancelled", true).correlate();
    runAsyncJobs();

    assertThat(participant).isEnded().hasPassed("End_CohortCancelled");
    assertThat(taskService.createTaskQuery().processInstanceId(participant.getId()).count()).isZero();
    assertThat(notifications(participant)).contains("pilot-cohort-cancelled");
  }

  static Stream<Arguments> waitStates() {
    return Stream.of(
        Arguments.of("beoordeling", PilotProcess.TASK_REVIEW_SIGN_UP),
        Arguments.of("case formuleren", "Task_FormulateCase"),
        Arguments.of("feedback lezen", "Task_ReadFeedback"),
        Arguments.of("gesprek plannen", "Task_PlanRefineConversation"),
        Arguments.of("drie weken wachten", "Timer_FinalConversationDue"),
        Arguments.of("evaluatie", "Task_EvaluatePilot"));
  }

  @ParameterizedTest(name = "afmelden tijdens {0}")
  @MethodSource("waitStates")
  void aLeaderCanWithdrawAtEveryWaitState(String stage, String waitState) {
    openCohort("Cohort voorjaar", 5);
    ProcessInstance participant = signUp("fatima", "Fatima El Amrani", "Sociaal Domein");
    advanceTo(participant, waitState);
    assertThat(holding(participant, waitState)).isWaitingAt(waitState);

    ProcessInstance withdrawal = withdraw("fatima", "Te druk met de reorganisatie.");

    assertThat(participant).isEnded().hasPassed("End_Withdrawn");
    assertThat(withdrawal).isEnded().hasPassed("End_ParticipationEnded");
    assertThat(taskService.createTaskQuery().processInstanceIdIn(caseAndCalled(participant).toArray(String[]::new))
        .count()).isZero();
    assertThat(notifications(participant)).contains("pilot-withdrawn");
  }

  private void advanceTo(ProcessInstance participant, String waitState) {
    List<String> order = List.of(PilotProcess.TASK_REVIEW_SIGN_UP, "Task_FormulateCase",
        "Task_ReadFeedback", "Task_PlanRefineConversation", "Timer_FinalConversationDue", "Task_EvaluatePilot");
    int target = order.indexOf(waitState);
    if (target >= 1) {
      accept(participant);
    }
    if (target >= 2) {
      formulateCase(participant);
      groupAssigned(participant, 1);
      feedbackReturned(participant, true);
    }
    if (target >= 3) {
      submit(participant, "Task_ReadFeedback", Map.of());
    }
    if (target >= 4) {
      submit(participant, "Task_PlanRefineConversation", plannedConversation());
      submit(participant, "Task_HoldRefineConversation", refineConversation());
    }
    if (target >= 5) {
      fireTimer(participant, "Timer_FinalConversationDue");
      submit(participant, "Task_PlanReflectConversation", plannedConversation());
      submit(participant, "Task_HoldReflectConversation", reflectConversation());
    }
  }
}

package nl.amsterdam.inclusion.panel;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;

import nl.amsterdam.inclusion.engine.CityTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import nl.amsterdam.inclusion.form.FormValidationException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/** Every path of {@code growth-panel-conversation} and of the reflection and follow-up it calls. */
class GrowthPanelConversationProcessTest extends PanelTestCase {

  private ProcessInstance conversation() {
    ProcessInstance conversation = runtimeService.startProcessInstanceByKey(PanelProcess.CONVERSATION,
        Map.of("roundNumber", 3, "directorateGroup", "directorate-wpi", "secondTime", false));
    runAsyncJobs();
    return conversation;
  }

  @Test
  void anIncompletePlanGoesBackWithRemarksUntilItIsComplete() {
    ProcessInstance conversation = conversation();
    assertThat(conversation).isWaitingAt("Task_SubmitActionPlan").task().hasCandidateGroup("directorate-wpi");
    fireTimer(conversation, "Timer_SubmitReminder");
    submitPlan(conversation);
    submit(conversation, "Task_CheckActionPlan", Map.of("planCheck", "incomplete", "checkRemarks", "Streefcijfers ontbreken."));

    assertThat(conversation).isWaitingAt("Task_SubmitActionPlan");
    assertThat(notifications(conversation)).contains("panel-plan-incomplete", "panel-task-reminder");
    submitPlan(conversation);
    approvePlan(conversation);
    assertThat(tasks(conversation, "Task_ReadActionPlan")).extracting(t -> t.getAssignee())
        .as("every member of the panel of four").containsExactlyInAnyOrder("karin", "marieke", "samir", "youssef");
  }

  @Test
  void afterAWeekTheReportGoesOutWithoutTheMissingInput() {
    ProcessInstance conversation = conversation();
    submitPlan(conversation);
    approvePlan(conversation);
    panelReads(conversation);
    scheduleAndReport(conversation, List.of("rol-leiderschap"));
    submit(tasks(conversation, "Task_GiveReportInput").get(0), Map.of("reportInput", "Aanvulling."));
    assertThat(tasks(conversation, "Task_GiveReportInput")).as("three of the panel of four still to answer").hasSize(3);

    fireTimer(conversation, "Timer_ReportInputDeadline");

    assertThat(followUp(conversation)).isWaitingAt("Task_WriteReflection").task().hasCandidateGroup("directorate-wpi");
    assertThat(tasks(conversation, "Task_GiveReportInput")).isEmpty();
    assertThat(notifications(conversation)).contains("panel-report-available");
  }

  @Test
  void aReflectionIsAnsweredByThePanelAndAFollowUpWithTwoMembersIsPlanned() {
    ProcessInstance conversation = conversation();
    toReportOut(conversation, List.of("urgentie"));
    ProcessInstance followUp = followUp(conversation);
    submit(followUp, "Task_WriteReflection", Map.of("writeReflection", "yes",
        "reflection", "We herkennen de beelden en gaan de onderstroom onderzoeken."));
    assertThat(followUp).isWaitingAt("Task_RespondToReflection").task().hasCandidateGroup("panel-members");
    submit(followUp, "Task_RespondToReflection", Map.of("panelResponse", "Mooi; betrek ook de uitvoering."));

    submit(followUp, "Task_DecideFollowUp", Map.of("wantsFollowUp", "yes", "followUpMember1", "karin",
        "followUpMember2", "youssef", "candidateDate1", inDays(20), "candidateDate2", inDays(21),
        "candidateDate3", inDays(22)));
    submit(followUp, "Task_PlanFollowUp", Map.of("followUpDate", inDays(21), "followUpTime", "10:00",
        "followUpLocation", "Online"));
    assertThat(task(followUp, "Task_RecordFollowUp").getDueDate()).isEqualTo(atFive(28));
    submit(followUp, "Task_RecordFollowUp", Map.of("followUpHeld", "yes", "followUpAgreements", "Over drie maanden bijpraten."));

    assertThat(followUp).isEnded().hasPassed("Task_RespondToReflection", "Task_PlanFollowUp", "End_FollowUpCompleted");
    assertThat(conversation).isEnded().hasPassed("CallActivity_FollowUp", "End_ConversationCompleted");
    assertThat(businessKeyOf(followUp)).as("the follow-up is the conversation's case").isEqualTo(businessKeyOf(conversation));
    assertThat(notifications(followUp)).contains("panel-reflection-received", "panel-response-available",
        "panel-follow-up-requested", "panel-follow-up-planned");
  }

  @Test
  void aFollowUpNeedsAPanelMemberFromThePanelAndThreeDates() {
    ProcessInstance conversation = conversation();
    toReportOut(conversation, List.of("urgentie"));
    ProcessInstance followUp = followUp(conversation);
    submit(followUp, "Task_WriteReflection", Map.of("writeReflection", "no"));

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> submit(followUp, "Task_DecideFollowUp",
            Map.of("wantsFollowUp", "yes", "followUpMember1", "ayse", "candidateDate1", inDays(20))))
        .hasMessageContaining("'Panellid' moet een van de keuzes zijn")
        .hasMessageContaining("'Voorkeursdatum 2' is verplicht");
    assertThat(followUp).isWaitingAt("Task_DecideFollowUp");
  }

  @Test
  void withoutReflectionAndWithoutFollowUpTheConversationEnds() {
    ProcessInstance conversation = conversation();
    toReportOut(conversation, List.of("urgentie"));
    ProcessInstance followUp = followUp(conversation);
    submit(followUp, "Task_WriteReflection", Map.of("writeReflection", "no"));
    submit(followUp, "Task_DecideFollowUp", Map.of("wantsFollowUp", "no"));

    assertThat(followUp).isEnded().hasPassed("End_FollowUpCompleted")
        .hasNotPassed("Task_RespondToReflection", "Task_PlanFollowUp");
    assertThat(conversation).isEnded().hasPassed("End_ConversationCompleted");
  }

  @Test
  void theFlowContinuesWhenTheReflectionAndFollowUpDeadlinesPass() {
    ProcessInstance conversation = conversation();
    toReportOut(conversation, List.of("urgentie"));
    ProcessInstance followUp = followUp(conversation);
    fireTimer(followUp, "Timer_ReflectionDeadline");
    assertThat(followUp).isWaitingAt("Task_DecideFollowUp");
    fireTimer(followUp, "Timer_FollowUpDeadline");

    assertThat(followUp).isEnded().hasPassed("Timer_ReflectionDeadline", "Timer_FollowUpDeadline")
        .hasNotPassed("Task_RespondToReflection");
    assertThat(conversation).isEnded().hasPassed("End_ConversationCompleted");
  }

  @Test
  void remindersDuringTheFollowUpGoToWhoHoldsTheStep() {
    ProcessInstance conversation = conversation();
    toReportOut(conversation, List.of("urgentie"));
    ProcessInstance followUp = followUp(conversation);
    submit(followUp, "Task_WriteReflection", Map.of("writeReflection", "yes", "reflection", "Herkenbaar."));
    fireTimer(followUp, "Timer_RespondReminder");
    submit(followUp, "Task_RespondToReflection", Map.of("panelResponse", "Dank."));
    submit(followUp, "Task_DecideFollowUp", Map.of("wantsFollowUp", "yes", "followUpMember1", "karin",
        "candidateDate1", inDays(20), "candidateDate2", inDays(21), "candidateDate3", inDays(22)));
    assertThat(followUp).isWaitingAt("Task_PlanFollowUp").task().hasCandidateGroup("panel-moderator");
    fireTimer(followUp, "Timer_PlanFollowUpReminder");

    // karin is in the panel, lotte its moderator
    assertThat(recipients(followUp, "panel-task-reminder")).contains("karin@example.org", "lotte@example.org");
    assertThat(followUp).isWaitingAt("Task_PlanFollowUp");
  }

  @Test
  void aDirectorateTakenOutOfTheRoundDuringTheFollowUpLeavesNoStepOpen() {
    ProcessInstance conversation = conversation();
    toReportOut(conversation, List.of("urgentie"));
    ProcessInstance followUp = followUp(conversation);
    submit(followUp, "Task_WriteReflection", Map.of("writeReflection", "no"));
    assertThat(followUp).isWaitingAt("Task_DecideFollowUp");

    runtimeService.createMessageCorrelation(PanelProcess.MSG_CONVERSATION_WITHDRAWN)
        .processInstanceId(conversation.getId()).setVariable(PanelProcess.WITHDRAWAL_REASON, "Reorganisatie.").correlate();
    runAsyncJobs();

    assertThat(followUp).isEnded();
    assertThat(taskService.createTaskQuery().processInstanceId(followUp.getId()).count()).isZero();
    assertThat(conversation).isEnded().hasPassed(PanelProcess.END_WITHDRAWN).hasNotPassed("End_ConversationCompleted");
    assertThat(notifications(conversation)).contains("panel-conversation-withdrawn");
  }

  /** Runs {@code work} with the engine's clock {@code days} days ahead, as on the day of a conversation planned then. */
  private static void onTheDayOfTheConversation(int days, Runnable work) {
    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(days, ChronoUnit.DAYS)));
    try {
      work.run();
    } finally {
      ClockUtil.reset();
    }
  }

  private void plannedInTwoWeeks(ProcessInstance conversation) {
    submitPlan(conversation);
    approvePlan(conversation);
    panelReads(conversation);
    submit(conversation, "Task_ScheduleConversation", Map.of("conversationDate", inDays(14),
        "conversationTime", "14:00", "conversationLocation", "Stadhuis"));
  }

  @Test
  void theReportWaitsUntilTheModeratorRecordsAfterTheDateThatTheConversationWasHeld() {
    ProcessInstance conversation = conversation();
    plannedInTwoWeeks(conversation);
    assertThat(conversation).isWaitingAt("Task_RecordConversation").task().hasCandidateGroup("panel-moderator");
    assertThat(tasks(conversation, "Task_WriteReport")).as("no report before the conversation").isEmpty();

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> recordHeld(conversation))
        .hasMessageContaining("'Het panelgesprek is' kan nog niet 'gehouden' zijn")
        .hasMessageContaining(LocalDate.now().plusDays(14).format(CityTime.DAY));
    assertThat(conversation).isWaitingAt("Task_RecordConversation");
    assertThat(tasks(conversation, "Task_WriteReport")).isEmpty();

    fireTimer(conversation, "Timer_RecordReminder");
    assertThat(recipients(conversation, "panel-task-reminder")).as("the moderators")
        .containsExactlyInAnyOrder("bram@example.org", "lotte@example.org");
    onTheDayOfTheConversation(15, () -> recordHeld(conversation));

    assertThat(conversation).isWaitingAt("Task_WriteReport").hasPassed("End_ConversationHeld");
    assertThat(recipients(conversation, "panel-conversation-scheduled")).as("invited once")
        .filteredOn("karin@example.org"::equals).hasSize(1);
    assertThat(notifications(conversation)).doesNotContain("panel-conversation-cancelled");
  }

  @Test
  void aMovedConversationIsInvitedAgainAtItsNewDateAndRecordedAfterThat() {
    ProcessInstance conversation = conversation();
    plannedInTwoWeeks(conversation);

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> submit(conversation, "Task_RecordConversation",
            Map.of("conversationOutcome", "moved", "conversationDate", inDays(14), "conversationTime", "14:00",
                "conversationLocation", "Stadhuis")))
        .hasMessageContaining("'Nieuwe datum' is de datum en tijd waarop het gesprek al gepland staat");
    assertThat(runtimeService.getVariable(conversation.getId(), "conversationDate")).isEqualTo(inDays(14));
    assertThat(tasks(conversation, "Task_RecordConversation")).hasSize(1);

    submit(conversation, "Task_RecordConversation", Map.of("conversationOutcome", "moved",
        "conversationDate", inDays(21), "conversationTime", "10:00", "conversationLocation", "Online"));

    assertThat(conversation).isWaitingAt("Task_RecordConversation").hasNotPassed("Task_WriteReport");
    assertThat(runtimeService.getVariable(conversation.getId(), "conversationDate")).isEqualTo(inDays(21));
    assertThat(task(conversation, "Task_RecordConversation").getDueDate()).isEqualTo(atFive(23));
    assertThat(recipients(conversation, "panel-conversation-scheduled")).as("invited twice: planned and moved")
        .filteredOn("karin@example.org"::equals).hasSize(2);
    assertThat(taskService.getVariable(task(conversation, "Task_RecordConversation").getId(), "conversationOutcome"))
        .as("the new record starts empty").isNull();
    onTheDayOfTheConversation(21, () -> recordHeld(conversation));
    assertThat(conversation).isWaitingAt("Task_WriteReport");
    assertThat(task(conversation, "Task_WriteReport").getDueDate()).isEqualTo(atFive(28));
  }

  @Test
  void aCancelledConversationIsToldToTheDirectorateAndThePanelAndPlannedAnew() {
    ProcessInstance conversation = conversation();
    plannedInTwoWeeks(conversation);

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> submit(conversation, "Task_RecordConversation",
            Map.of("conversationOutcome", "cancelled")))
        .hasMessageContaining("'Reden van afgelasting'");
    submit(conversation, "Task_RecordConversation", Map.of("conversationOutcome", "cancelled",
        "cancellationReason", "De directeur is ziek."));

    assertThat(conversation).isWaitingAt("Task_ScheduleConversation").hasPassed("Task_NotifyConversationCancelled")
        .hasNotPassed("Task_WriteReport");
    assertThat(recipients(conversation, "panel-conversation-cancelled"))
        .contains("ayse@example.org", "karin@example.org", "marieke@example.org", "samir@example.org", "youssef@example.org");
    assertThat(runtimeService.getVariable(conversation.getId(), "cancellationReason")).isEqualTo("De directeur is ziek.");

    submit(conversation, "Task_ScheduleConversation", Map.of("conversationDate", inDays(0),
        "conversationTime", "16:00", "conversationLocation", "Stadhuis"));
    recordHeld(conversation);
    assertThat(conversation).isWaitingAt("Task_WriteReport");
  }

  @Test
  void panelMembersWithoutInputAreRemindedAndTheModeratorIsToldWhoseInputIsMissing() {
    ProcessInstance conversation = conversation();
    submitPlan(conversation);
    approvePlan(conversation);
    panelReads(conversation);
    scheduleAndReport(conversation, List.of("urgentie"));
    submit(tasks(conversation, "Task_GiveReportInput").stream().filter(input -> input.getAssignee().equals("karin"))
        .findFirst().orElseThrow(), Map.of("reportInput", "Aanvulling."));

    fireTimer(conversation, "Timer_ReportInputReminder");
    assertThat(recipients(conversation, "panel-task-reminder")).as("only who still owes input")
        .containsExactlyInAnyOrder("marieke@example.org", "samir@example.org", "youssef@example.org");
    assertThat(tasks(conversation, "Task_GiveReportInput")).hasSize(3);

    fireTimer(conversation, "Timer_ReportInputDeadline");

    assertThat(recipients(conversation, "panel-report-input-missing")).as("the moderators and who gave no input")
        .containsExactlyInAnyOrder("bram@example.org", "lotte@example.org", "marieke@example.org", "samir@example.org", "youssef@example.org");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(conversation.getId())
        .variableName("missingInputBy").singleResult().getValue())
        .isEqualTo("Marieke Hoekstra, Samir El Idrissi, Youssef Haddou");
    assertThat(followUp(conversation)).isWaitingAt("Task_WriteReflection");
  }

  @Test
  void aSecondTimeDirectorateIsReadWithItsPreviousRoundsReportAndReflection() {
    ProcessInstance first = runtimeService.startProcessInstanceByKey(PanelProcess.CONVERSATION,
        Map.of("roundNumber", 1, "directorateGroup", "directorate-wpi", "secondTime", false));
    runAsyncJobs();
    toReportOut(first, List.of("urgentie"));
    submit(followUp(first), "Task_WriteReflection", Map.of("writeReflection", "yes",
        "reflection", "We gaan de onderstroom onderzoeken."));
    ProcessInstance other = runtimeService.startProcessInstanceByKey(PanelProcess.CONVERSATION,
        Map.of("roundNumber", 2, "directorateGroup", "directorate-ingenieursbureau", "secondTime", false));
    runAsyncJobs();

    ProcessInstance second = runtimeService.startProcessInstanceByKey(PanelProcess.CONVERSATION,
        Map.of("roundNumber", 2, "directorateGroup", "directorate-wpi", "secondTime", true));
    runAsyncJobs();
    submitPlan(second);
    approvePlan(second);

    for (Task reading : tasks(second, "Task_ReadActionPlan")) {
      assertThat(taskService.getVariables(reading.getId())).containsEntry("previousRoundNumber", 1)
          .containsEntry("previousReport", "Open gesprek over de rol van leiderschap.")
          .containsEntry("previousReflection", "We gaan de onderstroom onderzoeken.");
    }
    panelReads(second);
    assertThat(taskService.getVariable(task(second, "Task_ScheduleConversation").getId(), "previousReport"))
        .as("the moderator prepares the conversation with it").isEqualTo("Open gesprek over de rol van leiderschap.");
    assertThat(runtimeService.getVariable(other.getId(), "previousReport")).as("another directorate's").isNull();
    assertThat(runtimeService.getVariable(first.getId(), "previousReport")).as("a first round").isNull();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The action plan and the directorate plan as documents (PlanDocumentRule, in the engine)

  private void upload(String userId, Task plan, String variable, String fileName, byte[] content) {
    asUser(userId, () -> taskService.setVariable(plan.getId(), variable, Variables.fileValue(fileName).file(content).create()));
  }

  private static List<String> refusedFields(Runnable attempt) {
    Throwable refused = catchThrowable(attempt::run);
    assertThat(refused).isInstanceOf(FormValidationException.class);
    return ((FormValidationException) refused).errors().stream().map(e -> e.field() + ": " + e.message()).toList();
  }

  private byte[] stored(ProcessInstance conversation, String variable) throws IOException {
    FileValue file = runtimeService.getVariableTyped(conversation.getId(), variable);
    try (var in = file.getValue()) {
      return in.readAllBytes();
    }
  }

  @Test
  void theLeadHandsInBothPlansAsDocumentsWhichTheCheckAndThePanelSeeNamedInTheirForms() throws IOException {
    ProcessInstance conversation = conversation();
    Task plan = task(conversation, "Task_SubmitActionPlan");
    upload("ayse", plan, PanelProcess.ACTION_PLAN_DOCUMENT, "Actieplan WPI 2026.pdf", PLAN_PDF);
    byte[] word = PlanDocumentsTest.docx();
    upload("ayse", plan, PanelProcess.DIRECTORATE_PLAN_DOCUMENT, "Directieplan WPI.docx", word);

    FileValue actionPlan = runtimeService.getVariableTyped(conversation.getId(), PanelProcess.ACTION_PLAN_DOCUMENT);
    assertThat(actionPlan.getFilename()).isEqualTo("Actieplan WPI 2026.pdf");
    assertThat(actionPlan.getMimeType()).isEqualTo("application/pdf");
    assertThat(stored(conversation, PanelProcess.DIRECTORATE_PLAN_DOCUMENT)).isEqualTo(word);
    assertThat(runtimeService.getVariable(conversation.getId(), "directoratePlanDocumentName"))
        .isEqualTo("Directieplan WPI.docx (1 kB)");

    submitAs("ayse", plan, Map.of("actionPlan", "Doelen, interventies en monitoring.", "directoratePlan", "Directieplan 2026"));
    Task check = task(conversation, "Task_CheckActionPlan");
    assertThat(asUser("mila", () -> formService.getTaskFormVariables(check.getId())).get("actionPlanDocumentName"))
        .isEqualTo("Actieplan WPI 2026.pdf (1 kB)");
    approvePlan(conversation);
    Task reading = tasks(conversation, "Task_ReadActionPlan").stream().filter(t -> "karin".equals(t.getAssignee()))
        .findFirst().orElseThrow();
    assertThat(asUser("karin", () -> formService.getTaskFormVariables(reading.getId())).get("directoratePlanDocumentName"))
        .isEqualTo("Directieplan WPI.docx (1 kB)");
  }

  @Test
  void aPlanWithoutItsDocumentsStaysOpenWithEachMissingOneNamedAtItsField() {
    ProcessInstance conversation = conversation();
    Task plan = task(conversation, "Task_SubmitActionPlan");
    Map<String, Object> texts = Map.of("actionPlan", "Doelen.", "directoratePlan", "Directieplan 2026");

    assertThat(refusedFields(() -> submitAs("ayse", plan, texts))).containsExactly(
        "actionPlanDocumentName: " + PlanDocumentRule.MISSING, "directoratePlanDocumentName: " + PlanDocumentRule.MISSING);
    upload("ayse", plan, PanelProcess.ACTION_PLAN_DOCUMENT, "actieplan.pdf", PLAN_PDF);
    assertThat(refusedFields(() -> submitAs("ayse", plan, texts)))
        .containsExactly("directoratePlanDocumentName: " + PlanDocumentRule.MISSING);

    assertThat(conversation).isWaitingAt("Task_SubmitActionPlan");
    assertThat(runtimeService.getVariable(conversation.getId(), "actionPlan")).isNull();
    // a plan sent back keeps its documents: the lead replaces only what the check asked for
    upload("ayse", plan, PanelProcess.DIRECTORATE_PLAN_DOCUMENT, "directieplan.pdf", PLAN_PDF);
    submitAs("ayse", plan, texts);
    submit(conversation, "Task_CheckActionPlan", Map.of("planCheck", "incomplete", "checkRemarks", "Streefcijfers ontbreken."));
    submitAs("ayse", task(conversation, "Task_SubmitActionPlan"), texts);
    assertThat(conversation).isWaitingAt("Task_CheckActionPlan");
  }

  @Test
  void aBadFileIsRefusedAtItsFieldAndTheDocumentHandedInBeforeStays() throws IOException {
    ProcessInstance conversation = conversation();
    Task plan = task(conversation, "Task_SubmitActionPlan");
    upload("ayse", plan, PanelProcess.ACTION_PLAN_DOCUMENT, "actieplan.pdf", PLAN_PDF);
    Map<String, Object> before = runtimeService.getVariables(conversation.getId());

    byte[] program = {0x4D, 0x5A, (byte) 0x90, 0x00, 0x03, 0x00};
    assertThat(refusedFields(() -> upload("ayse", plan, PanelProcess.ACTION_PLAN_DOCUMENT, "actieplan.pdf", program)))
        .containsExactly("actionPlanDocumentName: " + PlanDocuments.WRONG_TYPE);
    assertThat(refusedFields(() -> upload("ayse", plan, PanelProcess.DIRECTORATE_PLAN_DOCUMENT, "plan.pdf",
        Arrays.copyOf(PLAN_PDF, PlanDocuments.MAX_BYTES + 1))))
        .containsExactly("directoratePlanDocumentName: " + PlanDocuments.TOO_LARGE);
    assertThat(refusedFields(() -> upload("ayse", plan, PanelProcess.ACTION_PLAN_DOCUMENT, "actieplan.docx", PLAN_PDF)))
        .containsExactly("actionPlanDocumentName: heeft een naam die niet past bij de inhoud: een PDF-bestand moet eindigen op .pdf");
    // the documents only, as files of the case: no other variable, no text in their place, not the task's own
    assertThatThrownBy(() -> asUser("ayse", () -> taskService.setVariable(plan.getId(), "directorate", "Andere directie")))
        .isInstanceOf(AuthorizationException.class);
    assertThat(refusedFields(() -> asUser("ayse", () -> taskService.setVariable(plan.getId(),
        PanelProcess.ACTION_PLAN_DOCUMENT, "https://example.org/plan.pdf"))))
        .containsExactly("actionPlanDocumentName: " + PlanDocumentRule.NOT_A_FILE);
    assertThat(refusedFields(() -> asUser("ayse", () -> taskService.setVariableLocal(plan.getId(),
        PanelProcess.ACTION_PLAN_DOCUMENT, Variables.fileValue("a.pdf").file(PLAN_PDF).create()))))
        .containsExactly("actionPlanDocumentName: " + PlanDocumentRule.LOCAL);

    assertThat(runtimeService.getVariables(conversation.getId()).keySet()).isEqualTo(before.keySet());
    assertThat(stored(conversation, PanelProcess.ACTION_PLAN_DOCUMENT)).isEqualTo(PLAN_PDF);
    assertThat(runtimeService.getVariable(conversation.getId(), "actionPlanDocumentName")).isEqualTo("actieplan.pdf (1 kB)");
    assertThat(taskService.getVariablesLocal(plan.getId())).isEmpty();
  }

  @Test
  void onlyTheDirectoratesLeadsHandInTheDocumentsAndOnlyWhileThePlanIsAskedFor() throws IOException {
    ProcessInstance conversation = conversation();
    Task plan = task(conversation, "Task_SubmitActionPlan");
    for (String outsider : List.of("marloes", "karin", "lotte", "mila", "fatima")) {
      assertThatThrownBy(() -> upload(outsider, plan, PanelProcess.ACTION_PLAN_DOCUMENT, "actieplan.pdf", PLAN_PDF))
          .as(outsider).isInstanceOf(AuthorizationException.class);
    }
    assertThat(runtimeService.getVariable(conversation.getId(), PanelProcess.ACTION_PLAN_DOCUMENT)).isNull();

    submitPlan(conversation);
    Task check = task(conversation, "Task_CheckActionPlan");
    byte[] other = Arrays.copyOf(PLAN_PDF, PLAN_PDF.length + 1);
    assertThatThrownBy(() -> upload("mila", check, PanelProcess.ACTION_PLAN_DOCUMENT, "ander.pdf", other))
        .as("the check takes no documents").isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> upload("ayse", plan, PanelProcess.ACTION_PLAN_DOCUMENT, "ander.pdf", other))
        .as("the step handed in is gone").isInstanceOf(AuthorizationException.class);
    assertThat(stored(conversation, PanelProcess.ACTION_PLAN_DOCUMENT)).isEqualTo(PLAN_PDF);
  }

  @Test
  void theDocumentsLeaveWithTheConversationsHistoryAtItsRetention() {
    ProcessInstance conversation = conversation();
    submitPlan(conversation);
    runtimeService.createMessageCorrelation(PanelProcess.MSG_CONVERSATION_WITHDRAWN)
        .processInstanceId(conversation.getId()).setVariable(PanelProcess.WITHDRAWAL_REASON, "Reorganisatie.").correlate();
    runAsyncJobs();

    assertThat(conversation).isEnded();
    var document = historyService.createHistoricVariableInstanceQuery().processInstanceId(conversation.getId())
        .variableName(PanelProcess.ACTION_PLAN_DOCUMENT).singleResult();
    var ended = historyService.createHistoricProcessInstanceQuery().processInstanceId(conversation.getId()).singleResult();
    assertThat(document.getRemovalTime()).as("cleaned up with the case").isEqualTo(ended.getRemovalTime()).isNotNull();
    assertThat(historyService.createHistoricDetailQuery().processInstanceId(conversation.getId())
        .variableInstanceId(document.getId()).list()).isNotEmpty()
        .allSatisfy(update -> assertThat(update.getRemovalTime()).isEqualTo(ended.getRemovalTime()));
  }

  private static Date inDaysFromNow(int days) {
    return Date.from(Instant.now().plus(days, ChronoUnit.DAYS));
  }

  private static Date atFive(int daysFromToday) {
    return CityTime.at(LocalDate.now().plusDays(daysFromToday), LocalTime.of(17, 0));
  }

  @Test
  void aPanelMemberWhoNeverReadsNoLongerBlocksTheScheduling() {
    ProcessInstance conversation = conversation();
    submitPlan(conversation);
    approvePlan(conversation);
    List<Task> readings = tasks(conversation, "Task_ReadActionPlan");
    assertThat(readings).allSatisfy(reading -> {
      assertThat(reading.getDueDate()).isCloseTo(inDaysFromNow(10), 60_000L);
      assertThat(reading.getFollowUpDate()).isCloseTo(inDaysFromNow(7), 60_000L);
    });
    submit(readings.stream().filter(reading -> reading.getAssignee().equals("karin")).findFirst().orElseThrow(),
        Map.of("readingNotes", "Helder plan."));

    fireTimer(conversation, "Timer_ReadingDeadline");

    assertThat(conversation).isWaitingAt("Task_ScheduleConversation").hasPassed("Task_RecordUnreadReaders");
    assertThat(tasks(conversation, "Task_ReadActionPlan")).isEmpty();
    // the moderator's planning form shows who did not read
    assertThat(taskService.getVariable(task(conversation, "Task_ScheduleConversation").getId(), "unreadBy"))
        .isEqualTo("Marieke Hoekstra, Samir El Idrissi, Youssef Haddou");
  }

  @Test
  void everyStepIsDueByTheSeedsTimingsAndTheReportAWeekAfterTheConversation() {
    ProcessInstance conversation = conversation();
    Task plan = task(conversation, "Task_SubmitActionPlan");
    assertThat(plan.getDueDate()).isCloseTo(inDaysFromNow(21), 60_000L);
    assertThat(plan.getFollowUpDate()).isCloseTo(inDaysFromNow(7), 60_000L);
    submitPlan(conversation);
    assertThat(task(conversation, "Task_CheckActionPlan").getDueDate()).isCloseTo(inDaysFromNow(7), 60_000L);
    approvePlan(conversation);
    panelReads(conversation);
    assertThat(task(conversation, "Task_ScheduleConversation").getDueDate()).isCloseTo(inDaysFromNow(7), 60_000L);
    submit(conversation, "Task_ScheduleConversation", Map.of("conversationDate", inDays(14),
        "conversationTime", "14:00", "conversationLocation", "Stadhuis"));
    Task record = task(conversation, "Task_RecordConversation");
    assertThat(record.getFollowUpDate()).as("from the conversation's date").isEqualTo(atFive(14));
    assertThat(record.getDueDate()).isEqualTo(atFive(16));
    onTheDayOfTheConversation(14, () -> recordHeld(conversation));

    Task report = task(conversation, "Task_WriteReport");
    assertThat(report.getDueDate()).isEqualTo(atFive(21));
    assertThat(report.getFollowUpDate()).isEqualTo(atFive(17));
    submit(report, Map.of("report", "Open gesprek.", "reportThemes", List.of("urgentie")));
    assertThat(tasks(conversation, "Task_GiveReportInput"))
        .allSatisfy(input -> assertThat(input.getDueDate()).isCloseTo(inDaysFromNow(7), 60_000L));
    fireTimer(conversation, "Timer_ReportInputDeadline");
    assertThat(task(followUp(conversation), "Task_WriteReflection").getDueDate()).isCloseTo(inDaysFromNow(14), 60_000L);
  }
}

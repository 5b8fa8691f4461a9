package nl.amsterdam.inclusion.panel;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;

import nl.amsterdam.inclusion.form.FormValues;
import nl.amsterdam.inclusion.reporting.DashboardFigures;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * {@code growth-panel-round}: three directorates in parallel, theme counts, comparison with the previous round; the
 * round's deadline and Bureau I&D taking a directorate out, so that no directorate blocks the red threads.
 */
class GrowthPanelRoundProcessTest extends PanelTestCase {

  @Autowired DashboardFigures dashboard;


  private ProcessInstance startRound(int number) {
    return startAs("mila", PanelProcess.ROUND, Map.of("roundNumber", number));
  }

  private ProcessInstance conversationOf(ProcessInstance round, String directorateGroup) {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(round.getId())
        .variableValueEquals("directorateGroup", directorateGroup).singleResult();
  }

  private void runRound(ProcessInstance round, Map<String, List<String>> themesPerDirectorate) {
    submit(round, "Task_SelectDirectorates", Map.of(
        "participatingDirectorates", List.copyOf(themesPerDirectorate.keySet()),
        "secondTimeDirectorates", List.of("directorate-wpi")));
    assertThat(round).isWaitingAt("CallActivity_Conversation");
    themesPerDirectorate.forEach((directorate, themes) -> {
      ProcessInstance conversation = conversationOf(round, directorate);
      toReportOut(conversation, themes);
      submit(followUp(conversation), "Task_WriteReflection", Map.of("writeReflection", "no"));
      submit(followUp(conversation), "Task_DecideFollowUp", Map.of("wantsFollowUp", "no"));
    });
  }

  @Test
  void aRoundOfThreeDirectoratesCountsTheirThemesAndComparesWithThePreviousRound() {
    ProcessInstance first = startRound(1);
    runRound(first, Map.of(
        "directorate-wpi", List.of("urgentie", "rol-leiderschap"),
        "directorate-ingenieursbureau", List.of("urgentie"),
        "directorate-communicatie", List.of("urgentie", "omarmen-ongemak")));
    assertThat(runtimeService.getVariable(first.getId(), "themeCounts")).isEqualTo("{\"urgentie\":3,\"omarmen-ongemak\":1,\"rol-leiderschap\":1}");
    submit(first, "Task_WriteRedThreads", Map.of("redThreadsAnalysis", "Urgentie ontbreekt overal.",
        "roundAdvice", "Formuleer stedelijke doelen."));
    submit(first, "Task_RecordDiscussion", Map.of("discussionDate", inDays(0), "discussionConclusions", "GMT neemt het advies over."));
    assertThat(first).isEnded().hasPassed("End_RoundClosed");

    ProcessInstance second = startRound(2);
    runRound(second, Map.of(
        "directorate-wpi", List.of("rol-leiderschap", "sociale-veiligheid"),
        "directorate-ingenieursbureau", List.of("rol-leiderschap", "urgentie"),
        "directorate-communicatie", List.of("rol-leiderschap")));

    assertThat(second).isWaitingAt("Task_WriteRedThreads").task().hasCandidateGroup("panel-moderator");
    assertThat(runtimeService.getVariable(second.getId(), "themeCounts"))
        .isEqualTo("{\"rol-leiderschap\":3,\"sociale-veiligheid\":1,\"urgentie\":1}");
    assertThat((String) runtimeService.getVariable(second.getId(), "themeSummary")).isEqualTo("""
        Gesprekken in deze ronde: 3
        - Rol leiderschap: 3 (vorige ronde 1)
        - Sociale veiligheid: 1 (vorige ronde 0, nieuw)
        - Urgentie: 1 (vorige ronde 3)
        Niet meer genoemd: Omarmen ongemak""");
    assertThat(secondTimeByDirectorate(second)).containsExactlyInAnyOrderEntriesOf(Map.of(
        "directorate-wpi", true, "directorate-ingenieursbureau", false, "directorate-communicatie", false));
  }

  @Test
  void theRoundAndItsConversationsAreNamedAfterTheRoundAndTheDirectorate() {
    ProcessInstance round = roundWith(7, List.of("directorate-wpi", "directorate-communicatie"));

    assertThat(businessKeyOf(round)).isEqualTo("Groeipanel ronde 7");
    assertThat(businessKeyOf(conversationOf(round, "directorate-wpi")))
        .isEqualTo("Werk, Participatie en Inkomen – ronde 7");
    assertThat(businessKeyOf(conversationOf(round, "directorate-communicatie")))
        .isEqualTo("Directie Communicatie – ronde 7");
  }

  @Test
  void aDirectorateWithoutLeadsIsHandledByThePanelModeratorWithANoteInsteadOfAnIncident() {
    withoutMembers("directorate-sport-bos", () -> {
      ProcessInstance round = startRound(3);
      submit(round, "Task_SelectDirectorates", Map.of(
          "participatingDirectorates", List.of("directorate-sport-bos"), "secondTimeDirectorates", List.of()));

      ProcessInstance conversation = conversationOf(round, "directorate-sport-bos");
      assertThat(runtimeService.createIncidentQuery().processInstanceId(conversation.getId()).count()).isZero();
      assertThat(recipientsOf(conversation, "panel-action-plan-requested"))
          .containsExactly("bram@example.org", "lotte@example.org");
      Task plan = task(conversation, "Task_SubmitActionPlan");
      assertThat(plan).hasCandidateGroup("panel-moderator");
      assertThat(plan.getDescription()).isEqualTo("Niemand heeft de rol directeur of trekker I&D van Sport en Bos; "
          + "Moderator groeipanel neemt dit over of wijst iemand aan.");
      assertThat(taskService.createTaskQuery().taskCandidateUser("mila").processInstanceId(conversation.getId()).count())
          .as("Bureau I&D does not stand in for confidential panel work").isZero();

      handInPlanDocuments(plan);
      submitAs("lotte", plan, Map.of("actionPlan", "Doelen, interventies en monitoring.",
          "directoratePlan", "Directieplan 2026"));
      assertThat(conversation).isWaitingAt("Task_CheckActionPlan");
    });
  }

  private Map<Object, Object> secondTimeByDirectorate(ProcessInstance round) {
    var history = historyService;
    Map<Object, Object> secondTime = new java.util.HashMap<>();
    history.createHistoricProcessInstanceQuery().superProcessInstanceId(round.getId()).list().forEach(conversation ->
        secondTime.put(
            history.createHistoricVariableInstanceQuery().processInstanceId(conversation.getId())
                .variableName("directorateGroup").singleResult().getValue(),
            history.createHistoricVariableInstanceQuery().processInstanceId(conversation.getId())
                .variableName("secondTime").singleResult().getValue()));
    return secondTime;
  }

  private ProcessInstance roundWith(int number, List<String> directorates) {
    ProcessInstance round = startRound(number);
    submit(round, "Task_SelectDirectorates", Map.of("participatingDirectorates", directorates,
        "secondTimeDirectorates", List.of()));
    return round;
  }

  private void completeConversation(ProcessInstance conversation, List<String> themes) {
    toReportOut(conversation, themes);
    submit(followUp(conversation), "Task_WriteReflection", Map.of("writeReflection", "no"));
    submit(followUp(conversation), "Task_DecideFollowUp", Map.of("wantsFollowUp", "no"));
  }

  @Test
  void aDirectorateThatNeverSubmitsLeavesTheRoundAtItsDeadlineAndIsRecordedAsMissing() {
    ProcessInstance round = roundWith(11, List.of("directorate-wpi", "directorate-communicatie"));
    ProcessInstance late = conversationOf(round, "directorate-communicatie");
    Task removal = task(round, "Task_RemoveDirectorate");
    assertThat(removal.getDueDate()).isCloseTo(Date.from(Instant.now().plus(16 * 7, ChronoUnit.DAYS)), 86_400_000L)
        .isEqualTo(taskService.getVariable(removal.getId(), "conversationsDeadline"));
    completeConversation(conversationOf(round, "directorate-wpi"), List.of("urgentie"));
    assertThat(round).isWaitingAt("CallActivity_Conversation", "Task_RemoveDirectorate");

    fireTimer(round, "Timer_RoundDeadline");

    assertThat(late).isEnded().hasPassed("End_ConversationWithdrawn").hasNotPassed("Task_CheckActionPlan");
    assertThat(recipients(late, "panel-conversation-withdrawn"))
        .contains("ruben@example.org", "karin@example.org", "lotte@example.org");
    assertThat(round).isWaitingAt("Task_WriteRedThreads");
    assertThat(runtimeService.getVariable(round.getId(), "themeCounts")).isEqualTo("{\"urgentie\":1}");
    assertThat((String) runtimeService.getVariable(round.getId(), "themeSummary")).startsWith("Gesprekken in deze ronde: 1");
    // the moderator sees in the red-threads form who is missing
    assertThat(taskService.getVariable(task(round, "Task_WriteRedThreads").getId(), "missingDirectorates"))
        .isEqualTo("- Directie Communicatie: geen verslag voor het einde van de termijn van de ronde");
    assertThat(dashboard.compute().panelConversations()).filteredOn(conversation -> conversation.round() == 11)
        .extracting(DashboardFigures.Conversation::status).containsExactlyInAnyOrder("Afgerond", "Uit de ronde");
  }

  @Test
  void aDirectorateWithItsReportGoesOnAfterTheDeadlineAndCounts() {
    ProcessInstance round = roundWith(13, List.of("directorate-wpi", "directorate-communicatie"));
    ProcessInstance reported = conversationOf(round, "directorate-wpi");
    toReportOut(reported, List.of("rol-leiderschap"));
    ProcessInstance late = conversationOf(round, "directorate-communicatie");
    submitPlan(late);

    fireTimer(round, "Timer_RoundDeadline");

    assertThat(late).isEnded().hasPassed("End_ConversationWithdrawn");
    assertThat(followUp(reported)).isWaitingAt("Task_WriteReflection");
    assertThat(dashboard.compute().panelConversations()).filteredOn(conversation -> conversation.round() == 13)
        .extracting(DashboardFigures.Conversation::status).containsExactlyInAnyOrder("Reflectie", "Uit de ronde");
    assertThat(round).isWaitingAt("CallActivity_Conversation").hasNotPassed("Task_CountThemes");
    submit(followUp(reported), "Task_WriteReflection", Map.of("writeReflection", "no"));
    submit(followUp(reported), "Task_DecideFollowUp", Map.of("wantsFollowUp", "no"));

    assertThat(round).isWaitingAt("Task_WriteRedThreads");
    assertThat(runtimeService.getVariable(round.getId(), "themeCounts")).isEqualTo("{\"rol-leiderschap\":1}");
  }

  @Test
  void bureauIdTakesADirectorateOutOfTheRoundWithoutReadingItsConversation() {
    ProcessInstance round = roundWith(12, List.of("directorate-wpi", "directorate-communicatie"));
    ProcessInstance removed = conversationOf(round, "directorate-communicatie");
    submitPlan(removed);
    Task removal = task(round, "Task_RemoveDirectorate");
    assertThat(removal).hasCandidateGroup("id-bureau");
    assertThat(FormValues.strings(taskService.getVariable(removal.getId(), "removableDirectorateOptions")))
        .containsExactlyInAnyOrder("directorate-wpi", "directorate-communicatie");
    asUser("mila", () -> assertThatThrownBy(() -> runtimeService.getVariables(removed.getId()))
        .isInstanceOf(AuthorizationException.class));

    submitAs("mila", removal, Map.of("removeDirectorate", "directorate-communicatie",
        "removalReason", "De directie gaat per 1 januari op in een andere directie."));

    // withdrawn while its plan was being checked: no reading, no conversation follows
    assertThat(removed).isEnded().hasPassed("End_ConversationWithdrawn").hasNotPassed("Task_ReadActionPlan");
    assertThat(recipients(removed, "panel-conversation-withdrawn"))
        .contains("ruben@example.org", "karin@example.org", "youssef@example.org", "lotte@example.org");
    assertThat(runtimeService.getVariable(round.getId(), "missingDirectorates")).isEqualTo(
        "- Directie Communicatie: uit de ronde gehaald door Mila Jansen (Bureau I&D);"
            + " reden: De directie gaat per 1 januari op in een andere directie.");
    Task next = task(round, "Task_RemoveDirectorate");
    assertThat(FormValues.strings(taskService.getVariable(next.getId(), "removableDirectorateOptions")))
        .containsExactly("directorate-wpi");
    assertThat(taskService.getVariable(next.getId(), "removeDirectorate")).isNull();

    completeConversation(conversationOf(round, "directorate-wpi"), List.of("urgentie"));

    assertThat(round).isWaitingAt("Task_WriteRedThreads");
    assertThat(tasks(round, "Task_RemoveDirectorate")).isEmpty();
    assertThat((String) runtimeService.getVariable(round.getId(), "themeSummary")).startsWith("Gesprekken in deze ronde: 1");
    assertThat(runtimeService.getVariable(round.getId(), "themeCounts")).isEqualTo("{\"urgentie\":1}");
  }

  @Test
  void aDirectorateWhoseConversationHasEndedCannotBeTakenOutAnyMore() {
    ProcessInstance round = roundWith(14, List.of("directorate-wpi", "directorate-communicatie"));
    Task removal = task(round, "Task_RemoveDirectorate");
    completeConversation(conversationOf(round, "directorate-wpi"), List.of("urgentie"));

    assertThatThrownBy(() -> submitAs("mila", removal, Map.of("removeDirectorate", "directorate-wpi",
        "removalReason", "Per abuis gekozen voor deze ronde.")))
        .hasMessageContaining("heeft geen lopend gesprek meer in deze ronde");

    assertThat(round).isWaitingAt("CallActivity_Conversation", "Task_RemoveDirectorate");
    assertThat(runtimeService.getVariable(round.getId(), "missingDirectorates")).isNull();
  }

}

package nl.amsterdam.inclusion.panel;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/** {@code growth-panel-round}: three directorates in parallel, theme counts, comparison with the previous round. */
class GrowthPanelRoundProcessTest extends PanelTestCase {


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
      submit(conversation, "Task_WriteReflection", Map.of("writeReflection", "no"));
      submit(conversation, "Task_DecideFollowUp", Map.of("wantsFollowUp", "no"));
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
}

package nl.amsterdam.inclusion.panel;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
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

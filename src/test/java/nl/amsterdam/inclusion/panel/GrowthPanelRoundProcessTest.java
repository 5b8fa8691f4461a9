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
    panelContributes(first);
    Task firstRedThreads = task(first, "Task_WriteRedThreads");
    assertThat(taskService.getVariable(firstRedThreads.getId(), "previousRedThreads"))
        .isEqualTo("Dit is de eerste ronde: er is geen vorige ronde om mee te vergelijken.");
    assertThat(taskService.getVariable(firstRedThreads.getId(), "previousActionsFollowUp"))
        .isEqualTo("Dit is de eerste ronde: er zijn geen acties van een vorige ronde.");
    submit(firstRedThreads, Map.of("redThreadsAnalysis", "Urgentie ontbreekt overal.",
        "roundAdvice", "Formuleer stedelijke doelen."));
    submit(first, "Task_RecordDiscussion", Map.of("discussionDate", inDays(0), "discussedThemes", "Urgentie",
        "discussionConclusions", "GMT neemt het advies over.", "actionCount", 0));
    assertThat(first).isEnded().hasPassed("Task_StoreRoundOutcome", "End_RoundClosed");

    ProcessInstance second = startRound(2);
    runRound(second, Map.of(
        "directorate-wpi", List.of("rol-leiderschap", "sociale-veiligheid"),
        "directorate-ingenieursbureau", List.of("rol-leiderschap", "urgentie"),
        "directorate-communicatie", List.of("rol-leiderschap")));

    assertThat(second).as("round 1 agreed no actions: nothing to follow up").hasNotPassed("Task_FollowUpAction");
    panelContributes(second);
    assertThat(second).isWaitingAt("Task_WriteRedThreads").task().hasCandidateGroup("panel-moderator");
    assertThat(taskService.getVariable(task(second, "Task_WriteRedThreads").getId(), "previousRedThreads")).isEqualTo("""
        Rode draden ronde 1:
        Urgentie ontbreekt overal.

        Advies ronde 1:
        Formuleer stedelijke doelen.""");
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
    panelContributes(round);
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

    assertThat(round).isWaitingAt("Task_ContributeRedThreads");
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

    assertThat(round).isWaitingAt("Task_ContributeRedThreads");
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

  // --- red threads with the panel, and the programme actions of the discussion with the GMT ---

  private static final List<String> PANEL = List.of("karin", "marieke", "samir", "youssef");

  /** Every panel member sends their observations on the red threads, each from their own login. */
  private void panelContributes(ProcessInstance round) {
    for (Task contribution : tasks(round, "Task_ContributeRedThreads")) {
      submitAs(contribution.getAssignee(), contribution, Map.of("redThreadsObservation",
          "Urgentie ontbreekt in bijna alle plannen."));
    }
  }

  /** A round of one directorate, from its start to the moderator's discussion task. */
  private ProcessInstance roundToDiscussion(int number) {
    ProcessInstance round = roundWith(number, List.of("directorate-wpi"));
    completeConversation(conversationOf(round, "directorate-wpi"), List.of("urgentie"));
    panelContributes(round);
    submit(round, "Task_WriteRedThreads", Map.of("redThreadsAnalysis", "Rode draden van ronde " + number + ".",
        "roundAdvice", "Advies van ronde " + number + "."));
    return round;
  }

  private List<Map<String, Object>> actionsOf(int round) {
    return jdbc.queryForList("SELECT id, what, who, due_date, carried_from, status, status_note, new_due_date,"
        + " followed_up_by FROM app_panel_action WHERE round_number = ? ORDER BY position", round);
  }

  @Test
  void eachPanelMemberContributesToTheRedThreadsAndTheModeratorReadsThemUnderTheirNames() {
    ProcessInstance round = roundWith(51, List.of("directorate-wpi"));
    completeConversation(conversationOf(round, "directorate-wpi"), List.of("urgentie"));

    assertThat(round).isWaitingAt("Task_ContributeRedThreads");
    List<Task> contributions = tasks(round, "Task_ContributeRedThreads");
    assertThat(contributions).extracting(Task::getAssignee).containsExactlyInAnyOrderElementsOf(PANEL);
    assertThat(contributions).allSatisfy(contribution -> {
      assertThat(contribution.getName()).isEqualTo("Bijdrage aan de rode draden van ronde 51 leveren");
      assertThat(contribution.getDueDate()).isCloseTo(Date.from(Instant.now().plus(10, ChronoUnit.DAYS)), 60_000L);
    });
    assertThat(recipients(round, "panel-red-threads-input-requested")).containsExactlyInAnyOrder(
        "karin@example.org", "marieke@example.org", "samir@example.org", "youssef@example.org");

    submitAs("karin", task(round, "Task_ContributeRedThreads", "karin"), Map.of("redThreadsObservation",
        "Leiderschap neemt weinig eigenaarschap."));
    submitAs("youssef", task(round, "Task_ContributeRedThreads", "youssef"), Map.of("redThreadsObservation",
        "Veel losse activiteiten, weinig verankering."));
    submitAs("marieke", task(round, "Task_ContributeRedThreads", "marieke"), Map.of("redThreadsObservation",
        "Sociale veiligheid komt weinig terug."));
    assertThat(round).isWaitingAt("Task_ContributeRedThreads");
    submitAs("samir", task(round, "Task_ContributeRedThreads", "samir"), Map.of("redThreadsObservation",
        "Urgentie ontbreekt."));

    Task redThreads = task(round, "Task_WriteRedThreads");
    assertThat(taskService.getVariable(redThreads.getId(), "redThreadsContributions")).isEqualTo("""
        Karin Bos:
        Leiderschap neemt weinig eigenaarschap.

        Youssef Haddou:
        Veel losse activiteiten, weinig verankering.

        Marieke Hoekstra:
        Sociale veiligheid komt weinig terug.

        Samir El Idrissi:
        Urgentie ontbreekt.""");
    assertThat(taskService.getVariable(redThreads.getId(), "missingContributions")).isNull();
    assertThat(taskService.getVariable(redThreads.getId(), "previousRedThreads"))
        .isEqualTo("Van ronde 50 zijn geen rode draden vastgelegd.");
    assertThat(recipients(round, "panel-red-threads-input-missing")).isEmpty();
  }

  @Test
  void aPanelMemberWhoHasNotContributedIsRemindedAndAtTheDeadlineTheModeratorIsToldWho() {
    ProcessInstance round = roundWith(53, List.of("directorate-wpi"));
    completeConversation(conversationOf(round, "directorate-wpi"), List.of("urgentie"));
    submitAs("karin", task(round, "Task_ContributeRedThreads", "karin"), Map.of("redThreadsObservation",
        "Leiderschap neemt weinig eigenaarschap."));

    fireTimer(round, "Timer_ContributionReminder");

    assertThat(recipients(round, "panel-red-threads-input-reminder")).as("not Karin, who contributed")
        .containsExactlyInAnyOrder("marieke@example.org", "samir@example.org", "youssef@example.org");
    assertThat(round).isWaitingAt("Task_ContributeRedThreads");

    fireTimer(round, "Timer_ContributionDeadline");

    assertThat(tasks(round, "Task_ContributeRedThreads")).isEmpty();
    assertThat(round).isWaitingAt("Task_WriteRedThreads").hasPassed("Task_RecordMissingContributions");
    assertThat(runtimeService.getVariable(round.getId(), "missingContributions"))
        .isEqualTo("Marieke Hoekstra, Samir El Idrissi, Youssef Haddou");
    assertThat(recipients(round, "panel-red-threads-input-missing"))
        .containsExactlyInAnyOrder("lotte@example.org", "bram@example.org");
    assertThat(taskService.getVariable(task(round, "Task_WriteRedThreads").getId(), "redThreadsContributions"))
        .isEqualTo("Karin Bos:\nLeiderschap neemt weinig eigenaarschap.");
  }

  @Test
  void aPanelMemberCannotWriteAnotherMembersContributionNorTheCollectedContributions() {
    ProcessInstance round = roundWith(54, List.of("directorate-wpi"));
    completeConversation(conversationOf(round, "directorate-wpi"), List.of("urgentie"));
    submitAs("karin", task(round, "Task_ContributeRedThreads", "karin"), Map.of("redThreadsObservation",
        "Leiderschap neemt weinig eigenaarschap."));
    Task youssefs = task(round, "Task_ContributeRedThreads", "youssef");

    assertThatThrownBy(() -> submitAs("karin", youssefs, Map.of("redThreadsObservation", "Namens Youssef.")))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> submitAs("youssef", youssefs, Map.of("redThreadsObservation", "Mijn bijdrage.",
        "redThreadsContributions", "Karin Bos:\nNiets.")))
        .hasMessageContaining("is geen veld van dit formulier");
    assertThatThrownBy(() -> submitAs("youssef", youssefs, Map.of("redThreadsObservation", " ")))
        .hasMessageContaining("is verplicht");

    assertThat(taskService.createTaskQuery().taskId(youssefs.getId()).count()).as("still open").isOne();
    assertThat(runtimeService.getVariable(round.getId(), "redThreadsContributions"))
        .isEqualTo("Karin Bos:\nLeiderschap neemt weinig eigenaarschap.");
  }

  @Test
  void theDiscussionRecordsThemesAndActionsAndTheNextRoundFollowsEachUp() {
    ProcessInstance first = roundToDiscussion(61);
    Task discussion = task(first, "Task_RecordDiscussion");
    assertThat(discussion.getName()).isEqualTo("Bespreking ronde 61 met panel en GMT vastleggen");
    assertThat(taskService.getVariable(discussion.getId(), "carriedOverActions"))
        .isEqualTo("Geen: er zijn geen acties van de vorige ronde meegenomen.");
    submitAs("lotte", discussion, fields("discussionDate", inDays(0),
        "discussedThemes", "1. Metaalmoeheid\n2. De stad centraal\n\n- Racisme",
        "discussionConclusions", "Het GMT stuurt op stedelijke doelen.", "actionCount", 3,
        "action1What", "Stedelijke I&D-doelen formuleren", "action1Who", "GMT", "action1Due", inDays(60),
        "action2What", "Kopgroep van directies oprichten", "action2Who", "Bureau I&D", "action2Due", inDays(90),
        "action3What", "Directieplan opvragen bij de volgende ronde", "action3Who", "Bureau I&D",
        "action3Due", inDays(30)));

    assertThat(first).isEnded().hasPassed("Task_StoreRoundOutcome");
    assertThat(jdbc.queryForMap("SELECT red_threads, advice, discussed_themes, conclusions FROM app_panel_round"
        + " WHERE round_number = 61")).containsExactlyInAnyOrderEntriesOf(Map.of(
        "RED_THREADS", "Rode draden van ronde 61.", "ADVICE", "Advies van ronde 61.",
        "DISCUSSED_THEMES", "Metaalmoeheid\nDe stad centraal\nRacisme",
        "CONCLUSIONS", "Het GMT stuurt op stedelijke doelen."));
    assertThat(actionsOf(61)).extracting(row -> row.get("ID") + " " + row.get("WHAT") + " / " + row.get("WHO")
        + " / " + row.get("DUE_DATE")).containsExactly(
        "61-1 Stedelijke I&D-doelen formuleren / GMT / " + inDays(60),
        "61-2 Kopgroep van directies oprichten / Bureau I&D / " + inDays(90),
        "61-3 Directieplan opvragen bij de volgende ronde / Bureau I&D / " + inDays(30));

    // the next round starts by following up each action, before Bureau I&D chooses the directorates
    ProcessInstance second = startRound(62);
    assertThat(second).isWaitingAt("Task_FollowUpAction").hasNotPassed("Task_SelectDirectorates");
    List<Task> followUps = tasks(second, "Task_FollowUpAction");
    assertThat(followUps).hasSize(3).allSatisfy(task -> {
      assertThat(task).hasCandidateGroup("id-bureau");
      assertThat(task.getDueDate()).isCloseTo(Date.from(Instant.now().plus(14, ChronoUnit.DAYS)), 60_000L);
    });
    assertThat(followUps).extracting(task -> taskService.getVariable(task.getId(), "actionDescription"))
        .containsExactlyInAnyOrder(
            "1. Stedelijke I&D-doelen formuleren — GMT, gereed op " + dutch(inDays(60)),
            "2. Kopgroep van directies oprichten — Bureau I&D, gereed op " + dutch(inDays(90)),
            "3. Directieplan opvragen bij de volgende ronde — Bureau I&D, gereed op " + dutch(inDays(30)));

    submitAs("mila", followUpOf(second, "61-1"), Map.of("actionStatus", "done"));
    submitAs("mila", followUpOf(second, "61-2"), Map.of("actionStatus", "not-done",
        "actionNote", "Het GMT koos voor ondersteuning per directie."));
    submitAs("mila", followUpOf(second, "61-3"), Map.of("actionStatus", "carried-over",
        "actionNote", "Het verzoek gaat mee met de uitnodiging.", "actionNewDue", inDays(45)));

    assertThat(second).isWaitingAt("Task_SelectDirectorates");
    assertThat(actionsOf(61)).extracting(row -> row.get("STATUS") + " " + row.get("FOLLOWED_UP_BY"))
        .containsExactly("done Mila Jansen", "not-done Mila Jansen", "carried-over Mila Jansen");
    submit(second, "Task_SelectDirectorates", Map.of("participatingDirectorates", List.of("directorate-wpi"),
        "secondTimeDirectorates", List.of("directorate-wpi")));
    completeConversation(conversationOf(second, "directorate-wpi"), List.of("urgentie"));
    panelContributes(second);

    String followedUp = """
        Acties uit ronde 61:
        1. Stedelijke I&D-doelen formuleren — GMT, gereed op %s
           Uitgevoerd (Mila Jansen)
        2. Kopgroep van directies oprichten — Bureau I&D, gereed op %s
           Niet uitgevoerd: Het GMT koos voor ondersteuning per directie. (Mila Jansen)
        3. Directieplan opvragen bij de volgende ronde — Bureau I&D, gereed op %s
           Meegenomen naar deze ronde, nu gereed op %s: Het verzoek gaat mee met de uitnodiging. (Mila Jansen)"""
        .formatted(dutch(inDays(60)), dutch(inDays(90)), dutch(inDays(30)), dutch(inDays(45)));
    Task redThreads = task(second, "Task_WriteRedThreads");
    assertThat(taskService.getVariable(redThreads.getId(), "previousActionsFollowUp")).isEqualTo(followedUp);
    assertThat((String) taskService.getVariable(redThreads.getId(), "previousRedThreads"))
        .startsWith("Rode draden ronde 61:\nRode draden van ronde 61.");
    submit(redThreads, Map.of("redThreadsAnalysis", "Rode draden van ronde 62.", "roundAdvice", "Advies."));

    Task nextDiscussion = task(second, "Task_RecordDiscussion");
    assertThat(taskService.getVariable(nextDiscussion.getId(), "previousActionsFollowUp")).isEqualTo(followedUp);
    assertThat(taskService.getVariable(nextDiscussion.getId(), "carriedOverActions")).isEqualTo(
        "- Directieplan opvragen bij de volgende ronde — Bureau I&D, gereed op " + dutch(inDays(45)));
    submitAs("lotte", nextDiscussion, Map.of("discussionDate", inDays(0), "discussedThemes", "Representatie",
        "discussionConclusions", "Doorgaan met de kopgroep.", "actionCount", 1,
        "action1What", "Talentprogramma opzetten", "action1Who", "P&O", "action1Due", inDays(120)));

    // the carried-over action is one of round 62's actions, so round 63 follows it up again
    assertThat(actionsOf(62)).extracting(row -> row.get("ID") + " " + row.get("WHAT") + " / " + row.get("DUE_DATE")
        + " / " + row.get("CARRIED_FROM")).containsExactly(
        "62-1 Directieplan opvragen bij de volgende ronde / " + inDays(45) + " / 61-3",
        "62-2 Talentprogramma opzetten / " + inDays(120) + " / null");
    ProcessInstance third = startRound(63);
    assertThat(tasks(third, "Task_FollowUpAction")).extracting(task -> taskService.getVariable(task.getId(),
        "actionDescription")).containsExactlyInAnyOrder(
        "1. Directieplan opvragen bij de volgende ronde — Bureau I&D, gereed op " + dutch(inDays(45))
            + " (meegenomen uit ronde 61)",
        "2. Talentprogramma opzetten — P&O, gereed op " + dutch(inDays(120)));
  }

  @Test
  void aFollowUpWithoutItsReasonOrNewDateIsRefusedAndTheActionStaysOpen() {
    ProcessInstance first = roundToDiscussion(71);
    submit(first, "Task_RecordDiscussion", Map.of("discussionDate", inDays(0), "discussedThemes", "Racisme",
        "discussionConclusions", "Aan de slag.", "actionCount", 1,
        "action1What", "Taaltraining voor directeuren", "action1Who", "Bureau I&D", "action1Due", inDays(30)));
    ProcessInstance second = startRound(72);
    Task followUp = followUpOf(second, "71-1");

    assertThatThrownBy(() -> submitAs("mila", followUp, Map.of("actionStatus", "carried-over",
        "actionNote", "Loopt nog.")))
        .hasMessageContaining("Nieuwe datum gereed").hasMessageContaining("is verplicht");
    assertThatThrownBy(() -> submitAs("mila", followUp, Map.of("actionStatus", "carried-over",
        "actionNote", "Loopt nog.", "actionNewDue", inDays(-1))))
        .hasMessageContaining("mag niet in het verleden liggen");
    assertThatThrownBy(() -> submitAs("mila", followUp, Map.of("actionStatus", "not-done")))
        .hasMessageContaining("Toelichting").hasMessageContaining("is verplicht");
    assertThatThrownBy(() -> submitAs("mila", followUp, Map.of("actionStatus", "afgevinkt")))
        .hasMessageContaining("moet een van de keuzes zijn");
    assertThatThrownBy(() -> submitAs("karin", followUp, Map.of("actionStatus", "done")))
        .as("only Bureau I&D follows up the programme's actions").isInstanceOf(AuthorizationException.class);

    assertThat(taskService.createTaskQuery().taskId(followUp.getId()).count()).isOne();
    assertThat(actionsOf(71)).extracting(row -> row.get("STATUS")).containsOnlyNulls();
    assertThat(second).isWaitingAt("Task_FollowUpAction").hasNotPassed("Task_SelectDirectorates");
  }

  @Test
  void anActionDueBeforeTheDiscussionOrAnIncompleteActionIsRefusedAndNothingIsKept() {
    ProcessInstance round = roundToDiscussion(81);
    Task discussion = task(round, "Task_RecordDiscussion");

    assertThatThrownBy(() -> submitAs("lotte", discussion, Map.of("discussionDate", inDays(10),
        "discussedThemes", "Racisme", "discussionConclusions", "Aan de slag.", "actionCount", 1,
        "action1What", "Taaltraining voor directeuren", "action1Who", "Bureau I&D", "action1Due", inDays(5))))
        .hasMessageContaining("Actie 1: gereed op").hasMessageContaining("mag niet voor de datum van de bespreking liggen");
    assertThatThrownBy(() -> submitAs("lotte", discussion, Map.of("discussionDate", inDays(0),
        "discussedThemes", "Racisme", "discussionConclusions", "Aan de slag.", "actionCount", 2,
        "action1What", "Taaltraining voor directeuren", "action1Who", "Bureau I&D", "action1Due", inDays(5))))
        .hasMessageContaining("Actie 2: wat").hasMessageContaining("is verplicht");
    assertThatThrownBy(() -> submitAs("lotte", discussion, Map.of("discussionDate", inDays(0),
        "discussedThemes", "Racisme", "discussionConclusions", "Aan de slag.", "actionCount", 6)))
        .hasMessageContaining("Aantal nieuwe acties").hasMessageContaining("mag hoogstens 5 zijn");
    assertThatThrownBy(() -> submitAs("lotte", discussion, Map.of("discussionDate", inDays(0),
        "discussedThemes", "Racisme", "discussionConclusions", "Aan de slag.", "actionCount", 0,
        "carriedOverActions", "- Niets meer te doen")))
        .hasMessageContaining("mag niet worden gewijzigd");

    assertThat(round).isWaitingAt("Task_RecordDiscussion");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_panel_round WHERE round_number = 81", Integer.class)).isZero();
    assertThat(actionsOf(81)).isEmpty();
  }

  private Task followUpOf(ProcessInstance round, String actionId) {
    return tasks(round, "Task_FollowUpAction").stream()
        .filter(task -> actionId.equals(taskService.getVariable(task.getId(), "actionId"))).findFirst().orElseThrow();
  }

  private Task task(ProcessInstance round, String key, String assignee) {
    return taskService.createTaskQuery().processInstanceId(round.getId()).taskDefinitionKey(key)
        .taskAssignee(assignee).singleResult();
  }

  private static Map<String, Object> fields(Object... keysAndValues) {
    Map<String, Object> fields = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      fields.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return fields;
  }

  private static String dutch(String isoDate) {
    return java.time.LocalDate.parse(isoDate).format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"));
  }

}

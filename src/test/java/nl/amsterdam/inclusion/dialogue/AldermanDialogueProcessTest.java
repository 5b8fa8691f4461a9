package nl.amsterdam.inclusion.dialogue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.amsterdam.inclusion.engine.CaseVariables;
import nl.amsterdam.inclusion.engine.CityTime;
import nl.amsterdam.inclusion.form.FormValidationException;
import nl.amsterdam.inclusion.identity.Cluster;
import nl.amsterdam.inclusion.identity.Groups;
import nl.amsterdam.inclusion.support.CaseForms;
import nl.amsterdam.inclusion.support.ProcessTestCase;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/** Every path of {@code alderman-dialogue} and {@code alderman-dialogue-sign-up}. */
class AldermanDialogueProcessTest extends ProcessTestCase {


  private static final String[] NAMES = {"Anna Jansen", "Bas Smit", "Carla Bos", "Dirk Mulder", "Eva de Wit",
      "Fenna Kok", "Gijs Vos", "Hanna Peters", "Ilse Dekker", "Joost Bakker"};

  @BeforeEach
  void tenTestLeaders() {
    for (int i = 0; i < NAMES.length; i++) {
      testLeader("dialoog" + i, NAMES[i].split(" ")[0], NAMES[i].substring(NAMES[i].indexOf(' ') + 1));
    }
  }

  private static String inDays(int days) {
    return LocalDate.now().plusDays(days).toString();
  }

  private ProcessInstance planDialogue(int maxParticipants) {
    return planDialogue("Inclusief leidinggeven na Verwey-Jonker", 21, "leidinggevenden", maxParticipants);
  }

  private ProcessInstance planDialogue(String theme, int inDays, String audience, int maxParticipants) {
    return startAs("mila", DialogueProcess.DIALOGUE, Map.of("dialogueTheme", theme,
        "dialogueDate", inDays(inDays), "dialogueTime", "15:00", "dialogueLocation", "Amstel 1", "dialogueRoom", "Trouwzaal",
        "audience", audience, "maxParticipants", maxParticipants, "signUpDeadline", inDays(10)));
  }

  private ProcessInstance signUp(int i) {
    // name, cluster and e-mail come from the account
    return startAs("dialoog" + i, DialogueProcess.SIGN_UP, Map.of("function", "Teammanager", "consent", true));
  }

  private ProcessInstance signUp(String userId, Map<String, Object> answers) {
    Map<String, Object> form = new java.util.HashMap<>(Map.of("function", "Beleidsadviseur", "consent", true));
    form.putAll(answers);
    return startAs(userId, DialogueProcess.SIGN_UP, form);
  }

  /** An employee who is no leader (group employees, cluster Sociaal), created once. */
  private void testEmployee(String id, String firstName, String lastName) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      var user = identityService.newUser(id);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setEmail(id + "@example.org");
      identityService.saveUser(user);
      identityService.createMembership(id, Groups.EMPLOYEES);
      identityService.createMembership(id, Groups.clusterGroup(Cluster.SOCIAAL));
    }
  }

  private long signUpsStartedBy(String userId) {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(DialogueProcess.SIGN_UP)
        .startedBy(userId).count();
  }

  private Object placement(ProcessInstance signUp) {
    return runtimeService.getVariable(signUp.getId(), DialogueProcess.PLACEMENT);
  }

  @Test
  void anOversubscribedDialogueFillsEightPlacesMovesTheWaitingListUpAndRecordsNothingAttributable() {
    ProcessInstance dialogue = planDialogue(8);
    assertThat(dialogue).isWaitingAt(DialogueProcess.TIMER_SIGN_UP_DEADLINE);
    List<ProcessInstance> signUps = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      signUps.add(signUp(i));
    }
    assertThat(signUps.get(0)).isWaitingAt(DialogueProcess.TASK_MANAGE_SIGN_UP).task().isAssignedTo("dialoog0");

    fireTimer(dialogue, DialogueProcess.TIMER_SIGN_UP_DEADLINE);

    signUps.subList(0, 8).forEach(s -> assertThat(placement(s)).isEqualTo("plek"));
    signUps.subList(8, 10).forEach(s -> assertThat(placement(s)).isEqualTo("wachtlijst"));
    assertThat(notifications(dialogue).stream().filter("alderman-place-confirmed"::equals)).hasSize(8);
    assertThat(notifications(dialogue).stream().filter("alderman-waiting-list"::equals)).hasSize(2);

    // a placed leader cancels: the first on the waiting list moves up
    submit(signUps.get(3), DialogueProcess.TASK_MANAGE_SIGN_UP, Map.of("attendance", "afmelden"));
    assertThat(signUps.get(3)).isEnded().hasPassed("End_SignUpCancelled");
    assertThat(placement(signUps.get(8))).isEqualTo("plek");
    assertThat(placement(signUps.get(9))).isEqualTo("wachtlijst");
    assertThat(notifications(dialogue)).contains("alderman-place-offered");
    String invitees = (String) runtimeService.getVariable(dialogue.getId(), DialogueProcess.INVITEES);
    assertThat(invitees).contains("Ilse Dekker — Teammanager — Sociaal").doesNotContain("Dirk Mulder");

    // briefing, rework, approval
    submit(dialogue, "Task_PrepareBriefing", CaseForms.aldermanBriefing());
    submit(dialogue, "Task_ReviewBriefing", Map.of("briefingDecision", "rework", "reviewRemarks", "Meer achtergrond."));
    assertThat(dialogue).isWaitingAt("Task_PrepareBriefing");
    submit(dialogue, "Task_PrepareBriefing", CaseForms.aldermanBriefing());
    submit(dialogue, "Task_ReviewBriefing", Map.of("briefingDecision", "approve"));
    assertThat(notifications(dialogue).stream().filter("alderman-dialogue-confirmation"::equals)).hasSize(8);
    fireTimer(dialogue, "Timer_ReminderDue");
    fireTimer(dialogue, "Timer_SessionOver");

    // only unattributed main points
    assertThatThrownBy(() -> submit(dialogue, "Task_RecordSession", Map.of("sessionTookPlace", "yes",
        "mainPoints", "Bas vertelde over pesten in zijn team.")))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("'Hoofdpunten' mag geen namen van deelnemers bevatten");
    assertThatThrownBy(() -> submit(dialogue, "Task_RecordSession", Map.of("sessionTookPlace", "yes",
        "mainPoints", "Leidinggevenden vragen om praktische steun bij incidenten.",
        "listenerSignals", "Carla durft incidenten niet te melden.")))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("'Signalen van de toehoorder' mag geen namen van deelnemers bevatten");
    submit(dialogue, "Task_RecordSession", Map.of("sessionTookPlace", "yes",
        "mainPoints", "Leidinggevenden vragen om praktische steun bij incidenten.",
        "listenerSignals", "Melden van incidenten voelt in sommige teams onveilig."));

    assertThat(dialogue).isEnded().hasPassed("End_DialogueHeld");
    signUps.forEach(s -> assertThat(s).isEnded());
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(dialogue.getId()).list())
        .noneMatch(v -> v.getValue() instanceof String text && text.contains("Bas vertelde"));
    assertThat(registerEntry(dialogue)).as("the register for the next bestuursopdracht")
        .containsEntry("theme", "Inclusief leidinggeven na Verwey-Jonker").containsEntry("dialogue_date", inDays(21))
        .containsEntry("main_points", "Leidinggevenden vragen om praktische steun bij incidenten.")
        .containsEntry("listener_signals", "Melden van incidenten voelt in sommige teams onveilig.");
    assertThat(recipientsOf(dialogue, "alderman-listener-signals")).as("the listener's signals passed on")
        .contains("mila@example.org", "sophie@example.org");
  }

  /** The session's row in the register of main points, by its column names (lower case). */
  private Map<String, Object> registerEntry(ProcessInstance dialogue) {
    Map<String, Object> row = new java.util.HashMap<>();
    jdbc.queryForList("SELECT * FROM app_dialogue_main_points WHERE dialogue_id = ?", dialogue.getId())
        .forEach(found -> found.forEach((column, value) -> row.put(column.toLowerCase(Locale.ROOT), value)));
    return row;
  }

  @Test
  void theBriefingIsDueBeforeTheSessionAndALateApprovalSendsNoConfirmations() {
    ProcessInstance dialogue = planDialogue(8);
    signUp(0);
    fireTimer(dialogue, DialogueProcess.TIMER_SIGN_UP_DEADLINE);
    LocalDate session = LocalDate.parse(inDays(21));
    assertThat(task(dialogue, "Task_PrepareBriefing").getDueDate())
        .isEqualTo(CityTime.at(session.minusDays(7), LocalTime.NOON));
    submit(dialogue, "Task_PrepareBriefing", CaseForms.aldermanBriefing());
    assertThat(task(dialogue, "Task_ReviewBriefing").getDueDate())
        .isEqualTo(CityTime.at(session.minusDays(3), LocalTime.of(17, 0)));

    try {
      // the alderman's office approves only on the morning of the session
      ClockUtil.setCurrentTime(CityTime.at(session, LocalTime.of(9, 0)));
      submit(dialogue, "Task_ReviewBriefing", Map.of("briefingDecision", "approve"));

      assertThat(dialogue).hasPassed("Gateway_BriefingApproved").hasNotPassed("Task_SendConfirmations")
          .isWaitingAt("Timer_SessionOver");
      assertThat(notifications(dialogue)).doesNotContain("alderman-dialogue-confirmation");
    } finally {
      ClockUtil.reset();
    }
  }

  @Test
  void historyCleanupRemovesTheSignUpsAfter30DaysAndTheSessionAfter90() {
    ProcessInstance dialogue = planDialogue(8);
    ProcessInstance signUp = signUp(0);
    fireTimer(dialogue, DialogueProcess.TIMER_SIGN_UP_DEADLINE);
    submit(dialogue, "Task_PrepareBriefing", CaseForms.aldermanBriefing());
    submit(dialogue, "Task_ReviewBriefing", Map.of("briefingDecision", "approve"));
    fireTimer(dialogue, "Timer_ReminderDue");
    fireTimer(dialogue, "Timer_SessionOver");
    submit(dialogue, "Task_RecordSession", Map.of("sessionTookPlace", "yes", "mainPoints", "Meer steun bij incidenten."));
    assertThat(signUp).isEnded();

    try {
      ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(31))));
      cleanUpHistory();
      assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(signUp.getId()).count())
          .as("sign-up after 31 days").isZero();
      assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(signUp.getId()).count()).isZero();
      assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(dialogue.getId()).count())
          .as("session after 31 days").isEqualTo(1);

      ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(91))));
      cleanUpHistory();
      assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(dialogue.getId()).count())
          .as("session after 91 days").isZero();
      assertThat(registerEntry(dialogue)).as("the register outlives the session")
          .containsEntry("main_points", "Meer steun bij incidenten.");
    } finally {
      ClockUtil.reset();
    }
  }

  /** What the nightly cleanup window does: run the history-cleanup job now. */
  private void cleanUpHistory() {
    String job = historyService.cleanUpHistoryAsync(true).getId();
    managementService.executeJob(job);
  }

  @Test
  void aCancellationBeforeTheDeadlineSimplyLeavesTheList() {
    ProcessInstance dialogue = planDialogue(2);
    ProcessInstance first = signUp(0);
    ProcessInstance second = signUp(1);
    ProcessInstance third = signUp(2);
    submit(first, DialogueProcess.TASK_MANAGE_SIGN_UP, Map.of("attendance", "afmelden"));

    fireTimer(dialogue, DialogueProcess.TIMER_SIGN_UP_DEADLINE);

    assertThat(placement(second)).isEqualTo("plek");
    assertThat(placement(third)).isEqualTo("plek");
    assertThat(runtimeService.getVariable(dialogue.getId(), DialogueProcess.HAS_WAITING_LIST)).isEqualTo(false);
    assertThat(dialogue).isWaitingAt("Task_PrepareBriefing");
  }

  @Test
  void theLeaderSeesWhichSessionSheSignedUpForAndConfirmingDoesNotCancel() {
    planDialogue(8);
    ProcessInstance signUp = signUp(0);
    Task manage = task(signUp, DialogueProcess.TASK_MANAGE_SIGN_UP);

    Map<String, Object> shown = asUser("dialoog0", () -> formService.getTaskFormVariables(manage.getId()));
    assertThat(shown).containsEntry("dialogueTheme", "Inclusief leidinggeven na Verwey-Jonker")
        .containsEntry("dialogueDay", new DialogueSchedule().dayOf(inDays(21))).containsEntry("dialogueTime", "15:00")
        .containsEntry("dialogueLocation", "Amstel 1");

    asUser("dialoog0", () -> formService.submitTaskForm(manage.getId(), Map.of("attendance", "kom")));
    runAsyncJobs();
    assertThat(signUp).as("'Ik kom' keeps the sign-up and its task").isWaitingAt(DialogueProcess.TASK_MANAGE_SIGN_UP)
        .hasNotPassed("Task_CancelSignUp");
    assertThat(placement(signUp)).isEqualTo("aangemeld");
  }

  @Test
  void aDialogueWithoutSignUpsEndsWithAMessageToBureauId() {
    ProcessInstance dialogue = planDialogue(8);
    fireTimer(dialogue, DialogueProcess.TIMER_SIGN_UP_DEADLINE);

    assertThat(dialogue).isEnded().hasPassed("End_NoSignUps");
  }

  @Test
  void aSecondSignUpForTheSameSessionIsRefusedNamingTheFirst() {
    ProcessInstance dialogue = planDialogue(8);
    ProcessInstance first = signUp(0);
    long signUps = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(DialogueProcess.SIGN_UP)
        .startedBy("dialoog0").count();

    assertThatThrownBy(() -> signUp(0))
        .isInstanceOfSatisfying(FormValidationException.class, refused -> assertThat(refused.errors())
            .singleElement().satisfies(error -> {
              assertThat(error.field()).isEqualTo(CaseVariables.LEADER_NAME);
              assertThat(error.message()).startsWith("je bent al aangemeld voor de dialoog met de wethouder van "
                  + inDays(21) + " (Inclusief leidinggeven na Verwey-Jonker)").contains("status aangemeld");
            }));
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(DialogueProcess.SIGN_UP)
        .startedBy("dialoog0").count()).as("no second sign-up").isEqualTo(signUps);
    assertThat(signUp(1)).as("another leader still signs up").isWaitingAt(DialogueProcess.TASK_MANAGE_SIGN_UP);

    // after cancelling, the place can be asked for again
    submit(first, DialogueProcess.TASK_MANAGE_SIGN_UP, Map.of("attendance", "afmelden"));
    assertThat(signUp(0)).isWaitingAt(DialogueProcess.TASK_MANAGE_SIGN_UP);
    fireTimer(dialogue, DialogueProcess.TIMER_SIGN_UP_DEADLINE);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(DialogueProcess.SIGN_UP)
        .variableValueEquals(DialogueProcess.PLACEMENT, "plek").count()).isEqualTo(2);
  }

  @Test
  void aSecondSignUpWhileTheFirstIsStillBeingLinkedIsRefusedToo() {
    planDialogue(8);
    // a double click: the first sign-up is stored, its session not yet looked up (asynchronous step pending)
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(DialogueProcess.SIGN_UP)
        .latestVersion().singleResult().getId();
    Map<String, Object> form = Map.of("function", "Teammanager", "consent", true);
    identityService.setAuthentication("dialoog0", List.of("leaders"));
    try {
      formService.submitStartForm(definitionId, form);
      assertThatThrownBy(() -> formService.submitStartForm(definitionId, form))
          .isInstanceOf(FormValidationException.class).hasMessageContaining("je bent al aangemeld");
    } finally {
      identityService.clearAuthentication();
    }
    runAsyncJobs();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(DialogueProcess.SIGN_UP)
        .variableValueEquals("leaderId", "dialoog0").count()).isEqualTo(1);
  }

  @Test
  void aSignUpForTheNextSessionIsNotADuplicate() {
    ProcessInstance thisMonth = planDialogue(8);
    ProcessInstance first = signUp(0);
    fireTimer(thisMonth, DialogueProcess.TIMER_SIGN_UP_DEADLINE);
    planDialogue(8);

    ProcessInstance next = signUp(0);

    assertThat(next).isWaitingAt(DialogueProcess.TASK_MANAGE_SIGN_UP);
    assertThat(runtimeService.getVariable(next.getId(), DialogueProcess.DIALOGUE_ID))
        .isNotEqualTo(runtimeService.getVariable(first.getId(), DialogueProcess.DIALOGUE_ID));
  }

  @Test
  void theDialogueIsNamedAfterItsDateAndThemeAndASignUpAfterTheLeaderAndTheDate() {
    ProcessInstance dialogue = planDialogue(8);
    String day = LocalDate.parse(inDays(21)).format(DateTimeFormatter.ofPattern("d MMMM yyyy", new Locale("nl")));

    assertThat(businessKeyOf(dialogue)).isEqualTo(day + " – Inclusief leidinggeven na Verwey-Jonker");
    assertThat(businessKeyOf(signUp(0))).isEqualTo("Anna Jansen – " + day);
  }

  @Test
  void aSignUpWithoutOpenDialogueIsNamedAfterTheLeaderOnly() {
    assertThat(businessKeyOf(signUp(1))).isEqualTo("Bas Smit");
  }

  @Test
  void aSignUpWithoutOpenDialogueIsAnsweredAtOnce() {
    ProcessInstance signUp = signUp(0);

    assertThat(signUp).isEnded().hasPassed("End_NoDialogueOpen");
    assertThat(notifications(signUp)).containsExactly("alderman-no-open-dialogue");
  }

  @Test
  void theMonthlyTimerAsksBureauIdToPlanTheDialogue() {
    var timer = managementService.createJobQuery().timers().processDefinitionKey(DialogueProcess.MONTHLY)
        .activityId("StartEvent_MonthlyDialogueDue").singleResult();
    assertThat(timer).isNotNull();
    managementService.executeJob(timer.getId());

    ProcessInstance monthly = runtimeService.createProcessInstanceQuery().processDefinitionKey(DialogueProcess.MONTHLY)
        .singleResult();
    assertThat(monthly).isWaitingAt("Task_PlanDialogue").task().hasCandidateGroup("id-bureau");
    submit(monthly, "Task_PlanDialogue", Map.of("dialogueTheme", "Discriminatie op de werkvloer",
        "dialogueDate", inDays(30), "dialogueTime", "15:00", "dialogueLocation", "Stadsdeel Oost", "dialogueRoom", "Zaal 2",
        "audience", "medewerkers", "maxParticipants", 8, "signUpDeadline", inDays(20)));

    assertThat(monthly).isEnded();
    ProcessInstance dialogue = runtimeService.createProcessInstanceQuery().processDefinitionKey(DialogueProcess.DIALOGUE)
        .singleResult();
    assertThat(dialogue).isWaitingAt(DialogueProcess.TIMER_SIGN_UP_DEADLINE);
    assertThat(runtimeService.getVariable(dialogue.getId(), "dialogueTheme")).isEqualTo("Discriminatie op de werkvloer");
  }

  @Test
  void anEmployeeSignsUpForASessionForAllButIsRefusedForOneForLeadersOnly() {
    testEmployee("medewerker0", "Mira", "Tol");
    ProcessInstance leadersOnly = planDialogue("Inclusief leidinggeven na Verwey-Jonker", 21, "leidinggevenden", 8);
    ProcessInstance forAll = planDialogue("Pesten en uitsluiting op de werkvloer", 28, "medewerkers", 8);
    long before = signUpsStartedBy("medewerker0");
    assertThat(recipientsOf(leadersOnly, "alderman-dialogue-announced")).doesNotContain("medewerker0@example.org");
    assertThat(recipientsOf(forAll, "alderman-dialogue-announced")).contains("medewerker0@example.org", "dialoog0@example.org");

    assertThatThrownBy(() -> signUp("medewerker0", Map.of("dialogueChoice", leadersOnly.getId(), "tableRole", "medewerker")))
        .isInstanceOfSatisfying(FormValidationException.class, refused -> assertThat(refused.errors()).singleElement()
            .satisfies(error -> {
              assertThat(error.field()).isEqualTo(DialogueProcess.DIALOGUE_CHOICE);
              assertThat(error.message()).contains("bij wijze van uitzondering alleen voor leidinggevenden");
            }));
    assertThat(signUpsStartedBy("medewerker0")).as("nothing stored").isEqualTo(before);

    // without a choice the employee gets the earliest session she may join, not the earlier leaders-only one
    ProcessInstance signUp = signUp("medewerker0", Map.of("tableRole", "medewerker"));
    assertThat(signUp).isWaitingAt(DialogueProcess.TASK_MANAGE_SIGN_UP).task().isAssignedTo("medewerker0");
    assertThat(runtimeService.getVariable(signUp.getId(), DialogueProcess.DIALOGUE_ID)).isEqualTo(forAll.getId());

    // a leader may take part in both
    assertThat(signUp("dialoog0", Map.of("dialogueChoice", forAll.getId()))).isWaitingAt(DialogueProcess.TASK_MANAGE_SIGN_UP);
    assertThat(signUp("dialoog0", Map.of("dialogueChoice", leadersOnly.getId()))).isWaitingAt(DialogueProcess.TASK_MANAGE_SIGN_UP);
  }

  @Test
  void withSeveralSessionsOpenAPersonChoosesOneAndSeesItsThemeDateTimeAndPlace() {
    ProcessInstance first = planDialogue("Inclusief leidinggeven na Verwey-Jonker", 21, "leidinggevenden", 8);
    ProcessInstance second = planDialogue("Discriminatie op de werkvloer", 35, "leidinggevenden", 8);

    // the form offers both sessions, by theme, date, time and place
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(DialogueProcess.SIGN_UP)
        .latestVersion().singleResult().getId();
    String shown = asUser("dialoog0", () -> {
      try (var form = formService.getDeployedStartForm(definitionId)) {
        return new String(form.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    assertThat(shown).contains("\"value\":\"" + first.getId() + "\"", "\"value\":\"" + second.getId() + "\"",
        "Discriminatie op de werkvloer — " + new DialogueSchedule().dayOf(inDays(35)) + ", 15:00 — Amstel 1");

    ProcessInstance signUp = signUp("dialoog0", Map.of("dialogueChoice", second.getId(), "tableRole", "informeel"));

    assertThat(runtimeService.getVariable(signUp.getId(), DialogueProcess.DIALOGUE_ID)).isEqualTo(second.getId());
    Task manage = task(signUp, DialogueProcess.TASK_MANAGE_SIGN_UP);
    assertThat(asUser("dialoog0", () -> formService.getTaskFormVariables(manage.getId())))
        .containsEntry("dialogueTheme", "Discriminatie op de werkvloer")
        .containsEntry("dialogueDay", new DialogueSchedule().dayOf(inDays(35)));
    assertThatThrownBy(() -> signUp("dialoog0", Map.of("dialogueChoice", second.getId())))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("je bent al aangemeld");
    long before = signUpsStartedBy("dialoog1");
    assertThatThrownBy(() -> signUp("dialoog1", Map.of("dialogueChoice", "een-andere-zaak")))
        .as("only an open session can be chosen").isInstanceOf(FormValidationException.class);
    assertThat(signUpsStartedBy("dialoog1")).isEqualTo(before);
  }

  @Test
  void aChosenSessionThatClosedBeforeTheSignUpWasLinkedIsAnsweredByMail() {
    ProcessInstance dialogue = planDialogue(8);
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(DialogueProcess.SIGN_UP)
        .latestVersion().singleResult().getId();
    // submitted just before the deadline; the engine links it just after
    ProcessInstance signUp = asUser("dialoog0", () -> formService.submitStartForm(definitionId,
        Map.of("function", "Teammanager", "consent", true, "dialogueChoice", dialogue.getId())));
    fireTimer(dialogue, DialogueProcess.TIMER_SIGN_UP_DEADLINE);

    assertThat(signUp).isEnded().hasPassed("End_NoDialogueOpen");
    assertThat(notifications(signUp)).containsExactly("alderman-no-open-dialogue");
  }

  @Test
  void placesMixFormalAndInformalLeadersAndTheBriefingSaysWhoIsWhich() {
    ProcessInstance dialogue = planDialogue(8);
    List<ProcessInstance> signUps = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      signUps.add(signUp("dialoog" + i, Map.of("tableRole", i < 8 ? "formeel" : "informeel",
          "directorate", "Grond en Ontwikkeling")));
    }

    fireTimer(dialogue, DialogueProcess.TIMER_SIGN_UP_DEADLINE);

    assertThat(placement(signUps.get(8))).isEqualTo("plek");
    assertThat(placement(signUps.get(9))).isEqualTo("plek");
    assertThat(placement(signUps.get(6))).isEqualTo("wachtlijst");
    assertThat(placement(signUps.get(7))).isEqualTo("wachtlijst");
    assertThat((String) runtimeService.getVariable(dialogue.getId(), DialogueProcess.INVITEES))
        .contains("Ilse Dekker — Beleidsadviseur — Grond en Ontwikkeling (Sociaal) — informeel leidinggevende",
            "Anna Jansen — Beleidsadviseur — Grond en Ontwikkeling (Sociaal) — formeel leidinggevende")
        .doesNotContain("Gijs Vos");
  }

  @Test
  void theBriefingIsTheSeedsOpstapformulierAndRefusesOneWithoutAListener() {
    ProcessInstance dialogue = planDialogue(8);
    signUp("dialoog0", Map.of("tableRole", "informeel", "directorate", "Belastingen"));
    fireTimer(dialogue, DialogueProcess.TIMER_SIGN_UP_DEADLINE);
    Task prepare = task(dialogue, "Task_PrepareBriefing");

    assertThat(asUser("mila", () -> formService.getTaskFormVariables(prepare.getId())))
        .containsEntry("dialogueDay", new DialogueSchedule().dayOf(inDays(21))).containsEntry("audience", "leidinggevenden")
        .containsEntry("invitees", "Anna Jansen — Beleidsadviseur — Belastingen (Sociaal) — informeel leidinggevende");

    Map<String, Object> withoutListener = new java.util.HashMap<>(CaseForms.aldermanBriefing());
    withoutListener.remove("listenerName");
    assertThatThrownBy(() -> submitAs("mila", prepare, withoutListener))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("'Toehoorder'");
    assertThat(dialogue).isWaitingAt("Task_PrepareBriefing");

    submitAs("mila", prepare, CaseForms.aldermanBriefing());
    assertThat(asUser("sophie", () -> formService.getTaskFormVariables(task(dialogue, "Task_ReviewBriefing").getId())))
        .containsEntry("listenerName", "Themaverantwoordelijke Bureau I&D")
        .containsEntry("eventDescription", CaseForms.aldermanBriefing().get("eventDescription"));
  }

  @Test
  void aSessionThatDidNotTakePlaceLeavesNothingInTheRegister() {
    ProcessInstance dialogue = planDialogue(8);
    signUp(0);
    fireTimer(dialogue, DialogueProcess.TIMER_SIGN_UP_DEADLINE);
    submit(dialogue, "Task_PrepareBriefing", CaseForms.aldermanBriefing());
    submit(dialogue, "Task_ReviewBriefing", Map.of("briefingDecision", "approve"));
    fireTimer(dialogue, "Timer_ReminderDue");
    fireTimer(dialogue, "Timer_SessionOver");

    submit(dialogue, "Task_RecordSession", Map.of("sessionTookPlace", "no", "mainPoints", "De wethouder moest afzeggen."));

    assertThat(dialogue).isEnded().hasPassed("Task_KeepMainPoints", "End_DialogueHeld");
    assertThat(registerEntry(dialogue)).isEmpty();
    assertThat(notifications(dialogue)).as("no signals, nothing passed on").doesNotContain("alderman-listener-signals");
  }
}

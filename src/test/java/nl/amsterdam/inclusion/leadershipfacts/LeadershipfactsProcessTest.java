package nl.amsterdam.inclusion.leadershipfacts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.amsterdam.inclusion.engine.CityTime;
import nl.amsterdam.inclusion.form.FieldError;
import nl.amsterdam.inclusion.form.FormValidationException;
import nl.amsterdam.inclusion.support.ProcessTestCase;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static nl.amsterdam.inclusion.leadershipfacts.LeadershipfactsProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/** Every path of {@code leadershipfacts-trajectory} and {@code leadershipfacts-measurement}. */
class LeadershipfactsProcessTest extends ProcessTestCase {


  private ProcessInstance startTrajectory(String userId) {
    return startAs(userId, LeadershipfactsProcess.TRAJECTORY, Map.of("directorate", "Werk, Participatie en Inkomen"));
  }

  private ProcessInstance stopAs(String userId) {
    return startAs(userId, LeadershipfactsProcess.WITHDRAWAL, Map.of("withdrawalReason", "Geen tijd", "confirmStop", true));
  }

  @BeforeEach
  void emptyLedger() {
    jdbc.update("DELETE FROM app_leadershipfacts_cost");
  }

  private ProcessInstance measurement(ProcessInstance trajectory) {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(trajectory.getId()).singleResult();
  }

  private static Map<String, Object> scores(String prefix, int score) {
    Map<String, Object> values = new HashMap<>();
    for (Behaviour behaviour : Behaviour.values()) {
      values.put(prefix + behaviour.id(), score);
    }
    return values;
  }

  /** Rates oneself and chooses the raters from the list (their user ids, as the form's taglist sends them). */
  private void rateSelf(ProcessInstance measurement, int score, String... raters) {
    Map<String, Object> values = scores("self_", score);
    values.put("raters", List.of(raters));
    submit(measurement, "Task_RateSelf", values);
  }

  private void rate(ProcessInstance measurement, String rater, int score) {
    Task task = taskService.createTaskQuery().processInstanceId(measurement.getId()).taskAssignee(rater).singleResult();
    Map<String, Object> values = scores("rating_", score);
    values.put("raterDecision", "rate");
    submit(task, values);
  }

  private void decline(ProcessInstance measurement, String rater) {
    Task task = taskService.createTaskQuery().processInstanceId(measurement.getId()).taskAssignee(rater).singleResult();
    submit(task, Map.of("raterDecision", "decline"));
  }

  @Test
  void aTrajectoryMeasuresTwiceWithAConsultAfterEachAndEndsInAFinalReport() {
    ProcessInstance trajectory = startTrajectory("jan");
    assertThat(trajectory).as("a leader who asks herself needs no confirmation").hasNotPassed(TASK_CONFIRM_TRAJECTORY);
    assertThat(task(trajectory, "Task_ChooseDevelopmentPoints").getDueDate()).isCloseTo(inDaysFromNow(14), 60_000);
    submit(trajectory, "Task_ChooseDevelopmentPoints", Map.of(DEVELOPMENT_POINTS, List.of("ongemak", "luisteren"),
        DEVELOPMENT_GOAL, "Iedereen komt aan het woord."));

    ProcessInstance first = measurement(trajectory);
    assertThat(first).isWaitingAt("Task_RateSelf").task().isAssignedTo("jan");
    rateSelf(first, 4, "fatima", "sanne", "mila", "daan");
    assertThat(taskService.createTaskQuery().processInstanceId(first.getId()).list()).extracting(Task::getAssignee)
        .containsExactlyInAnyOrder("fatima", "sanne", "mila", "daan");
    fireTimer(first, "Timer_RatingReminder");
    rate(first, "fatima", 3);
    rate(first, "sanne", 2);
    decline(first, "mila"); // a rater may decline
    rate(first, "daan", 4);

    assertThat(first).isEnded().hasPassed("Task_AnalyseMeasurement");
    assertThat((String) runtimeService.getVariable(trajectory.getId(), "measurement1Summary"))
        .contains("3 beoordelaars").contains("zelf 4, anderen 3.0 (spreiding 0.82), overwaardering");
    assertThat(trajectory).isWaitingAt(TASK_FIRST_CONSULT).task().hasCandidateGroup("pilot-coaches");
    Task firstConsult = task(trajectory, TASK_FIRST_CONSULT);
    assertThat(firstConsult.getName()).isEqualTo("Eerste persoonlijk consult met Jan de Vries");
    assertThat(firstConsult.getDueDate()).isCloseTo(inDaysFromNow(21), 60_000);
    assertThat(coachReads(firstConsult, DEVELOPMENT_POINTS_SUMMARY)).as("the coach sees what the leader chose")
        .isEqualTo("- Luistert naar alle perspectieven\n- Maakt ongemak bespreekbaar\nDoel: Iedereen komt aan het woord.");
    assertThat(coachReads(firstConsult, "measurement1Summary")).contains("overwaardering");
    assertThat(notifications(first)).as("the closed measurement asks the coaches").contains("leadershipfacts-consult-requested");
    assertThatThrownBy(() -> submitAs("anouk", firstConsult, Map.of())).isInstanceOf(FormValidationException.class)
        .hasMessageContaining("'Afspraken voor de komende drie maanden' is verplicht");
    assertThat(trajectory).isWaitingAt(TASK_FIRST_CONSULT);
    submitAs("anouk", firstConsult, Map.of(CONSULT_AGREEMENTS, "Elke week een open rondje in het overleg."));

    fireTimer(trajectory, "Timer_SecondMeasurementDue");
    ProcessInstance second = measurement(trajectory);
    rateSelf(second, 4, "fatima", "sanne", "daan");
    rate(second, "fatima", 4);
    rate(second, "sanne", 4);
    rate(second, "daan", 4);

    assertThat(trajectory).isWaitingAt(TASK_SECOND_CONSULT).task().hasCandidateGroup("pilot-coaches");
    Task secondConsult = task(trajectory, TASK_SECOND_CONSULT);
    assertThat(secondConsult.getName()).isEqualTo("Tweede persoonlijk consult met Jan de Vries");
    assertThat(secondConsult.getDueDate()).isCloseTo(inDaysFromNow(21), 60_000);
    assertThat(coachReads(secondConsult, DEVELOPMENT_POINTS_SUMMARY)).contains("- Maakt ongemak bespreekbaar");
    assertThat(coachReads(secondConsult, CONSULT_AGREEMENTS)).isEqualTo("Elke week een open rondje in het overleg.");
    assertThat(coachReads(secondConsult, "measurement2Summary")).contains("Meting 2: 3 beoordelaars");
    assertThat(notifications(second)).contains("leadershipfacts-consult-requested");
    assertThatThrownBy(() -> submitAs("anouk", secondConsult, Map.of())).isInstanceOf(FormValidationException.class)
        .hasMessageContaining("'Aanbevelingen voor het eindrapport' is verplicht");
    assertThat(trajectory).isWaitingAt(TASK_SECOND_CONSULT);
    submitAs("anouk", secondConsult, Map.of(CONSULT_RECOMMENDATIONS, "Blijf het open rondje doen; vraag om feedback."));

    assertThat(trajectory).isWaitingAt("Task_ReadFinalReport").task().isAssignedTo("jan");
    assertThat(task(trajectory, "Task_ReadFinalReport").getDueDate()).isCloseTo(inDaysFromNow(14), 60_000);
    assertThat((String) runtimeService.getVariable(trajectory.getId(), "finalReportSummary"))
        .startsWith("Gekozen ontwikkelpunten\n- Luistert naar alle perspectieven\n- Maakt ongemak bespreekbaar")
        .contains("Ontwikkeling tussen meting 1 en meting 2").contains("zelf 0, anderen +1")
        .contains("Afspraken uit het eerste consult\nElke week een open rondje in het overleg.")
        .endsWith("Aanbevelingen uit het tweede consult\nBlijf het open rondje doen; vraag om feedback.");
    submit(trajectory, "Task_ReadFinalReport", Map.of());
    assertThat(trajectory).isEnded().hasPassed("End_TrajectoryCompleted");
  }

  @Test
  void aTrajectoryAndItsMeasurementsAreNamedAfterTheLeaderAndTheMonthItStarts() {
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2027, 3, 15).atTime(10, 0).atZone(CityTime.ZONE).toInstant()));
    try {
      ProcessInstance trajectory = startTrajectory("jan");
      assertThat(businessKeyOf(trajectory)).as("the leader's name from the account").isEqualTo("Jan de Vries – maart 2027");
      submit(trajectory, "Task_ChooseDevelopmentPoints", Map.of("developmentPoints", List.of("ingrijpen")));
      assertThat(businessKeyOf(measurement(trajectory))).as("the raters' tasks read as the leader's case")
          .isEqualTo("Jan de Vries – maart 2027");
      assertThat(businessKeyOf(offeredFromPilot("fatima", "Fatima El Amrani")))
          .isEqualTo("Fatima El Amrani – maart 2027");
    } finally {
      ClockUtil.reset();
    }
  }

  @Test
  void theLeaderChoosesDevelopmentPointsFromTheSixBehaviours() {
    ProcessInstance trajectory = startTrajectory("jan");
    Task choose = task(trajectory, "Task_ChooseDevelopmentPoints");

    String options = String.valueOf(asUser("jan", () -> formService.getTaskFormVariables(choose.getId()).get(BEHAVIOUR_OPTIONS)));
    for (Behaviour behaviour : Behaviour.all()) {
      assertThat(options).as("offered from the one source").contains("\"" + behaviour.label() + "\"", "\"" + behaviour.id() + "\"");
    }
    assertThatThrownBy(() -> submitAs("jan", choose, Map.of(DEVELOPMENT_POINTS, List.of("luisteren", "charisma"))))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("'Mijn ontwikkelpunten'");
    assertThat(trajectory).isWaitingAt("Task_ChooseDevelopmentPoints");
    assertThat(runtimeService.getVariable(trajectory.getId(), DEVELOPMENT_POINTS_SUMMARY)).isNull();
  }

  @Test
  void theRatingFormsNameEachBehaviourByItsTextFromTheOneSource() {
    ProcessInstance trajectory = startTrajectory("jan");
    submit(trajectory, "Task_ChooseDevelopmentPoints", Map.of(DEVELOPMENT_POINTS, List.of("ingrijpen")));
    ProcessInstance first = measurement(trajectory);
    Task rateSelf = task(first, "Task_RateSelf");

    assertThat(String.valueOf(asUser("jan", () -> formService.getTaskFormVariables(rateSelf.getId()).get("behaviours"))))
        .as("Tasklist reads the labels' texts").contains("\"luisteren\":\"Luistert naar alle perspectieven\"");
    Map<String, Object> values = scores("self_", 3);
    values.remove(Behaviour.SAFETY.selfVariable());
    values.put("raters", List.of("fatima", "sanne", "mila"));
    assertThatThrownBy(() -> submitAs("jan", rateSelf, values)).isInstanceOf(FormValidationException.class)
        .hasMessageContaining("'Bevordert sociale veiligheid in het team (1-5)' is verplicht");
    assertThat(first).isWaitingAt("Task_RateSelf");
  }

  @Test
  void aLeaderMustInviteAtLeastThreeKnownRaters() {
    ProcessInstance trajectory = startTrajectory("jan");
    submit(trajectory, "Task_ChooseDevelopmentPoints", Map.of("developmentPoints", List.of("ingrijpen")));
    ProcessInstance first = measurement(trajectory);

    assertThatThrownBy(() -> rateSelf(first, 3, "fatima", "jan", "onbekende"))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("'Beoordelaars' onbekend: onbekende")
        .hasMessageContaining("'Beoordelaars' nodig minstens 3 andere collega's");
    assertThat(first).isWaitingAt("Task_RateSelf");
  }

  @Test
  void theLeaderChoosesRatersByNameFromEveryColleagueButHerself() {
    ProcessInstance trajectory = startTrajectory("jan");
    submit(trajectory, "Task_ChooseDevelopmentPoints", Map.of("developmentPoints", List.of("ingrijpen")));
    Task rateSelf = task(measurement(trajectory), "Task_RateSelf");

    String options = String.valueOf(asUser("jan",
        () -> formService.getTaskFormVariables(rateSelf.getId()).get("raterOptions")));
    assertThat(options).contains("\"Fatima El Amrani\"", "\"fatima\"", "\"Mila Jansen\"")
        .doesNotContain("\"jan\"", "Jan de Vries");
  }

  @Test
  void theLeaderInvitesKnownColleaguesInTasklistButNotThemself() {
    ProcessInstance trajectory = startTrajectory("jan");
    submit(trajectory, "Task_ChooseDevelopmentPoints", Map.of("developmentPoints", List.of("ingrijpen")));
    ProcessInstance first = measurement(trajectory);
    Task rateSelf = task(first, "Task_RateSelf");
    Map<String, Object> values = scores("self_", 3);

    // a leader may not list users, yet the colleagues she names are found: the check runs with the engine's rights
    values.put("raters", List.of("jan", "fatima", "sanne", "mila"));
    assertThatThrownBy(() -> submitAs("jan", rateSelf, values)).isInstanceOf(FormValidationException.class)
        .hasMessageContaining("'Beoordelaars' noemt jezelf: je eigen beoordeling geef je in dit formulier");
    assertThat(first).isWaitingAt("Task_RateSelf");

    values.put("raters", List.of("fatima", "sanne", "mila"));
    submitAs("jan", rateSelf, values);
    assertThat(taskService.createTaskQuery().processInstanceId(first.getId()).taskDefinitionKey("Task_RateLeader")
        .list()).extracting(Task::getAssignee).containsExactlyInAnyOrder("fatima", "sanne", "mila");
  }

  @Test
  void theDeadlineClosesTheMeasurementWithTheRatingsItHasAndTooFewRatersShowNothing() {
    ProcessInstance trajectory = startTrajectory("jan");
    submit(trajectory, "Task_ChooseDevelopmentPoints", Map.of("developmentPoints", List.of("veiligheid")));
    ProcessInstance first = measurement(trajectory);
    rateSelf(first, 5, "fatima", "sanne", "mila");
    rate(first, "fatima", 2);
    rate(first, "sanne", 3);

    fireTimer(first, "Timer_RatingDeadline");

    assertThat(first).isEnded().hasPassed("Timer_RatingDeadline");
    assertThat((String) runtimeService.getVariable(trajectory.getId(), "measurement1Summary"))
        .contains("2 beoordelaars").contains("Te weinig beoordelaars").doesNotContain("spreiding").doesNotContain("anderen 2");
  }

  @Test
  void aLeaderWhoStopsEndsTheTrajectoryAndItsOpenRatings() {
    ProcessInstance trajectory = startTrajectory("jan");
    submit(trajectory, "Task_ChooseDevelopmentPoints", Map.of("developmentPoints", List.of("ongemak")));
    ProcessInstance first = measurement(trajectory);
    rateSelf(first, 3, "fatima", "sanne", "mila");
    rate(first, "fatima", 3);

    ProcessInstance withdrawal = stopAs("jan");

    assertThat(withdrawal).isEnded().hasPassed("End_TrajectoryStopped");
    assertThat(trajectory).isEnded().hasPassed("End_TrajectoryStopped");
    assertThat(first).isEnded();
    assertThat(taskService.createTaskQuery().processInstanceId(first.getId()).count()).isZero();
    assertThat(notifications(trajectory)).contains("leadershipfacts-stopped");
  }

  @Test
  void stoppingWithoutARunningTrajectoryIsRefusedOnTheForm() {
    startTrajectory("jan"); // another leader's trajectory is not hers to stop
    long withdrawals = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(LeadershipfactsProcess.WITHDRAWAL).count();

    assertThatThrownBy(() -> stopAs("sanne"))
        .isInstanceOfSatisfying(FormValidationException.class, refused -> assertThat(refused.errors())
            .extracting(FieldError::field, FieldError::message)
            .containsExactly(tuple("confirmStop", "kan niet: je hebt geen lopend Leadershipfacts-traject")));
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(LeadershipfactsProcess.WITHDRAWAL)
        .count()).as("no withdrawal started").isEqualTo(withdrawals);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(LeadershipfactsProcess.TRAJECTORY)
        .count()).as("jan's trajectory runs on").isEqualTo(1);
  }

  @Test
  void aTrajectoryThatEndsBeforeTheStopRunsIsAnsweredByMail() {
    ProcessInstance trajectory = startTrajectory("sanne");
    identityService.setAuthentication("sanne", List.of("leaders"));
    ProcessInstance withdrawal;
    try {
      withdrawal = formService.submitStartForm(repositoryService.createProcessDefinitionQuery()
          .processDefinitionKey(LeadershipfactsProcess.WITHDRAWAL).latestVersion().singleResult().getId(),
          Map.of("withdrawalReason", "Geen tijd", "confirmStop", true));
    } finally {
      identityService.clearAuthentication();
    }
    // between the accepted form and the asynchronous stop the trajectory ends another way
    runtimeService.deleteProcessInstance(trajectory.getId(), "test: ended meanwhile");
    runAsyncJobs();

    assertThat(withdrawal).isEnded().hasPassed("End_NothingStopped");
    assertThat(notifications(withdrawal)).containsExactly("leadershipfacts-no-trajectory");
  }

  @Autowired Trajectories trajectories;

  /** What the coach's form shows in a field (the task's form variables, read as a coach). */
  private String coachReads(Task task, String field) {
    return String.valueOf(asUser("anouk", () -> formService.getTaskFormVariables(task.getId()).getValue(field, Object.class)));
  }

  private static final long DAY = 24L * 3600 * 1000;

  private static Date inDaysFromNow(int days) {
    return new Date(ClockUtil.getCurrentTime().getTime() + days * DAY);
  }

  /** The offer the pilot makes for one participation (a fresh one each time: one offer per participation). */
  private ProcessInstance offeredFromPilot(String leaderId, String name) {
    String pilotCaseId = "pilot-case-" + UUID.randomUUID();
    assertThat(trajectories.offerFromPilot(pilotCaseId, leaderId, name, leaderId + "@example.org", "wpi")).isTrue();
    runAsyncJobs();
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(LeadershipfactsProcess.TRAJECTORY)
        .variableValueEquals("pilotCaseId", pilotCaseId).singleResult();
  }

  private int costsRecorded() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM app_leadershipfacts_cost", Integer.class);
  }

  private static void inTheYear(int year, Runnable work) {
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(year, 3, 2).atTime(10, 0).atZone(CityTime.ZONE).toInstant()));
    try {
      work.run();
    } finally {
      ClockUtil.reset();
    }
  }

  @Test
  void aTrajectoryStartedAfterThePilotYearCostsTheNormalPrice() {
    inTheYear(2026, () -> {
      ProcessInstance trajectory = startTrajectory("jan");
      assertThat(runtimeService.getVariable(trajectory.getId(), PRICE_CATEGORY)).isEqualTo("normaal");
      assertThat(jdbc.queryForObject("SELECT amount FROM app_leadershipfacts_cost", BigDecimal.class))
          .isEqualByComparingTo("2400");
    });
  }

  @Test
  void inThePilotYearEveryTrajectoryCostsThePilotPartnerPriceAlsoWhenTheLeaderAsksHerself() {
    inTheYear(2025, () -> {
      startTrajectory("jan");
      assertThat(jdbc.queryForObject("SELECT price_category FROM app_leadershipfacts_cost", String.class))
          .as("the discount is the city's as a pilot partner, not the leader's").isEqualTo("pilotpartner");
      assertThat(jdbc.queryForObject("SELECT amount FROM app_leadershipfacts_cost", BigDecimal.class))
          .isEqualByComparingTo("1200");
    });
  }

  @Test
  void aTrajectoryFromThePilotStartsOnlyAfterTheLeadersConfirmationAndBureauIdsApproval() {
    inTheYear(2025, this::offeredConfirmedAndApproved);
  }

  private void offeredConfirmedAndApproved() {
    ProcessInstance trajectory = offeredFromPilot("fatima", "Fatima El Amrani");

    assertThat(trajectory).isWaitingAt(TASK_CONFIRM_TRAJECTORY).task().isAssignedTo("fatima");
    assertThat(task(trajectory, TASK_CONFIRM_TRAJECTORY).getDueDate()).isCloseTo(inDaysFromNow(14), 60_000);
    assertThat(notifications(trajectory)).containsExactly("leadershipfacts-offer");
    assertThat(asUser("fatima", () -> formService.getTaskFormVariables(task(trajectory, TASK_CONFIRM_TRAJECTORY).getId())
        .getValue(COST_QUOTE, String.class))).as("the leader sees the price before she confirms").endsWith("€ 1.200 (pilotprijs, 50% korting)");
    submitAs("fatima", task(trajectory, TASK_CONFIRM_TRAJECTORY), Map.of(TRAJECTORY_CONFIRMATION, "confirm"));

    assertThat(trajectory).isWaitingAt(TASK_APPROVE_COST).task().hasCandidateGroup("id-bureau");
    Task approval = task(trajectory, TASK_APPROVE_COST);
    assertThat(approval.getName()).isEqualTo("Kosten Leadershipfacts goedkeuren");
    assertThat(approval.getDueDate()).isCloseTo(inDaysFromNow(7), 60_000);
    assertThat(costsRecorded()).as("nothing costs anything before the approval").isZero();
    String shown = "- Gebruik Leadershipfacts (2x per jaar): € 400 (normaal € 800)\n"
        + "- Twee persoonlijke consultgesprekken: € 800 (normaal € 1.600)\n"
        + "Totaal per deelnemer per jaar: € 1.200 (pilotprijs, 50% korting)";
    assertThat(asUser("mila", () -> formService.getTaskFormVariables(approval.getId()).getValue(COST_QUOTE, String.class)))
        .as("Bureau I&D approves the price it sees").isEqualTo(shown);
    assertThatThrownBy(() -> submitAs("mila", approval, Map.of(COST_DECISION, "approve", COST_QUOTE, "€ 0")))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("'Kosten per deelnemer per jaar' mag niet worden gewijzigd");
    assertThat(trajectory).as("the price is not Bureau I&D's to change").isWaitingAt(TASK_APPROVE_COST);
    assertThat(costsRecorded()).isZero();
    submitAs("mila", approval, Map.of(COST_DECISION, "approve"));

    assertThat(runtimeService.getVariable(trajectory.getId(), "priceCategory")).isEqualTo("pilotpartner");
    assertThat(jdbc.queryForObject("SELECT amount FROM app_leadershipfacts_cost", BigDecimal.class))
        .isEqualByComparingTo("1200");
    assertThat(trajectory).isWaitingAt("Task_ChooseDevelopmentPoints").task().isAssignedTo("fatima");
  }

  @Test
  void aLeaderWhoDeclinesTheOfferEndsItWithoutCost() {
    ProcessInstance trajectory = offeredFromPilot("sanne", "Sanne Bakker");
    submitAs("sanne", task(trajectory, TASK_CONFIRM_TRAJECTORY), Map.of(TRAJECTORY_CONFIRMATION, "decline"));

    assertThat(trajectory).isEnded().hasPassed("End_OfferDeclined").hasNotPassed(TASK_APPROVE_COST, "Task_RecordCost");
    assertThat(costsRecorded()).isZero();
  }

  @Test
  void bureauIdRejectingTheCostEndsTheTrajectoryWithTheReasonByMail() {
    ProcessInstance trajectory = offeredFromPilot("fatima", "Fatima El Amrani");
    submitAs("fatima", task(trajectory, TASK_CONFIRM_TRAJECTORY), Map.of(TRAJECTORY_CONFIRMATION, "confirm"));
    Task approval = task(trajectory, TASK_APPROVE_COST);

    assertThatThrownBy(() -> submitAs("mila", approval, Map.of(COST_DECISION, "reject")))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("'Reden van afwijzing' is verplicht");
    assertThat(trajectory).isWaitingAt(TASK_APPROVE_COST);
    submitAs("mila", approval, Map.of(COST_DECISION, "reject", COST_REJECTION_REASON, "Budget 2026 is op."));

    assertThat(trajectory).isEnded().hasPassed("Task_NotifyCostRejected", "End_CostRejected").hasNotPassed("Task_RecordCost");
    assertThat(notifications(trajectory)).containsExactly("leadershipfacts-offer", "leadershipfacts-cost-rejected");
    assertThat(costsRecorded()).isZero();
  }

  @Test
  void aLeaderWithARunningTrajectoryCannotStartASecondOneNorBeOfferedOne() {
    ProcessInstance running = startTrajectory("jan");

    assertThatThrownBy(() -> startTrajectory("jan")).isInstanceOf(FormValidationException.class)
        .hasMessageContaining("'Naam' heeft al een lopend Leadershipfacts-traject, gestart op ");
    assertThat(trajectories.offerFromPilot("pilot-case-jan", "jan", "jan", "jan@example.org", "Stadsdeel Oost")).isFalse();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(LeadershipfactsProcess.TRAJECTORY)
        .variableValueEquals("leaderId", "jan").list()).extracting(ProcessInstance::getId).containsExactly(running.getId());
    assertThat(costsRecorded()).as("one trajectory, one cost").isEqualTo(1);
  }

  @Test
  void theLeaderNeverSeesRaterIdentitiesOrSingleRatings() {
    ProcessInstance trajectory = startTrajectory("jan");
    submit(trajectory, "Task_ChooseDevelopmentPoints", Map.of("developmentPoints", List.of("luisteren")));
    ProcessInstance first = measurement(trajectory);
    rateSelf(first, 4, "fatima", "sanne", "mila");
    rate(first, "fatima", 1);
    rate(first, "sanne", 5);
    rate(first, "mila", 3);
    submit(trajectory, TASK_FIRST_CONSULT, Map.of(CONSULT_AGREEMENTS, "Afspraken."));
    fireTimer(trajectory, "Timer_SecondMeasurementDue");
    ProcessInstance second = measurement(trajectory);
    rateSelf(second, 4, "fatima", "sanne", "mila");
    rate(second, "fatima", 2);
    rate(second, "sanne", 5);
    rate(second, "mila", 3);
    submit(trajectory, TASK_SECOND_CONSULT, Map.of(CONSULT_RECOMMENDATIONS, "Aanbevelingen."));
    Task finalReport = taskService.createTaskQuery().processInstanceId(trajectory.getId()).singleResult();

    identityService.setAuthentication("jan", List.of("leaders"));
    try {
      assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(first.getId()).list())
          .as("the measurement's history").isEmpty();
      assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(first.getId())
          .taskDefinitionKey("Task_RateLeader").list()).as("who rated").isEmpty();
      Map<String, Object> visible = taskService.getVariables(finalReport.getId());
      assertThat(visible.keySet()).noneMatch(name -> name.startsWith("rating_") || name.equals("raters"));
      assertThat(visible.values()).noneMatch(value -> String.valueOf(value).contains("fatima"));
    } finally {
      identityService.clearAuthentication();
    }
  }
}

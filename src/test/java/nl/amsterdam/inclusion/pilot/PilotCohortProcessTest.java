package nl.amsterdam.inclusion.pilot;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.amsterdam.inclusion.form.FormValidationException;
import nl.amsterdam.inclusion.leadershipfacts.LeadershipfactsProcess;
import nl.amsterdam.inclusion.monitoring.Figure;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/** Every path of {@code pilot-cohort}, with real participant cases. */
class PilotCohortProcessTest extends PilotTestCase {

  private static final String[] DIRECTORATES = {"Sociaal Domein", "Ruimte", "Communicatie", "Financiën", "Wonen"};

  @Autowired ObjectMapper json;

  @BeforeEach
  void tenTestLeaders() {
    for (int i = 1; i <= 10; i++) {
      testLeader(leader(i), "Leider", String.valueOf(i));
    }
  }

  private static String leader(int i) {
    return String.format("leider%02d", i);
  }

  private List<ProcessInstance> signUpAndAccept(int count) {
    List<ProcessInstance> participants = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      ProcessInstance participant = signUp(leader(i), "Leider " + i, DIRECTORATES[(i - 1) % DIRECTORATES.length]);
      accept(participant);
      formulateCase(participant);
      participants.add(participant);
    }
    return participants;
  }

  private List<Task> feedbackTasks(ProcessInstance cohort, String coach) {
    return taskService.createTaskQuery().processInstanceId(cohort.getId()).taskDefinitionKey("Task_ReturnFeedback")
        .taskAssignee(coach).list();
  }

  @Test
  void aCohortOfTenInTwoGroupsEndsInAReportWhoseFiguresMatchTheEvaluations() throws Exception {
    ProcessInstance cohort = openCohort("Cohort 2026-1", 5);
    List<ProcessInstance> participants = signUpAndAccept(10);
    closeRegistration(cohort);

    // two groups of five, every directorate once per group
    assertThat(runtimeService.getVariable(cohort.getId(), "groupNumbers")).isEqualTo(List.of(1, 2));
    for (int group = 1; group <= 2; group++) {
      int number = group;
      List<ProcessInstance> members = participants.stream()
          .filter(p -> Integer.valueOf(number).equals(runtimeService.getVariable(p.getId(), "groupNumber"))).toList();
      assertThat(members).hasSize(5);
      assertThat(members.stream().map(p -> runtimeService.getVariable(p.getId(), "directorate")).collect(Collectors.toSet()))
          .hasSize(5);
    }
    ProcessInstance inGroup2 = participants.stream()
        .filter(p -> Integer.valueOf(2).equals(runtimeService.getVariable(p.getId(), "groupNumber"))).findFirst().orElseThrow();

    // group 1: planned, cancelled, rescheduled, held; group 2: planned and held
    planSession(cohort, "anouk", 1);
    planSession(cohort, "rik", 2);
    fireTimers(cohort, "Timer_SessionReminderDue");
    Task record1 = taskService.createTaskQuery().processInstanceId(cohort.getId()).taskDefinitionKey("Task_RecordGroupSession")
        .taskAssignee("anouk").singleResult();
    submit(record1, Map.of("sessionHeld", "cancelled", "cancellationReason", "Coach ziek"));
    Task replan = taskService.createTaskQuery().processInstanceId(cohort.getId()).taskDefinitionKey("Task_PlanGroupSession")
        .singleResult();
    assertThat(replan.getAssignee()).as("the group's coach reschedules").isEqualTo("anouk");
    submit(replan, Map.of("sessionDate", inDays(12), "sessionTime", "14:00", "sessionLocation", "Kantoor DoDiversity"));
    fireTimers(cohort, "Timer_SessionReminderDue");

    // a group-2 member withdraws before the session: no feedback task for them, the cohort does not wait
    withdraw(runtimeService.getVariable(inGroup2.getId(), "participantId").toString(), "Nieuwe baan");
    // group 1 went without the background presentation (the seed's group 1), group 2 had it
    submit(taskService.createTaskQuery().processInstanceId(cohort.getId()).taskDefinitionKey("Task_RecordGroupSession")
        .taskAssignee("anouk").singleResult(), Map.of("sessionHeld", "held", "backgroundPresentationGiven", "no",
        "presentationSkippedReason", "Vergeten door de late start",
        "groupObservations", "Zonder de aanleiding kwamen deelnemers moeilijker in het onderwerp."));
    submit(taskService.createTaskQuery().processInstanceId(cohort.getId()).taskDefinitionKey("Task_RecordGroupSession")
        .taskAssignee("rik").singleResult(), sessionHeld());
    assertThat(feedbackTasks(cohort, "anouk")).hasSize(5);
    assertThat(feedbackTasks(cohort, "rik")).as("only the remaining members of group 2").hasSize(4);
    assertThat(taskService.createTaskQuery().processInstanceId(cohort.getId()).taskAssignee("rik")
        .taskNameLike("%Leider%").count()).isEqualTo(4);

    // one absent leader; everybody else gets feedback
    List<Task> allFeedback = new ArrayList<>(feedbackTasks(cohort, "anouk"));
    allFeedback.addAll(feedbackTasks(cohort, "rik"));
    // the coach writes each feedback with that participant's own case and kernvraag in the task
    assertThat(allFeedback).allSatisfy(task -> {
      String name = task.getName().substring("Feedback vastleggen voor ".length());
      assertThat(taskService.getVariables(task.getId()))
          .containsEntry("caseDescription", "Twee collega's voelen zich buitengesloten in het teamoverleg van " + name + ".")
          .containsEntry("coreQuestion", "Hoe voer ik een inclusief gesprek waarin alle perspectieven gehoord worden?")
          .containsEntry("desiredOutcome", "Een teamoverleg waarin iedereen zich gehoord voelt.");
    });
    Task absentOne = allFeedback.get(0);
    submit(absentOne, Map.of("attended", false));
    for (Task task : allFeedback.subList(1, allFeedback.size())) {
      submit(task, Map.of("attended", true, "feedback", "Blijf vragen stellen."));
    }

    // the cohort checks daily until every journey is evaluated
    fireTimer(cohort, "Timer_CheckJourneys");
    assertThat(cohort).isWaitingAt("Gateway_AwaitEvaluations").isWaitingAt(PilotProcess.TASK_PLAN_REUNION);
    int[] ratings = {6, 7, 8, 8, 8, 9, 9, 10};
    boolean[] intervision = {true, false, true, false, true, false, false, false};
    List<ProcessInstance> attending = participants.stream()
        .filter(p -> runtimeService.createProcessInstanceQuery().processInstanceId(p.getId()).count() == 1).toList();
    assertThat(attending).hasSize(8);
    for (int i = 0; i < attending.size(); i++) {
      completeJourneyAfterFeedback(attending.get(i), ratings[i], intervision[i]);
    }
    // both groups come together about three months after their sessions: all eight who took part and stayed
    holdReunion(cohort);
    fireTimer(cohort, "Timer_CheckJourneys");

    assertThat(cohort).isWaitingAt("Task_DecideFollowUp").task().hasCandidateGroup("id-bureau");
    EvaluationReport report = json.readValue(runtimeService.getVariable(cohort.getId(), "evaluationReport").toString(),
        EvaluationReport.class);
    assertThat(report.cohortName()).isEqualTo("Cohort 2026-1");
    assertThat(report.participants()).isEqualTo(10);
    assertThat(report.completed()).isEqualTo(8);
    assertThat(report.withdrawn()).isEqualTo(1);
    assertThat(report.absent()).isEqualTo(1);
    assertThat(report.completionRate()).isEqualTo(0.8);
    assertThat(report.averageRating()).isEqualTo(8.1); // 65 / 8 = 8.125
    assertThat(report.ratingDistribution()).containsEntry(6, 1).containsEntry(7, 1).containsEntry(8, 3)
        .containsEntry(9, 2).containsEntry(10, 1).containsEntry(5, 0);
    assertThat(report.interestedInIntervision()).isEqualTo(3);
    assertThat(report.interestedInLeadershipfacts()).isEqualTo(6);
    assertThat(report.learningYields()).hasSize(8);
    assertThat(report.participantsByFunction()).containsExactly(Figure.count("Teammanager", 10));
    assertThat(report.participantsByDirectorate()).as("five directorates of two each: none shown on its own")
        .containsExactly(Figure.count(EvaluationReportBuilder.OTHER_DIRECTORATES, 10));
    assertThat(report.coreQuestions()).as("everyone who did not withdraw").hasSize(9);
    assertThat(report.backgroundPresentationsGiven()).isEqualTo(1);
    assertThat(report.reunion()).isEqualTo(new Reunion(
        nl.amsterdam.inclusion.engine.CityTime.DAY.format(java.time.LocalDate.now().plusDays(80)), true, null,
        REUNION_OUTCOME));
    assertThat(report.groupSessions()).containsExactly(
        new GroupSession(1, false, "Vergeten door de late start",
            "Zonder de aanleiding kwamen deelnemers moeilijker in het onderwerp."),
        new GroupSession(2, true, null, "Open en constructief; de deelnemers stelden zich coachbaar op."));
    assertThat((String) runtimeService.getVariable(cohort.getId(), "reportSummary"))
        .contains("Deelnemers: 10, afgerond: 8 (80%)").contains("Gemiddeld cijfer: 8.1")
        .contains("Presentatie over de aanleiding gegeven: 1 van 2 groepen")
        .contains("- groep 1 zonder presentatie: Vergeten door de late start");

    // group 1 was invited and reminded twice (rescheduled), group 2 once, before the withdrawal
    List<String> mails = notifications(cohort);
    assertThat(mails.stream().filter("pilot-group-session-invitation"::equals)).hasSize(15);
    assertThat(mails.stream().filter("pilot-group-session-reminder"::equals)).hasSize(15);
    assertThat(mails.stream().filter("pilot-group-session-cancelled"::equals)).hasSize(5);
    assertThat(mails.stream().filter("pilot-reunion-invitation"::equals)).as("neither the withdrawn nor the absent one")
        .hasSize(8);
    assertThat(mails.stream().filter("pilot-reunion-reminder"::equals)).hasSize(8);

    assertThat(report.missingEvaluations()).isZero();

    // intervision and Leadershipfacts chosen: both start (Bureau I&D's task, the offers); the cohort ends when the
    // intervision is organised
    submit(cohort, "Task_DecideFollowUp", Map.of("followUpDecision", List.of("intervisie", "leadershipfacts")));
    assertThat(cohort).isWaitingAt(PilotProcess.TASK_ORGANISE_INTERVISION).task().hasCandidateGroup("id-bureau");
    assertThat(runtimeService.getVariable(cohort.getId(), "leadershipfactsOffered"))
        .as("the two who completed without asking for it; the six who asked got their offer at the evaluation")
        .isEqualTo(2L);
    assertThat(trajectoriesOffered(attending)).hasSize(8)
        .allSatisfy(trajectory -> assertThat(trajectory).isWaitingAt("Task_ConfirmTrajectory"));
    submit(cohort, PilotProcess.TASK_ORGANISE_INTERVISION, organisedIntervision());
    assertThat(cohort).isEnded().hasPassed("Task_SendIntervisionInvitation", "End_CohortEvaluated");
  }

  private List<ProcessInstance> trajectoriesOffered(List<ProcessInstance> participants) {
    return participants.stream().map(p -> runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(LeadershipfactsProcess.TRAJECTORY).variableValueEquals("pilotCaseId", p.getId())
        .singleResult()).filter(Objects::nonNull).toList();
  }

  private static Map<String, Object> organisedIntervision() {
    return Map.of("intervisionDate", inDays(120), "intervisionTime", "15:00", "intervisionLocation", "Stadhuis, zaal 0.12");
  }

  /** One group of three (Leider 1-3), the session held with everyone present: their journeys go on. */
  private List<ProcessInstance> cohortOfThreeAfterTheSession(ProcessInstance cohort) {
    List<ProcessInstance> participants = signUpAndAccept(3);
    closeRegistration(cohort);
    planSession(cohort, "anouk", 1);
    fireTimers(cohort, "Timer_SessionReminderDue");
    submit(cohort, "Task_RecordGroupSession", sessionHeld());
    feedbackTasks(cohort, "anouk").forEach(task -> submit(task, Map.of("attended", true, "feedback", "Blijf vragen stellen.")));
    return participants;
  }

  /** Everyone of the three evaluates (Leider 1 and 2 want intervision, only Leider 3 Leadershipfacts). */
  private ProcessInstance cohortOfThreeAtTheDecision(String name) {
    ProcessInstance cohort = openCohort(name, 3);
    List<ProcessInstance> participants = cohortOfThreeAfterTheSession(cohort);
    completeJourneyAfterFeedback(participants.get(0), 6, true);
    completeJourneyAfterFeedback(participants.get(1), 7, true);
    completeJourneyAfterFeedback(participants.get(2), 9, false);
    holdReunion(cohort);
    fireTimer(cohort, "Timer_CheckJourneys");
    assertThat(cohort).isWaitingAt("Task_DecideFollowUp");
    return cohort;
  }

  private static Date inDaysFromNow(int days) {
    return new Date(ClockUtil.getCurrentTime().getTime() + days * 24L * 3600 * 1000);
  }

  @Test
  void theCoachMustSayWhetherTheBackgroundPresentationWasGivenAndWhyNot() {
    ProcessInstance cohort = openCohort("Cohort presentatie", 3);
    signUpAndAccept(3);
    closeRegistration(cohort);
    planSession(cohort, "anouk", 1);
    fireTimers(cohort, "Timer_SessionReminderDue");
    Task record = task(cohort, "Task_RecordGroupSession");

    assertThatThrownBy(() -> submit(record, Map.of("sessionHeld", "held", "groupObservations", "Open gesprek.")))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("'Is de korte presentatie over de aanleiding van de pilot gegeven?' is verplicht");
    assertThatThrownBy(() -> submit(record, Map.of("sessionHeld", "held", "backgroundPresentationGiven", "no",
        "groupObservations", "Open gesprek."))).isInstanceOf(FormValidationException.class)
        .hasMessageContaining("'Waarom is de presentatie niet gegeven?' is verplicht");
    assertThatThrownBy(() -> submit(record, Map.of("sessionHeld", "held", "backgroundPresentationGiven", "yes")))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("'Observaties van de coach' is verplicht");
    assertThat(cohort).isWaitingAt("Task_RecordGroupSession");
    assertThat(taskService.getVariables(record.getId())).as("nothing of the refused submissions is stored")
        .containsEntry("sessionHeld", null).containsEntry("backgroundPresentationGiven", null)
        .containsEntry("groupObservations", null);
    assertThat(feedbackTasks(cohort, "anouk")).isEmpty();

    submit(record, Map.of("sessionHeld", "held", "backgroundPresentationGiven", "no",
        "presentationSkippedReason", "De zaal was pas laat vrij.", "groupObservations", "Open gesprek."));
    assertThat(feedbackTasks(cohort, "anouk")).hasSize(3);
    assertThat(runtimeService.getVariable(cohort.getId(), "backgroundPresentationGiven"))
        .as("the record stays the group's, not the cohort's").isNull();
  }

  @Test
  void theCohortIsNamedAfterItsName() {
    assertThat(businessKeyOf(openCohort("Cohort 2027-1", 3))).isEqualTo("Cohort 2027-1");
  }

  @Test
  void everyTaskOfTheCohortHasADueDate() {
    ProcessInstance cohort = openCohort("Cohort termijnen", 3);
    assertThat(task(cohort, PilotProcess.TASK_CLOSE_REGISTRATION).getDueDate()).as("the sign-up deadline")
        .isEqualTo(new PilotSchedule().endOf(inDays(14)));
    signUpAndAccept(3);
    closeRegistration(cohort);
    assertThat(task(cohort, "Task_PlanGroupSession").getDueDate()).isCloseTo(inDaysFromNow(7), 60_000);
    planSession(cohort, "anouk", 1);
    fireTimers(cohort, "Timer_SessionReminderDue");
    assertThat(task(cohort, "Task_RecordGroupSession").getDueDate()).as("the day after the session")
        .isEqualTo(new PilotSchedule().dayAfter(inDays(10)));
    submit(cohort, "Task_RecordGroupSession", sessionHeld());
    assertThat(feedbackTasks(cohort, "anouk")).hasSize(3)
        .allSatisfy(task -> assertThat(task.getDueDate()).isCloseTo(inDaysFromNow(7), 60_000));
    feedbackTasks(cohort, "anouk").forEach(task -> submit(task, Map.of("attended", true, "feedback", "Goed.")));
    assertThat(task(cohort, PilotProcess.TASK_PLAN_REUNION).getDueDate()).isCloseTo(inDaysFromNow(28), 60_000);
    submit(cohort, PilotProcess.TASK_PLAN_REUNION, plannedReunion());
    fireTimer(cohort, PilotProcess.TIMER_REUNION_REMINDER_DUE);
    assertThat(task(cohort, PilotProcess.TASK_RECORD_REUNION).getDueDate()).as("the day after the reunion")
        .isEqualTo(new PilotSchedule().dayAfter(inDays(80)));
  }

  @Test
  void aCoachFallsIllAndBureauIdHandsHerGroupToAnotherCoach() {
    ProcessInstance cohort = openCohort("Cohort overdracht", 3);
    List<ProcessInstance> participants = signUpAndAccept(3);
    closeRegistration(cohort);
    planSession(cohort, "anouk", 1);
    fireTimers(cohort, "Timer_SessionReminderDue");
    Task record = task(cohort, "Task_RecordGroupSession");
    assertThat(record.getAssignee()).isEqualTo("anouk");

    // anouk is ill: Bureau I&D hands her step to rik, who takes over the group's further steps too
    asUser("mila", () -> taskService.setAssignee(record.getId(), "rik"));
    submit(cohort, "Task_RecordGroupSession", sessionHeld());

    assertThat(feedbackTasks(cohort, "anouk")).isEmpty();
    List<Task> feedback = feedbackTasks(cohort, "rik");
    assertThat(feedback).hasSize(3);
    feedback.forEach(task -> submit(task, Map.of("attended", true, "feedback", "Blijf vragen stellen.")));
    runAsyncJobs();
    // and the participants' 1:1 conversations
    submit(participants.get(0), "Task_ReadFeedback", Map.of());
    assertThat(task(participants.get(0), "Task_PlanRefineConversation").getAssignee()).isEqualTo("rik");
  }

  @Test
  void aParticipantWhoNeverEvaluatesNoLongerBlocksTheReportAndIsNamedAsMissing() throws Exception {
    ProcessInstance cohort = openCohort("Cohort 2026-5", 3);
    List<ProcessInstance> participants = cohortOfThreeAfterTheSession(cohort);
    // the cohort stops waiting sixteen weeks after its last group session
    assertThat((Date) runtimeService.getVariable(cohort.getId(), PilotProcess.EVALUATION_DEADLINE))
        .isAfter(inDaysFromNow(16 * 7 - 1)).isBefore(inDaysFromNow(16 * 7 + 1));
    completeJourneyAfterFeedback(participants.get(0), 8, false);
    completeJourneyAfterFeedback(participants.get(1), 6, false);
    ProcessInstance late = participants.get(2);
    submit(late, "Task_ReadFeedback", Map.of());
    submit(late, "Task_PlanRefineConversation", plannedConversation());
    submit(late, "Task_HoldRefineConversation", refineConversation());
    fireTimer(late, "Timer_FinalConversationDue");
    submit(late, "Task_PlanReflectConversation", plannedConversation());
    submit(late, "Task_HoldReflectConversation", reflectConversation());
    assertThat(late).isWaitingAt("Task_EvaluatePilot");

    holdReunion(cohort);
    fireTimer(cohort, "Timer_CheckJourneys");
    assertThat(cohort).as("one evaluation open: still waiting").isWaitingAt("Gateway_AwaitEvaluations");
    fireTimer(cohort, PilotProcess.TIMER_EVALUATION_DEADLINE);

    assertThat(cohort).hasPassed(PilotProcess.TIMER_EVALUATION_DEADLINE).isWaitingAt("Task_DecideFollowUp");
    EvaluationReport report = json.readValue(runtimeService.getVariable(cohort.getId(), "evaluationReport").toString(),
        EvaluationReport.class);
    assertThat(report.participants()).isEqualTo(3);
    assertThat(report.completed()).isEqualTo(2);
    assertThat(report.averageRating()).isEqualTo(7.0);
    assertThat(report.missingEvaluations()).isEqualTo(1);
    assertThat(report.missingParticipants()).containsExactly("Leider 3");
    assertThat((String) runtimeService.getVariable(cohort.getId(), "reportSummary"))
        .contains("Evaluatie ontbreekt (termijn verstreken): 1 (Leider 3)");

    // the late evaluation ends the journey as usual and leaves the cohort where it is
    submit(late, "Task_EvaluatePilot", evaluation(9, false, false));
    assertThat(late).isEnded().hasPassed("End_JourneyCompleted");
    assertThat(cohort).isWaitingAt("Task_DecideFollowUp");
    assertThatThrownBy(() -> submit(cohort, "Task_DecideFollowUp", Map.of("followUpDecision", List.of("geen", "intervisie"))))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("'Vervolg' 'Geen vervolg' gaat niet samen met een vervolg");
    assertThat(cohort).isWaitingAt("Task_DecideFollowUp");
    submit(cohort, "Task_DecideFollowUp", Map.of("followUpDecision", List.of("geen")));
    assertThat(cohort).isEnded().hasPassed("End_CohortEvaluated")
        .hasNotPassed(PilotProcess.TASK_ORGANISE_INTERVISION, "Task_OfferLeadershipfacts", PilotProcess.TASK_PREPARE_NEW_COHORT);
  }

  @Test
  void intervisionIsOrganisedByBureauIdForThoseWhoAskedAndTheyAreToldTheAgreedDate() {
    ProcessInstance cohort = cohortOfThreeAtTheDecision("Cohort 2026-6");
    submit(cohort, "Task_DecideFollowUp", Map.of("followUpDecision", List.of("intervisie")));

    Task organise = task(cohort, PilotProcess.TASK_ORGANISE_INTERVISION);
    assertThat(organise.getName()).isEqualTo("Intervisie organiseren");
    assertThat(cohort).task().hasCandidateGroup("id-bureau");
    assertThat(organise.getDueDate()).isCloseTo(inDaysFromNow(8 * 7), 60_000);
    assertThat(organise.getFollowUpDate()).isCloseTo(inDaysFromNow(6 * 7), 60_000);
    assertThat((String) runtimeService.getVariable(cohort.getId(), PilotProcess.INTERVISION_PARTICIPANTS))
        .isEqualTo("Intervisie gewenst (2): Leider 1, Leider 2");

    submit(organise, organisedIntervision());

    assertThat(cohort).isEnded().hasPassed("Task_SendIntervisionInvitation", "End_CohortEvaluated");
    assertThat(notifications(cohort).stream().filter("pilot-intervision-invitation"::equals)).hasSize(2);
    // each invitee gets it in their calendar too: one meeting, one UID
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_calendar_invitation WHERE process_instance_id = ?"
        + " AND method = 'REQUEST' AND uid = ?", Integer.class, cohort.getId(), cohort.getId() + ".intervisie@amsterdam.nl"))
        .isEqualTo(2);
  }

  @Test
  void anIntervisionNobodyAskedForIsRefusedAtTheDecision() {
    ProcessInstance cohort = openCohort("Cohort 2026-9", 3);
    cohortOfThreeAfterTheSession(cohort).forEach(participant -> completeJourneyAfterFeedback(participant, 7, false));
    holdReunion(cohort);
    fireTimer(cohort, "Timer_CheckJourneys");
    Task decide = task(cohort, "Task_DecideFollowUp");

    assertThatThrownBy(() -> submit(decide, Map.of("followUpDecision", List.of("intervisie", "leadershipfacts"))))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("'Vervolg' intervisie heeft niemand om uit te nodigen");
    assertThat(cohort).isWaitingAt("Task_DecideFollowUp");
    assertThat(runtimeService.getVariable(cohort.getId(), "followUpDecision")).as("nothing of the refused decision is stored")
        .isNull();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(LeadershipfactsProcess.TRAJECTORY)
        .variableValueEquals("origin", "pilot").count()).as("no offer went out").isZero();
    submit(decide, Map.of("followUpDecision", List.of("leadershipfacts")));
    assertThat(cohort).isEnded().hasNotPassed(PilotProcess.TASK_ORGANISE_INTERVISION);
  }

  @Test
  void bureauIdPlansTheReunionOfAllGroupsWithinTheEvaluationTermAndItsOutcomeGoesIntoTheReport() throws Exception {
    ProcessInstance cohort = openCohort("Cohort terugkomdag", 3);
    List<ProcessInstance> participants = cohortOfThreeAfterTheSession(cohort);

    // right after the last group session Bureau I&D plans it, with the window in the task
    Task plan = task(cohort, PilotProcess.TASK_PLAN_REUNION);
    assertThat(plan.getName()).isEqualTo("Terugkomdag plannen voor Cohort terugkomdag");
    assertThat(cohort).isWaitingAt(PilotProcess.TASK_PLAN_REUNION, "Gateway_AwaitEvaluations");
    assertThat(taskService.getIdentityLinksForTask(plan.getId())).extracting(link -> link.getGroupId())
        .containsExactly("id-bureau");
    String latest = nl.amsterdam.inclusion.engine.CityTime.DAY.format(java.time.LocalDate.now().plusWeeks(16));
    assertThat((String) taskService.getVariable(plan.getId(), PilotProcess.REUNION_WINDOW))
        .contains("ongeveer drie maanden na de groepsbijeenkomsten").contains("uiterlijk " + latest);

    // a date after the evaluation term is refused at the field; nothing is stored, the task stays open
    Map<String, Object> tooLate = new java.util.HashMap<>(plannedReunion());
    tooLate.put("reunionDate", inDays(16 * 7 + 1));
    assertThatThrownBy(() -> submit(plan, tooLate)).isInstanceOf(FormValidationException.class)
        .hasMessageContaining("'Datum' valt na het einde van de evaluatietermijn (" + latest + ")");
    assertThat(runtimeService.getVariable(cohort.getId(), PilotProcess.REUNION_DATE)).isNull();
    assertThat(notifications(cohort)).doesNotContain("pilot-reunion-invitation");
    assertThat(cohort).isWaitingAt(PilotProcess.TASK_PLAN_REUNION);

    // one leader withdraws: the other two are invited, with the meeting in their calendar, and reminded
    withdraw(leader(3), "Nieuwe baan");
    submit(plan, plannedReunion());
    assertThat(notifications(cohort).stream().filter("pilot-reunion-invitation"::equals)).hasSize(2);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_calendar_invitation WHERE process_instance_id = ?"
        + " AND method = 'REQUEST' AND uid = ?", Integer.class, cohort.getId(), cohort.getId() + ".terugkomdag@amsterdam.nl"))
        .isEqualTo(2);
    assertThat(managementService.createJobQuery().processInstanceId(cohort.getId()).timers()
        .activityId(PilotProcess.TIMER_REUNION_REMINDER_DUE).singleResult().getDuedate())
        .isEqualTo(new PilotSchedule().reminderBefore(inDays(80)));
    fireTimer(cohort, PilotProcess.TIMER_REUNION_REMINDER_DUE);
    assertThat(notifications(cohort).stream().filter("pilot-reunion-reminder"::equals)).hasSize(2);

    // what came out is required once it took place
    Task record = task(cohort, PilotProcess.TASK_RECORD_REUNION);
    assertThat(record.getName()).isEqualTo("Terugkomdag van Cohort terugkomdag vastleggen");
    assertThatThrownBy(() -> submit(record, Map.of("reunionHeld", "yes"))).isInstanceOf(FormValidationException.class)
        .hasMessageContaining("'Wat kwam eruit?' is verplicht");
    assertThat(runtimeService.getVariable(cohort.getId(), "reunionHeld")).as("nothing of it is stored").isNull();
    submit(record, Map.of("reunionHeld", "yes", "reunionOutcome", REUNION_OUTCOME));

    // the report waits for the evaluations as before, then has the reunion in it
    assertThat(cohort).isWaitingAt("Gateway_AwaitEvaluations");
    completeJourneyAfterFeedback(participants.get(0), 8, false);
    completeJourneyAfterFeedback(participants.get(1), 9, false);
    fireTimer(cohort, "Timer_CheckJourneys");
    EvaluationReport report = json.readValue(runtimeService.getVariable(cohort.getId(), "evaluationReport").toString(),
        EvaluationReport.class);
    assertThat(report.reunion()).isEqualTo(new Reunion(
        nl.amsterdam.inclusion.engine.CityTime.DAY.format(java.time.LocalDate.now().plusDays(80)), true, null,
        REUNION_OUTCOME));
    assertThat((String) runtimeService.getVariable(cohort.getId(), "reportSummary"))
        .contains("Terugkomdag (alle groepen samen): gehouden op ").contains(REUNION_OUTCOME);
  }

  @Test
  void theReportWaitsForTheReunionAndSaysWhyItDidNotTakePlace() throws Exception {
    ProcessInstance cohort = openCohort("Cohort geen terugkomdag", 3);
    cohortOfThreeAfterTheSession(cohort).forEach(participant -> completeJourneyAfterFeedback(participant, 7, false));
    fireTimer(cohort, "Timer_CheckJourneys");
    assertThat(cohort).as("every journey evaluated, the reunion not yet recorded")
        .isWaitingAt(PilotProcess.TASK_PLAN_REUNION).hasNotPassed("Task_BuildEvaluationReport");

    submit(cohort, PilotProcess.TASK_PLAN_REUNION, plannedReunion());
    fireTimer(cohort, PilotProcess.TIMER_REUNION_REMINDER_DUE);
    assertThatThrownBy(() -> submit(cohort, PilotProcess.TASK_RECORD_REUNION, Map.of("reunionHeld", "no")))
        .isInstanceOf(FormValidationException.class)
        .hasMessageContaining("'Waarom is de terugkomdag niet doorgegaan?' is verplicht");
    assertThat(cohort).isWaitingAt(PilotProcess.TASK_RECORD_REUNION);
    submit(cohort, PilotProcess.TASK_RECORD_REUNION, Map.of("reunionHeld", "no",
        "reunionNotHeldReason", "De zaal was dubbel geboekt; een nieuwe datum lukte niet meer voor het rapport."));

    assertThat(cohort).isWaitingAt("Task_DecideFollowUp");
    EvaluationReport report = json.readValue(runtimeService.getVariable(cohort.getId(), "evaluationReport").toString(),
        EvaluationReport.class);
    assertThat(report.reunion().held()).isFalse();
    assertThat(report.reunion().notHeldReason()).startsWith("De zaal was dubbel geboekt");
    assertThat(report.reunion().outcome()).isNull();
    assertThat((String) runtimeService.getVariable(cohort.getId(), "reportSummary"))
        .contains("Terugkomdag (alle groepen samen): niet doorgegaan (gepland op ");
  }

  @Test
  void choosingLeadershipfactsOffersItToWhoeverCompletedWithoutATrajectory() {
    ProcessInstance cohort = cohortOfThreeAtTheDecision("Cohort 2026-7");
    submit(cohort, "Task_DecideFollowUp", Map.of("followUpDecision", List.of("leadershipfacts")));

    assertThat(cohort).isEnded().hasPassed("Task_OfferLeadershipfacts").hasNotPassed(PilotProcess.TASK_ORGANISE_INTERVISION);
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(cohort.getId())
        .variableName("leadershipfactsOffered").singleResult().getValue()).isEqualTo(2L);
    List<ProcessInstance> offers = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(LeadershipfactsProcess.TRAJECTORY).variableValueEquals("origin", "pilot").list().stream()
        .filter(t -> Set.of(leader(1), leader(2), leader(3)).contains(runtimeService.getVariable(t.getId(), "leaderId")))
        .toList();
    assertThat(offers).as("Leider 3 asked at the evaluation, Leider 1 and 2 are offered it now").hasSize(3)
        .allSatisfy(offer -> assertThat(offer).isWaitingAt("Task_ConfirmTrajectory"));
  }

  @Test
  void choosingANewCohortHasBureauIdPrepareItAndThenOpensIt() {
    ProcessInstance cohort = cohortOfThreeAtTheDecision("Cohort 2026-8");
    submit(cohort, "Task_DecideFollowUp", Map.of("followUpDecision", List.of("nieuw-cohort")));

    Task prepare = task(cohort, PilotProcess.TASK_PREPARE_NEW_COHORT);
    assertThat(cohort).task().hasCandidateGroup("id-bureau");
    assertThat(prepare.getDueDate()).isCloseTo(inDaysFromNow(28), 60_000);
    submit(prepare, Map.of("newCohortName", "Cohort 2027-1", "newSignUpDeadline", inDays(21), "newTargetGroupSize", 5));

    assertThat(cohort).isEnded().hasPassed("Task_OpenNewCohort", "End_CohortEvaluated");
    String newCohortId = (String) historyService.createHistoricVariableInstanceQuery().processInstanceId(cohort.getId())
        .variableName(PilotProcess.NEW_COHORT_ID).singleResult().getValue();
    ProcessInstance opened = runtimeService.createProcessInstanceQuery().processInstanceId(newCohortId).singleResult();
    assertThat(opened).isWaitingAt(PilotProcess.TASK_CLOSE_REGISTRATION);
    assertThat(runtimeService.getVariable(newCohortId, "cohortName")).isEqualTo("Cohort 2027-1");
    assertThat(task(opened, PilotProcess.TASK_CLOSE_REGISTRATION).getDueDate())
        .isEqualTo(new PilotSchedule().endOf(inDays(21)));
  }

  private void fireTimers(ProcessInstance cohort, String activityId) {
    managementService.createJobQuery().processInstanceId(cohort.getId()).timers().activityId(activityId).list()
        .forEach(job -> managementService.executeJob(job.getId()));
    runAsyncJobs();
  }

  @Test
  void theDeadlineClosesRegistrationAndSignUpsStillUnderReviewGoToTheWaitingList() {
    ProcessInstance cohort = openCohort("Cohort 2026-2", 3);
    List<ProcessInstance> accepted = signUpAndAccept(3);
    ProcessInstance pending = signUp(leader(4), "Leider 4", "Wonen");

    fireTimer(cohort, "Timer_SignUpDeadline");

    assertThat(cohort).hasPassed("Timer_SignUpDeadline").isWaitingAt("Task_PlanGroupSession");
    assertThat(pending).isWaitingAt("Gateway_WaitForCohort");
    accepted.forEach(p -> assertThat(runtimeService.getVariable(p.getId(), "groupNumber")).isEqualTo(1));
    assertThat(taskService.createTaskQuery().processInstanceId(cohort.getId()).singleResult().getName())
        .isEqualTo("Groepsbijeenkomst plannen (Cohort 2026-2, groep 1)");
  }

  @Test
  void withFewerThanThreeParticipantsTheCohortDoesNotGoAhead() {
    ProcessInstance cohort = openCohort("Cohort 2026-3", 5);
    List<ProcessInstance> participants = signUpAndAccept(2);
    closeRegistration(cohort);

    assertThat(cohort).isEnded().hasPassed("Task_NotifyCohortNotRunning", "End_CohortCancelled");
    participants.forEach(p -> assertThat(p).isEnded().hasPassed("End_CohortCancelled"));
    assertThat(notifications(cohort)).containsOnly("pilot-cohort-not-running");
  }

  @Test
  void aNewCohortTakesInTheWaitingList() {
    ProcessInstance waiting = signUp(leader(1), "Leider 1", "Wonen");
    ProcessInstance cohort = openCohort("Cohort 2026-4", 5);

    assertThat(waiting).isWaitingAt(PilotProcess.TASK_REVIEW_SIGN_UP);
    assertThat(runtimeService.getVariable(waiting.getId(), "cohortName")).isEqualTo("Cohort 2026-4");
    assertThat(cohort).isWaitingAt(PilotProcess.TASK_CLOSE_REGISTRATION);
    assertThat(Set.of(historyService.createHistoricProcessInstanceQuery().processInstanceId(cohort.getId())
        .singleResult().getStartUserId())).containsExactly("mila");
  }
}

package nl.amsterdam.inclusion.pilot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/** Every path of {@code pilot-cohort}, with real participant cases. */
class PilotCohortProcessTest extends PilotTestCase {

  private static final String[] DIRECTORATES = {"Sociaal Domein", "Ruimte", "Communicatie", "Financiën", "Wonen"};

  @Autowired ObjectMapper json;

  @BeforeEach
  void tenTestLeaders() {
    for (int i = 1; i <= 10; i++) {
      String id = leader(i);
      if (identityService.createUserQuery().userId(id).count() == 0) {
        User user = identityService.newUser(id);
        user.setFirstName("Leider");
        user.setLastName(String.valueOf(i));
        user.setEmail(id + "@example.org");
        user.setPassword("demo");
        identityService.saveUser(user);
        identityService.createMembership(id, "leaders");
      }
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
    for (Task record : taskService.createTaskQuery().processInstanceId(cohort.getId())
        .taskDefinitionKey("Task_RecordGroupSession").list()) {
      submit(record, Map.of("sessionHeld", "held"));
    }
    assertThat(feedbackTasks(cohort, "anouk")).hasSize(5);
    assertThat(feedbackTasks(cohort, "rik")).as("only the remaining members of group 2").hasSize(4);
    assertThat(taskService.createTaskQuery().processInstanceId(cohort.getId()).taskAssignee("rik")
        .taskNameLike("%Leider%").count()).isEqualTo(4);

    // one absent leader; everybody else gets feedback
    List<Task> allFeedback = new ArrayList<>(feedbackTasks(cohort, "anouk"));
    allFeedback.addAll(feedbackTasks(cohort, "rik"));
    Task absentOne = allFeedback.get(0);
    submit(absentOne, Map.of("attended", false));
    for (Task task : allFeedback.subList(1, allFeedback.size())) {
      submit(task, Map.of("attended", true, "feedback", "Blijf vragen stellen."));
    }

    // the cohort checks daily until every journey is evaluated
    fireTimer(cohort, "Timer_CheckJourneys");
    assertThat(cohort).isWaitingAt("Timer_CheckJourneys");
    int[] ratings = {6, 7, 8, 8, 8, 9, 9, 10};
    boolean[] intervision = {true, false, true, false, true, false, false, false};
    List<ProcessInstance> attending = participants.stream()
        .filter(p -> runtimeService.createProcessInstanceQuery().processInstanceId(p.getId()).count() == 1).toList();
    assertThat(attending).hasSize(8);
    for (int i = 0; i < attending.size(); i++) {
      completeJourneyAfterFeedback(attending.get(i), ratings[i], intervision[i]);
    }
    fireTimer(cohort, "Timer_CheckJourneys");

    assertThat(cohort).isWaitingAt("Task_DecideFollowUp").task().hasCandidateGroup("id-bureau");
    EvaluationReport report = json.readValue((String) runtimeService.getVariable(cohort.getId(), "evaluationReport"),
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
    assertThat((String) runtimeService.getVariable(cohort.getId(), "reportSummary"))
        .contains("Deelnemers: 10, afgerond: 8 (80%)").contains("Gemiddeld cijfer: 8.1");

    // group 1 was invited and reminded twice (rescheduled), group 2 once, before the withdrawal
    List<String> mails = notifications(cohort);
    assertThat(mails.stream().filter("pilot-group-session-invitation"::equals)).hasSize(15);
    assertThat(mails.stream().filter("pilot-group-session-reminder"::equals)).hasSize(15);
    assertThat(mails.stream().filter("pilot-group-session-cancelled"::equals)).hasSize(5);

    submit(cohort, "Task_DecideFollowUp", Map.of("followUpDecision", List.of("intervisie", "leadershipfacts")));
    assertThat(cohort).isEnded().hasPassed("End_CohortEvaluated");
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

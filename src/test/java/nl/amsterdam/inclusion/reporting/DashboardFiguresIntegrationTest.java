package nl.amsterdam.inclusion.reporting;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import nl.amsterdam.inclusion.dialogue.DialogueProcess;
import nl.amsterdam.inclusion.learning.LearningProcess;
import nl.amsterdam.inclusion.panel.PanelProcess;
import nl.amsterdam.inclusion.pilot.PilotProcess;
import nl.amsterdam.inclusion.support.CaseForms;
import nl.amsterdam.inclusion.support.ProcessTestCase;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/** The dashboard's figures for a known set of cases, straight from the engine's history. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=false", "inclusion.demo.enabled=true", "inclusion.demo.password=demo"})
class DashboardFiguresIntegrationTest extends ProcessTestCase {

  @Autowired DashboardFigures dashboard;
  @Autowired TestRestTemplate rest;

  @Test
  void theFiguresCountExactlyTheCasesThatExist() {
    // other test classes share this context's history: count what this test adds
    DashboardFigures.Figures before = dashboard.compute();
    startAs("mila", PilotProcess.COHORT, Map.of("cohortName", "Cohort Dashboardtest",
        "signUpDeadline", LocalDate.now().plusDays(14).toString(), "targetGroupSize", 6));
    ProcessInstance fatima = signUp("fatima", "Fatima El Amrani");
    ProcessInstance sanne = signUp("sanne", "Sanne Bakker");
    submit(fatima, PilotProcess.TASK_REVIEW_SIGN_UP, Map.of("signUpDecision", "accept"));
    submit(fatima, "Task_FormulateCase", Map.of(
        "caseDescription", "Twee collega's voelen zich buitengesloten in het teamoverleg.",
        "coreQuestion", "Hoe voer ik een inclusief gesprek?", "desiredOutcome", "Iedereen voelt zich gehoord."));
    submit(sanne, PilotProcess.TASK_REVIEW_SIGN_UP, Map.of("signUpDecision", "accept"));

    ProcessInstance running = request("fatima", "sociaal");
    ProcessInstance declined = request("fatima", "sociaal");
    submit(declined, "Task_ReviewRequest", Map.of("reviewDecision", "decline", "declineReason", "Past in het open aanbod."));
    request("jan", "ruimte-economie");

    runtimeService.startProcessInstanceByKey(PanelProcess.CONVERSATION,
        Map.of("roundNumber", 93, "directorateGroup", "directorate-wpi", "secondTime", false));
    runAsyncJobs();

    Date yesterday = new Date(System.currentTimeMillis() - 86_400_000L);
    taskService.setDueDate(task(sanne, "Task_FormulateCase").getId(), yesterday);
    taskService.setDueDate(task(running, "Task_ReviewRequest").getId(), yesterday);

    DashboardFigures.Figures figures = dashboard.compute();

    assertThat(figures.pilotFunnel()).filteredOn(funnel -> funnel.cohort().equals("Cohort Dashboardtest"))
        .containsExactly(new DashboardFigures.Funnel("Cohort Dashboardtest", List.of(2, 1, 0, 0, 0, 0)));
    assertThat(figures.panelConversations()).filteredOn(conversation -> conversation.round() == 93)
        .containsExactly(new DashboardFigures.Conversation(93, "Werk, Participatie en Inkomen", "Actieplan gevraagd"));
    assertThat(added(figures.learningRequests(), before.learningRequests())).isEqualTo(Map.of(
        "Bij de leidinggevende", Map.of(),
        "Lopend", Map.of("sociaal", 1, "ruimte-economie", 1),
        "Ingeschreven of uitgevoerd", Map.of(),
        "Afgewezen", Map.of("sociaal", 1),
        "Niet gesteund door de leidinggevende", Map.of(),
        "Ingetrokken", Map.of()));
    assertThat(figures.learningBudgets()).isNotEmpty().allSatisfy(budget ->
        assertThat(budget.claimed().add(budget.available())).isEqualByComparingTo(budget.amount()));
    assertThat(figures.overdueTasks()).isEqualTo(Map.of("Leidinggevenden", 1, "Accounthouders P&O", 1));
  }

  @Test
  void peopleAreCountedNotCases() {
    String date = LocalDate.now().plusDays(21).toString();
    Date before = new Date(System.currentTimeMillis() - 1000); // other tests' sign-ups stay in history
    startAs("mila", PilotProcess.COHORT, Map.of("cohortName", "Cohort Personen",
        "signUpDeadline", LocalDate.now().plusDays(14).toString(), "targetGroupSize", 6));
    ProcessInstance first = signUp("fatima", "Fatima El Amrani");
    startAs("fatima", PilotProcess.WITHDRAWAL, Map.of("withdrawalReason", "Vergissing", "confirmWithdrawal", true));
    ProcessInstance again = signUp("fatima", "Fatima El Amrani");
    signUp("sanne", "Sanne Bakker");
    startAs("mila", DialogueProcess.DIALOGUE, Map.of("dialogueTheme", "Personen tellen", "dialogueDate", date,
        "dialogueTime", "15:00", "dialogueLocation", "Amstel 1", "dialogueRoom", "Trouwzaal", "audience", "leidinggevenden",
        "maxParticipants", 8, "signUpDeadline", LocalDate.now().plusDays(10).toString()));
    ProcessInstance firstSignUp = dialogueSignUp("fatima");
    submitAs("fatima", task(firstSignUp, DialogueProcess.TASK_MANAGE_SIGN_UP), Map.of("attendance", "afmelden"));
    dialogueSignUp("fatima");
    dialogueSignUp("sanne");

    DashboardFigures.Figures figures = dashboard.compute();

    // fatima has two journeys in the cohort (the first withdrawn) and two sign-ups for the session: one person
    assertThat(first).isEnded();
    assertThat(again).isWaitingAt(PilotProcess.TASK_REVIEW_SIGN_UP);
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(DialogueProcess.SIGN_UP)
        .startedBy("fatima").startedAfter(before).variableValueEquals(DialogueProcess.DIALOGUE_DATE, date).count())
        .isEqualTo(2);
    assertThat(figures.pilotFunnel()).filteredOn(funnel -> funnel.cohort().equals("Cohort Personen"))
        .containsExactly(new DashboardFigures.Funnel("Cohort Personen", List.of(2, 0, 0, 0, 0, 0)));
    assertThat(figures.dialogueSignUps()).containsEntry(date + ": Personen tellen", 2);
  }

  private ProcessInstance dialogueSignUp(String user) {
    return startAs(user, DialogueProcess.SIGN_UP, Map.of("leaderName", user, "function", "Teammanager",
        "cluster", "sociaal", "email", user + "@example.org", "consent", true));
  }

  @Test
  void theFiguresNeedAWebappLoginOfBureauID() {
    assertThat(rest.getForEntity("/dashboard/figures", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("mila", "demo").getForEntity("/dashboard/figures", String.class).getStatusCode())
        .as("HTTP Basic is for the REST API, the dashboard uses the webapp login").isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.getForEntity("/dashboard/", String.class).getBody()).contains("Dashboard Inclusie &amp; Diversiteit");
  }

  private static Map<String, Map<String, Integer>> added(Map<String, Map<String, Integer>> after,
      Map<String, Map<String, Integer>> before) {
    Map<String, Map<String, Integer>> added = new java.util.HashMap<>();
    after.forEach((status, clusters) -> {
      Map<String, Integer> perCluster = new java.util.HashMap<>();
      clusters.forEach((cluster, count) -> {
        int more = count - before.getOrDefault(status, Map.of()).getOrDefault(cluster, 0);
        if (more != 0) {
          perCluster.put(cluster, more);
        }
      });
      added.put(status, perCluster);
    });
    return added;
  }

  private ProcessInstance signUp(String user, String name) {
    return startAs(user, PilotProcess.PARTICIPANT, CaseForms.pilotSignUp(user, name, "Sociaal Domein"));
  }

  private ProcessInstance request(String user, String cluster) {
    return startAs(user, LearningProcess.REQUEST, CaseForms.learningRequest(user, user + "@example.org", cluster, "maatwerk"));
  }
}

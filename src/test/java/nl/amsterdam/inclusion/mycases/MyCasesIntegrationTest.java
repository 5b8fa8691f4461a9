package nl.amsterdam.inclusion.mycases;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.amsterdam.inclusion.dialogue.DialogueProcess;
import nl.amsterdam.inclusion.dialogue.DialogueSchedule;
import nl.amsterdam.inclusion.learning.LearningProcess;
import nl.amsterdam.inclusion.pilot.PilotProcess;
import nl.amsterdam.inclusion.support.CaseForms;
import nl.amsterdam.inclusion.support.ProcessTestCase;
import nl.amsterdam.inclusion.support.TasklistSession;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/** "Mijn aanvragen" over its API and the page's own calls: own cases only, withdrawal as the person. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=false", "inclusion.demo.enabled=true", "inclusion.demo.password=demo"})
class MyCasesIntegrationTest extends ProcessTestCase {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate rest;
  @LocalServerPort int port;

  private TestRestTemplate as(String userId) {
    return rest.withBasicAuth(userId, "demo");
  }

  private static String inDays(int days) {
    return LocalDate.now().plusDays(days).toString();
  }

  private JsonNode myCases(String userId) {
    ResponseEntity<JsonNode> response = as(userId).getForEntity("/api/my-cases", JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private static JsonNode caseOf(JsonNode cases, ProcessInstance instance) {
    for (JsonNode item : cases) {
      if (item.path("id").asText().equals(instance.getId())) {
        return item;
      }
    }
    throw new AssertionError("case " + instance.getId() + " not listed in " + cases);
  }

  private static List<String> ids(JsonNode cases) {
    return cases.findValuesAsText("id");
  }

  private ResponseEntity<JsonNode> withdraw(String userId, ProcessInstance instance, String reason) {
    return as(userId).postForEntity("/api/my-cases/" + instance.getId() + "/withdrawal",
        reason == null ? Map.of() : Map.of("reason", reason), JsonNode.class);
  }

  private long withdrawals(String key) {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(key).count();
  }

  @Test
  void aLeaderSeesHerOwnCasesWithStepAndReferenceAndWithdrawsFromThere() {
    startAs("mila", PilotProcess.COHORT, Map.of("cohortName", "Cohort Mijn aanvragen",
        "signUpDeadline", inDays(14), "targetGroupSize", 5));
    ProcessInstance pilot = startAs("fatima", PilotProcess.PARTICIPANT,
        CaseForms.pilotSignUp("fatima", "Fatima El Amrani", "Sociaal Domein"));
    ProcessInstance request = startAs("fatima", LearningProcess.REQUEST,
        CaseForms.learningRequest("Fatima El Amrani", "fatima@example.org", "sociaal", "maatwerk"));
    startAs("mila", DialogueProcess.DIALOGUE, Map.of("dialogueTheme", "Inclusief leidinggeven",
        "dialogueDate", inDays(21), "dialogueTime", "15:00", "dialogueLocation", "Amstel 1", "dialogueRoom", "Trouwzaal",
        "audience", "leidinggevenden", "maxParticipants", 8, "signUpDeadline", inDays(10)));
    ProcessInstance signUp = startAs("fatima", DialogueProcess.SIGN_UP, Map.of("leaderName", "Fatima El Amrani",
        "function", "Teammanager", "cluster", "sociaal", "email", "fatima@example.org", "consent", true));
    String reference = (String) runtimeService.getVariable(request.getId(), LearningProcess.REQUEST_REFERENCE);

    JsonNode cases = myCases("fatima");

    JsonNode listedRequest = caseOf(cases, request);
    assertThat(listedRequest.path("process").asText()).isEqualTo("Leerinterventie aanvragen");
    assertThat(listedRequest.path("reference").asText()).isEqualTo(reference).matches("LV-\\d{4}-\\d{4,}");
    assertThat(listedRequest.path("steps").get(0).asText()).isEqualTo(task(request, "Task_ReviewRequest").getName());
    assertThat(listedRequest.path("withdrawal").asText()).isEqualTo("Intrekken");
    assertThat(listedRequest.path("reasonRequired").asBoolean()).isTrue();
    assertThat(listedRequest.path("started").asText()).startsWith(LocalDate.now().toString());

    JsonNode listedPilot = caseOf(cases, pilot);
    assertThat(listedPilot.path("process").asText()).isEqualTo("Pilot Inclusief Leiderschap: deelname");
    assertThat(listedPilot.path("reference").asText()).isEqualTo("Cohort Cohort Mijn aanvragen");
    assertThat(listedPilot.path("steps").get(0).asText()).isEqualTo(task(pilot, PilotProcess.TASK_REVIEW_SIGN_UP).getName());
    assertThat(listedPilot.path("withdrawal").asText()).isEqualTo("Afmelden");

    JsonNode listedSignUp = caseOf(cases, signUp);
    assertThat(listedSignUp.path("reference").asText())
        .isEqualTo("Dialoog van " + inDays(21) + ": Inclusief leidinggeven (aangemeld)");
    assertThat(listedSignUp.path("steps").get(0).asText()).isEqualTo("Aanmelding dialoog met de wethouder (" + new DialogueSchedule().dayOf(inDays(21)) + ")");
    assertThat(listedSignUp.path("withdrawal").asText()).isEqualTo("Afmelden");

    assertThat(ids(myCases("jan"))).as("jan sees none of fatima's cases")
        .doesNotContain(request.getId(), pilot.getId(), signUp.getId());

    // a withdrawal without the reason its form requires is refused at the field, nothing started
    long learningWithdrawals = withdrawals(LearningProcess.WITHDRAWAL);
    ResponseEntity<JsonNode> withoutReason = withdraw("fatima", request, null);
    assertThat(withoutReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(withoutReason.getBody().path("errors").get(0).path("field").asText()).isEqualTo("withdrawalReason");
    assertThat(withdrawals(LearningProcess.WITHDRAWAL)).isEqualTo(learningWithdrawals);

    // the reference is filled in from the case: she types only the reason
    ResponseEntity<JsonNode> withdrawn = withdraw("fatima", request, "Team is opgeheven");
    assertThat(withdrawn.getStatusCode()).isEqualTo(HttpStatus.OK);
    runAsyncJobs();
    assertThat(request).isEnded().hasPassed("End_RequestWithdrawn");
    assertThat(historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(withdrawn.getBody().path("withdrawalId").asText()).singleResult().getStartUserId())
        .as("the withdrawal was started as fatima").isEqualTo("fatima");

    assertThat(withdraw("fatima", pilot, "Te druk").getStatusCode()).isEqualTo(HttpStatus.OK);
    runAsyncJobs();
    assertThat(pilot).isEnded().hasPassed("End_Withdrawn");

    assertThat(withdraw("fatima", signUp, null).getStatusCode()).isEqualTo(HttpStatus.OK);
    runAsyncJobs();
    assertThat(signUp).isEnded().hasPassed("End_SignUpCancelled");

    assertThat(ids(myCases("fatima"))).doesNotContain(request.getId(), pilot.getId(), signUp.getId());
  }

  private ResponseEntity<JsonNode> clusterCases(String userId, String query) {
    return as(userId).getForEntity("/api/my-cases/cluster" + query, JsonNode.class);
  }

  private static List<String> references(JsonNode cases) {
    return cases.findValuesAsText("reference");
  }

  @Test
  void anAccountManagerSeesWhereHerClustersRequestStandsBetweenHerSteps() throws Exception {
    ProcessInstance sociaal = startAs("fatima", LearningProcess.REQUEST,
        CaseForms.learningRequest("Fatima El Amrani", "fatima@example.org", "sociaal", "maatwerk"));
    ProcessInstance ruimte = startAs("jan", LearningProcess.REQUEST,
        CaseForms.learningRequest("Jan de Vries", "jan@example.org", "ruimte-economie", "maatwerk"));
    Task review = task(sociaal, "Task_ReviewRequest");
    asUser("ingrid", () -> taskService.claim(review.getId(), "ingrid"));
    submitAs("ingrid", review, Map.of("reviewDecision", "proceed", "learningAdvisor", "noor"));
    assertThat(asUser("ingrid", () -> taskService.createTaskQuery().processInstanceId(sociaal.getId()).count()))
        .as("ingrid has no task in the request now").isZero();

    ResponseEntity<JsonNode> ingrids = clusterCases("ingrid", "");
    assertThat(ingrids.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode listed = null;
    for (JsonNode item : ingrids.getBody()) {
      if (item.path("reference").asText().equals(businessKeyOf(sociaal))) {
        listed = item;
      }
    }
    assertThat(listed).as("the Sociaal request in " + ingrids.getBody()).isNotNull();
    assertThat(listed.path("reference").asText()).matches("LV-\\d{4}-\\d{4,}");
    assertThat(listed.path("requester").asText()).isEqualTo("Fatima El Amrani");
    assertThat(listed.path("team").asText()).isEqualTo("Team Jeugd Noord");
    assertThat(listed.path("cluster").asText()).isEqualTo("Sociaal");
    assertThat(listed.path("steps").get(0).asText()).isEqualTo(task(sociaal, "Task_ExploreNeeds").getName());
    assertThat(listed.path("since").asText()).startsWith(LocalDate.now().toString());
    assertThat(listed.properties()).extracting(Map.Entry::getKey).as("nothing beyond her filter's columns")
        .containsExactlyInAnyOrder("reference", "requester", "team", "cluster", "steps", "since");
    assertThat(references(ingrids.getBody())).doesNotContain(businessKeyOf(ruimte));

    // the page's own call, with her Tasklist login, shows the same
    HttpResponse<String> page = loggedIn("ingrid").send(HttpRequest.newBuilder(
        URI.create("http://localhost:" + port + "/mijn-aanvragen/cluster-cases")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(references(JSON.readTree(page.body()))).contains(businessKeyOf(sociaal));

    // who sees which cluster comes from the login's groups: a parameter changes nothing
    ResponseEntity<JsonNode> kees = clusterCases("kees", "?cluster=sociaal&groups=account-managers-sociaal");
    assertThat(kees.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(references(kees.getBody())).contains(businessKeyOf(ruimte)).doesNotContain(businessKeyOf(sociaal));
    for (String notFollowing : List.of("fatima", "mila")) {
      ResponseEntity<JsonNode> refused = clusterCases(notFollowing, "?cluster=sociaal");
      assertThat(refused.getStatusCode()).as(notFollowing).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(refused.getBody().toString()).doesNotContain(businessKeyOf(sociaal), "Fatima El Amrani");
    }
    assertThat(rest.getForEntity("/api/my-cases/cluster", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void anEmployeeFollowsHerRequestAtHerLeaderAndAfterwardsTheLeaderHasItAndItsWithdrawal() {
    ProcessInstance request = startAs("femke", LearningProcess.REQUEST,
        CaseForms.learningRequest("Femke Jacobs", "femke@example.org", "sociaal", "maatwerk"));

    JsonNode atLeader = caseOf(myCases("femke"), request);
    assertThat(atLeader.path("steps").get(0).asText()).isEqualTo("Aanvraag van Femke Jacobs bespreken");
    assertThat(atLeader.path("withdrawal").asText()).as("hers to withdraw while her leader has it").isEqualTo("Intrekken");
    assertThat(ids(myCases("fatima"))).as("not yet the leader's request").doesNotContain(request.getId());

    submitAs("fatima", task(request, LearningProcess.TASK_DISCUSS_EMPLOYEE_REQUEST),
        Map.of(LearningProcess.LEADER_DECISION, LearningProcess.LEADER_SUPPORTS));

    JsonNode employees = caseOf(myCases("femke"), request);
    assertThat(employees.path("steps").get(0).asText()).isEqualTo(task(request, "Task_ReviewRequest").getName());
    assertThat(employees.path("withdrawal").asText(null)).as("the leader's request now").isNull();
    long before = withdrawals(LearningProcess.WITHDRAWAL);
    assertThat(withdraw("femke", request, "Toch niet").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(withdrawals(LearningProcess.WITHDRAWAL)).isEqualTo(before);
    assertThat(calledBy(request)).isWaitingAt("Task_ReviewRequest");

    JsonNode leaders = caseOf(myCases("fatima"), request);
    assertThat(leaders.path("withdrawal").asText()).isEqualTo("Intrekken");
    assertThat(withdraw("fatima", request, "Team is opgeheven").getStatusCode()).isEqualTo(HttpStatus.OK);
    runAsyncJobs();
    assertThat(request).isEnded().hasPassed("End_RequestWithdrawn");
  }

  @Test
  void anotherPersonsCaseIsRefusedAndStaysAsItWas() {
    ProcessInstance jans = startAs("jan", LearningProcess.REQUEST,
        CaseForms.learningRequest("Jan de Vries", "jan@example.org", "ruimte-economie", "maatwerk"));
    long before = withdrawals(LearningProcess.WITHDRAWAL);

    for (String attacker : List.of("fatima", "mila", "demo")) {
      ResponseEntity<JsonNode> refused = withdraw(attacker, jans, "Niet van mij");
      assertThat(refused.getStatusCode()).as(attacker).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(refused.getBody().path("message").asText()).isEqualTo("Geen lopende aanvraag van jou");
    }
    assertThat(as("fatima").postForEntity("/api/my-cases/does-not-exist/withdrawal", Map.of("reason", "x"),
        JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    runAsyncJobs();

    assertThat(calledBy(jans)).isWaitingAt("Task_ReviewRequest");
    assertThat(withdrawals(LearningProcess.WITHDRAWAL)).as("no withdrawal started").isEqualTo(before);
    assertThat(ids(myCases("fatima"))).doesNotContain(jans.getId());
  }

  @Test
  void withoutALoginNothingIsShownOrWithdrawn() throws Exception {
    ProcessInstance request = startAs("fatima", LearningProcess.REQUEST,
        CaseForms.learningRequest("Fatima El Amrani", "fatima@example.org", "sociaal", "maatwerk"));

    assertThat(rest.getForEntity("/api/my-cases", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.postForEntity("/api/my-cases/" + request.getId() + "/withdrawal", Map.of("reason", "x"),
        String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.getForEntity("/mijn-aanvragen/cases", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(as("fatima").getForEntity("/mijn-aanvragen/cases", String.class).getStatusCode())
        .as("the page uses the webapp login, not HTTP Basic").isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.getForEntity("/mijn-aanvragen/", String.class).getBody()).contains("<h1>Mijn aanvragen</h1>");
    assertThat(calledBy(request)).isWaitingAt("Task_ReviewRequest");
  }

  @Test
  void thePageWorksWithTheTasklistLoginAndOnlyFromItself() throws Exception {
    ProcessInstance request = startAs("fatima", LearningProcess.REQUEST,
        CaseForms.learningRequest("Fatima El Amrani", "fatima@example.org", "sociaal", "maatwerk"));
    HttpClient browser = loggedIn("fatima");
    String base = "http://localhost:" + port + "/mijn-aanvragen/cases";

    HttpResponse<String> list = browser.send(HttpRequest.newBuilder(URI.create(base)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(ids(JSON.readTree(list.body()))).contains(request.getId());

    // a cross-site form post carries no header of the page's own
    HttpResponse<String> crossSite = browser.send(HttpRequest.newBuilder(URI.create(base + "/" + request.getId()
            + "/withdrawal")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"Vervalst\"}")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(crossSite.statusCode()).isEqualTo(403);
    runAsyncJobs();
    assertThat(calledBy(request)).isWaitingAt("Task_ReviewRequest");

    HttpResponse<String> withdrawn = browser.send(HttpRequest.newBuilder(URI.create(base + "/" + request.getId()
            + "/withdrawal")).header("Content-Type", "application/json").header("X-Requested-With", "XMLHttpRequest")
        .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"Team is opgeheven\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
    runAsyncJobs();
    assertThat(request).isEnded().hasPassed("End_RequestWithdrawn");
  }

  /** A browser logged in to Tasklist, as the login form does it. */
  private HttpClient loggedIn(String userId) {
    return TasklistSession.login(port, userId, "demo").client();
  }
}

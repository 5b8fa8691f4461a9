package nl.amsterdam.inclusion.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.amsterdam.inclusion.learning.ClusterBudgets;
import nl.amsterdam.inclusion.learning.LearningProcess;
import nl.amsterdam.inclusion.pilot.PilotProcess;
import nl.amsterdam.inclusion.support.CaseForms;
import nl.amsterdam.inclusion.support.ProcessTestCase;
import nl.amsterdam.inclusion.support.TasklistSession;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attacks of a signed-in colleague with the browser's developer tools, as a table: every way of writing state
 * through {@code /engine-rest} and Tasklist's own API ({@code /camunda/api/engine}), in URL spellings a servlet
 * filter would not recognise. Each attack must be refused and must leave the state exactly as it was (no instance,
 * task still open, variables, assignee, candidates, budget and jobs unchanged); the status code alone proves nothing.
 * A valid submission through the same paths is accepted, so the refusals are not a broken endpoint.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=false", "inclusion.demo.enabled=true", "inclusion.demo.password=demo"})
class EngineRulesAttackTest extends ProcessTestCase {

  private static final Map<String, Integer> REFUSED = new TreeMap<>();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String REQUEST = LearningProcess.REQUEST;

  @LocalServerPort int port;
  @Autowired ClusterBudgets budgets;
  @Autowired LoginThrottle throttle;

  private final HttpClient http = HttpClient.newHttpClient();

  @AfterAll
  static void report() {
    int total = REFUSED.values().stream().mapToInt(Integer::intValue).sum();
    System.out.println("SECURITY engine rules: " + total + " attacks refused with the state unchanged " + REFUSED);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Form checks, whatever the URL looks like

  /** Where a start form can be submitted: REST and Tasklist's API, by key and by id, in several spellings. */
  private List<String> startPaths(String definitionId) {
    List<String> paths = new ArrayList<>();
    for (String api : List.of("/engine-rest", "/engine-rest/engine/default", "tasklist:/camunda/api/engine/engine/default")) {
      paths.add(api + "/process-definition/key/" + REQUEST + "/submit-form");
      paths.add(api + "/process-definition/key/%6cearning-intervention-request/submit-form");
      paths.add(api + "/process-definition/key/" + REQUEST + ";x=1/submit-form");
      paths.add(api + "/process-definition/key/" + REQUEST + "/submit-form/");
      paths.add(api + "/process-definition/" + definitionId + "/submit-form");
      paths.add(api + "/process-definition/key/" + REQUEST + "/start");
      paths.add(api + "/process-definition/" + definitionId.replace(":", "%3A") + "/start");
    }
    return paths;
  }

  @Test
  void aStartFormSubmissionThatBreaksARuleIsRefusedOnEveryPathAndStartsNothing() throws Exception {
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(REQUEST).latestVersion()
        .singleResult().getId();
    Map<String, Map<String, Object>> payloads = new LinkedHashMap<>();
    payloads.put("markup", learningRequest(Map.of("helpQuestion", "<img src=x onerror=alert(1)>")));
    payloads.put("field the form does not have", learningRequest(Map.of("accountManagerGroup", "account-managers-bestuur")));
    payloads.put("initiator of another leader", learningRequest(Map.of("requesterId", "jan")));
    // (name, e-mail and cluster come from the account whatever is sent: form.AccountPrefillIntegrationTest)
    payloads.put("number as text", learningRequest(Map.of("teamSize", "14")));
    payloads.put("out of range", learningRequest(Map.of("teamSize", 100000)));
    payloads.put("missing required field", without(learningRequest(Map.of()), "helpQuestion"));
    long before = instances(REQUEST);

    for (String path : startPaths(definitionId)) {
      assertThat(send("fatima", "POST", path, Map.of("variables", typed(learningRequest(Map.of())),
          "businessKey", "LV-2026-0001"))).as("business key of her choice via " + path).isBetween(400, 499);
      refused("start form, URL variants x bad input");
      for (var payload : payloads.entrySet()) {
        int status = send("fatima", "POST", path, Map.of("variables", typed(payload.getValue())));
        assertThat(status).as(payload.getKey() + " via " + path).isBetween(400, 499);
        assertThat(instances(REQUEST)).as(payload.getKey() + " via " + path + " started nothing").isEqualTo(before);
        refused("start form, URL variants x bad input");
      }
    }

    for (String path : List.of(startPaths(definitionId).get(1), startPaths(definitionId).get(15))) {
      assertThat(send("fatima", "POST", path, Map.of("variables", typed(learningRequest(Map.of()))))).as(path).isEqualTo(200);
    }
    assertThat(instances(REQUEST)).as("valid submissions start their cases").isEqualTo(before + 2);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(REQUEST).variableValueEquals(
        LearningProcess.REQUESTER_ID, "fatima").count()).as("in fatima's own name").isEqualTo(before + 2);
  }

  @Test
  void aTaskFormSubmissionThatBreaksARuleIsRefusedOnEveryPathAndTheTaskKeepsItsData() throws Exception {
    ProcessInstance pilotCase = acceptedPilotCase("fatima");
    Task task = task(pilotCase, "Task_FormulateCase");
    Map<String, String> before = snapshot(pilotCase);
    String id = task.getId();
    String encodedId = id.replace("-", "%2D");
    List<String> paths = new ArrayList<>();
    for (String api : List.of("/engine-rest", "/engine-rest/engine/default", "tasklist:/camunda/api/engine/engine/default")) {
      for (String action : List.of("submit-form", "complete")) {
        paths.add(api + "/task/" + id + "/" + action);
        paths.add(api + "/task/" + id + ";a=b/" + action);
        paths.add(api + "/task/" + id + "/" + action + "/");
        paths.add(api + "/task/" + encodedId + "/" + action);
      }
    }
    Map<String, Map<String, Object>> payloads = new LinkedHashMap<>();
    payloads.put("markup", caseForm(Map.of("coreQuestion", "<script>alert(1)</script>")));
    payloads.put("too long", caseForm(Map.of("coreQuestion", "x".repeat(20_000))));
    payloads.put("field the form does not have", caseForm(Map.of("participantId", "jan")));
    payloads.put("missing required field", without(caseForm(Map.of()), "desiredOutcome"));

    for (String path : paths) {
      for (var payload : payloads.entrySet()) {
        int status = send("fatima", "POST", path, Map.of("variables", typed(payload.getValue())));
        assertThat(status).as(payload.getKey() + " via " + path).isBetween(400, 499);
        assertThat(taskService.createTaskQuery().taskId(id).count()).as("task open after " + path).isEqualTo(1);
        assertThat(snapshot(pilotCase)).as("case data after " + path).isEqualTo(before);
        refused("task form, URL variants x bad input");
      }
    }

    assertThat(send("fatima", "POST", paths.get(2), Map.of("variables", typed(caseForm(Map.of()))))).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(id).count()).as("a valid submission completes the task").isZero();
  }

  @Test
  void nobodyCompletesATaskThatIsNotTheirs() throws Exception {
    ProcessInstance pilotCase = acceptedPilotCase("fatima");
    ProcessInstance request = startAs("fatima", REQUEST, learningRequest(Map.of()));
    String formulate = task(pilotCase, "Task_FormulateCase").getId();
    String review = task(request, "Task_ReviewRequest").getId();
    Map<String, Object> caseForm = Map.of("variables", typed(caseForm(Map.of())));
    Map<String, Object> reviewForm = Map.of("variables", typed(Map.of("reviewDecision", "decline", "declineReason", "Nee")));
    // user -> the task of someone else's role or case they try to complete
    List<Object[]> attacks = List.of(
        new Object[] {"jan", formulate, caseForm}, new Object[] {"sanne", formulate, caseForm},
        new Object[] {"anouk", formulate, caseForm}, new Object[] {"ingrid", formulate, caseForm},
        new Object[] {"fatima", review, reviewForm}, new Object[] {"kees", review, reviewForm},
        new Object[] {"noor", review, reviewForm}, new Object[] {"ayse", review, reviewForm},
        new Object[] {"sophie", review, reviewForm});
    Map<String, String> pilotData = snapshot(pilotCase);
    Map<String, String> requestData = snapshot(request);
    ProcessInstance work = calledBy(request);
    Map<String, String> workData = snapshot(work);

    for (Object[] attack : attacks) {
      for (String api : List.of("/engine-rest", "tasklist:/camunda/api/engine/engine/default")) {
        for (String action : List.of("submit-form", "complete", "claim")) {
          Object body = action.equals("claim") ? Map.of("userId", attack[0]) : attack[2];
          String path = api + "/task/" + attack[1] + "/" + action;
          assertThat(send((String) attack[0], "POST", path, body)).as(attack[0] + " " + path).isBetween(400, 499);
          assertThat(taskService.createTaskQuery().taskIdIn(formulate, review).count()).isEqualTo(2);
          assertThat(task(request, "Task_ReviewRequest").getAssignee()).isNull();
          assertThat(snapshot(pilotCase)).isEqualTo(pilotData);
          assertThat(snapshot(request)).isEqualTo(requestData);
          assertThat(snapshot(work)).isEqualTo(workData);
          refused("someone else's task");
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Everything a person may not do beside the forms

  @Test
  void writesAroundTheFormsAreRefusedForTheTasksOwnAssignee() throws Exception {
    ProcessInstance pilotCase = acceptedPilotCase("fatima");
    Task task = task(pilotCase, "Task_FormulateCase");
    String t = "/engine-rest/task/" + task.getId();
    String p = "/engine-rest/process-instance/" + pilotCase.getId();
    Map<String, Object> value = Map.of("value", "jan@example.org", "type", "String");
    List<Object[]> attacks = List.of(
        new Object[] {"PUT", t + "/variables/email", value},
        new Object[] {"POST", t + "/variables", Map.of("modifications", Map.of("email", value))},
        new Object[] {"PUT", t + "/localVariables/coreQuestion", value},
        new Object[] {"POST", t + "/localVariables", Map.of("modifications", Map.of("coreQuestion", value))},
        new Object[] {"DELETE", t + "/variables/email", null},
        new Object[] {"POST", t + "/delegate", Map.of("userId", "jan")},
        new Object[] {"POST", t + "/assignee", Map.of("userId", "jan")},
        new Object[] {"POST", t + "/identity-links", Map.of("groupId", "leaders", "type", "candidate")},
        new Object[] {"PUT", t, Map.of("name", "Gewijzigd", "assignee", "jan")},
        new Object[] {"POST", t + "/resolve", Map.of("variables", typed(caseForm(Map.of())))},
        new Object[] {"POST", t + "/bpmnError", Map.of("errorCode", "x")},
        new Object[] {"POST", "/engine-rest/task/create", Map.of("name", "Eigen taak", "assignee", "fatima")},
        new Object[] {"POST", p + "/variables", Map.of("modifications", Map.of("email", value))},
        new Object[] {"PUT", p + "/variables/email", value},
        new Object[] {"PUT", p + "/suspended", Map.of("suspended", true)},
        new Object[] {"POST", p + "/modification", Map.of("instructions", List.of(
            Map.of("type", "startBeforeActivity", "activityId", "Task_FormulateCase")))},
        new Object[] {"DELETE", p, null},
        new Object[] {"POST", "/engine-rest/message", Map.of("messageName", PilotProcess.MSG_PARTICIPANT_WITHDREW,
            "processInstanceId", pilotCase.getId(), "processVariables", Map.of("withdrawalReason", value))},
        new Object[] {"POST", "/engine-rest/signal", Map.of("name", "anything")},
        new Object[] {"POST", "/engine-rest/filter/create", Map.of("resourceType", "Task", "name", "Alles",
            "query", Map.of())});
    Map<String, String> variables = snapshot(pilotCase);
    List<String> candidates = candidates(task.getId());
    long tasks = taskService.createTaskQuery().count();

    for (String api : List.of("", "tasklist:")) {
      for (Object[] attack : attacks) {
        String path = api.isEmpty() ? (String) attack[1]
            : api + ((String) attack[1]).replace("/engine-rest", "/camunda/api/engine/engine/default");
        int status = send("fatima", (String) attack[0], path, attack[2]);
        assertThat(status).as(attack[0] + " " + path).isBetween(400, 499);
        Task now = taskService.createTaskQuery().taskId(task.getId()).singleResult();
        assertThat(now).as("task open after " + path).isNotNull();
        assertThat(now.getAssignee()).isEqualTo("fatima");
        assertThat(now.getName()).isEqualTo(task.getName());
        assertThat(candidates(task.getId())).isEqualTo(candidates);
        assertThat(snapshot(pilotCase)).as("case data after " + path).isEqualTo(variables);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pilotCase.getId()).active().count())
            .isEqualTo(1);
        assertThat(taskService.createTaskQuery().count()).isEqualTo(tasks);
        assertThat(filterService().createFilterQuery().filterName("Alles").count()).isZero();
        refused("writes beside the forms");
      }
    }

    // giving the task back (Tasklist's "Vrijgeven") stays possible, and only to nobody
    assertThat(send("fatima", "POST", t + "/unclaim", null)).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
  }

  @Test
  void anAccountManagerCannotRerouteARequest() throws Exception {
    ProcessInstance request = startAs("fatima", REQUEST, learningRequest(Map.of()));
    Task review = task(request, "Task_ReviewRequest");
    String t = "/engine-rest/task/" + review.getId();
    Object group = runtimeService.getVariable(request.getId(), LearningProcess.ACCOUNT_MANAGER_GROUP);
    ProcessInstance work = calledBy(request);
    List<String> candidates = candidates(review.getId());
    List<Object[]> attacks = List.of(
        new Object[] {"PUT", t + "/variables/accountManagerGroup", Map.of("value", "account-managers-bestuur")},
        new Object[] {"PUT", t + "/variables/learningAdvisor", Map.of("value", "tim")},
        new Object[] {"PUT", t + "/variables/email", Map.of("value", "x@example.org")},
        new Object[] {"POST", t + "/assignee", Map.of("userId", "kees")},
        new Object[] {"POST", t + "/claim", Map.of("userId", "kees")},
        new Object[] {"POST", t + "/delegate", Map.of("userId", "kees")},
        new Object[] {"POST", t + "/identity-links", Map.of("groupId", "account-managers-ruimte-economie", "type", "candidate")},
        new Object[] {"POST", t + "/identity-links/delete", Map.of("groupId", "account-managers-sociaal", "type", "candidate")});

    for (Object[] attack : attacks) {
      assertThat(send("ingrid", (String) attack[0], (String) attack[1], attack[2])).as((String) attack[1]).isBetween(400, 499);
      for (ProcessInstance instance : List.of(request, work)) {
        assertThat(runtimeService.getVariable(instance.getId(), LearningProcess.ACCOUNT_MANAGER_GROUP)).isEqualTo(group);
        assertThat(runtimeService.getVariable(instance.getId(), LearningProcess.LEARNING_ADVISOR)).isNull();
      }
      assertThat(taskService.createTaskQuery().taskId(review.getId()).singleResult().getAssignee()).isNull();
      assertThat(candidates(review.getId())).isEqualTo(candidates);
      refused("rerouting a case");
    }
  }

  @Test
  void startInstructionsCannotSkipTheApprovals() throws Exception {
    int year = LocalDate.now().getYear();
    var claimed = budgets.status("sociaal", year).claimed();
    long before = instances(REQUEST);
    Map<String, Object> reserve = typed(Map.of("requestReference", "LV-2026-9999", "cluster", "sociaal",
        "budgetYear", year, "estimatedCost", 39999, "budgetDecision", "approve"));
    List<Map<String, Object>> attacks = List.of(
        Map.of("variables", typed(learningRequest(Map.of())), "startInstructions",
            List.of(Map.of("type", "startAfterActivity", "activityId", LearningProcess.CALL_WORK_OUT_CUSTOM_REQUEST,
                "variables", reserve))),
        Map.of("variables", typed(learningRequest(Map.of())), "skipCustomListeners", true),
        Map.of("variables", typed(learningRequest(Map.of())), "skipIoMappings", true));

    for (String api : List.of("/engine-rest", "tasklist:/camunda/api/engine/engine/default")) {
      for (Map<String, Object> attack : attacks) {
        // the engine itself refuses skipped listeners at the start event, with a 500
        assertThat(send("fatima", "POST", api + "/process-definition/key/" + REQUEST + "/start", attack))
            .as(attack.keySet().toString()).isGreaterThanOrEqualTo(400);
        runAsyncJobs();
        assertThat(instances(REQUEST)).isEqualTo(before);
        assertThat(budgets.status("sociaal", year).claimed()).isEqualByComparingTo(claimed);
        refused("start instructions and skipped listeners");
      }
    }
  }

  @Test
  void theCustomWorkIsStartedOnlyByItsRequestNotToReachTheReservation() throws Exception {
    int year = LocalDate.now().getYear();
    var claimed = budgets.status("sociaal", year).claimed();
    long before = instances(LearningProcess.CUSTOM_WORK);
    Map<String, Object> reserve = typed(Map.of("requestReference", "LV-2026-9999", "cluster", "sociaal",
        "budgetYear", year, "estimatedCost", 39999, "budgetDecision", "approve"));
    List<Map<String, Object>> attacks = List.of(Map.of("variables", reserve),
        Map.of("variables", reserve, "startInstructions",
            List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_ReserveBudget"))));

    for (String attacker : List.of("fatima", "ingrid", "noor")) {
      for (Map<String, Object> attack : attacks) {
        assertThat(send(attacker, "POST", "/engine-rest/process-definition/key/" + LearningProcess.CUSTOM_WORK
            + "/start", attack)).as(attacker + " " + attack.keySet()).isGreaterThanOrEqualTo(400);
        runAsyncJobs();
        assertThat(instances(LearningProcess.CUSTOM_WORK)).isEqualTo(before);
        assertThat(budgets.status("sociaal", year).claimed()).isEqualByComparingTo(claimed);
        refused("the custom work started on its own");
      }
    }
  }

  @Test
  void valuesCountOnlyAsTheFormWouldSendThem() throws Exception {
    long before = instances(REQUEST);
    Map<String, Map<String, Object>> typedAttacks = new LinkedHashMap<>();
    typedAttacks.put("a number as text", Map.of("teamSize", Map.of("value", "14", "type", "String")));
    typedAttacks.put("a date for a text", Map.of("helpQuestion", Map.of("value", "2026-12-01T10:00:00.000+0100",
        "type", "Date")));
    typedAttacks.put("JSON with markup after it", Map.of("helpQuestion", Map.of("value", "\"Hulp\" <script>x</script>",
        "type", "Json")));
    typedAttacks.put("a transient value", Map.of("helpQuestion", Map.of("value", "Hulp", "type", "String",
        "valueInfo", Map.of("transient", true))));
    for (var attack : typedAttacks.entrySet()) {
      Map<String, Object> variables = new LinkedHashMap<>(typed(learningRequest(Map.of())));
      variables.putAll(attack.getValue());
      assertThat(send("fatima", "POST", "/engine-rest/process-definition/key/" + REQUEST + "/submit-form",
          Map.of("variables", variables))).as(attack.getKey()).isEqualTo(400);
      assertThat(instances(REQUEST)).as(attack.getKey()).isEqualTo(before);
      refused("typed values");
    }
  }

  @Test
  void aTaskShowsAPersonOnlyWhatItsFormShows() throws Exception {
    ProcessInstance pilotCase = acceptedPilotCase("fatima");
    String t = "/engine-rest/task/" + task(pilotCase, "Task_FormulateCase").getId();
    assertThat(runtimeService.getVariable(pilotCase.getId(), "email")).as("the case holds more").isNotNull();

    for (String read : List.of(t + "/variables", t + "/form-variables")) {
      HttpResponse<String> variables = exchange("fatima", "GET", read, null);
      assertThat(variables.statusCode()).isEqualTo(200);
      assertThat(JSON.readTree(variables.body()).fieldNames()).toIterable().as(read)
          .isSubsetOf("caseDescription", "coreQuestion", "desiredOutcome");
    }
    assertThat(send("fatima", "GET", t + "/variables/email", null)).isEqualTo(403);
    assertThat(send("fatima", "POST", t + "/complete", Map.of("variables", typed(caseForm(Map.of())),
        "withVariablesInReturn", true))).as("the case's variables in return").isEqualTo(403);
    assertThat(taskService.createTaskQuery().processInstanceId(pilotCase.getId()).count()).isEqualTo(1);
    refused("reads beyond the form");
  }

  @Test
  void aColleagueCannotCompleteATaskSomeoneHasClaimedNorCommentOnAnotherCase() throws Exception {
    startAs("mila", PilotProcess.COHORT, Map.of("cohortName", "Cohort collega's",
        "signUpDeadline", LocalDate.now().plusDays(14).toString(), "targetGroupSize", 6));
    ProcessInstance pilotCase = startAs("fatima", PilotProcess.PARTICIPANT,
        CaseForms.pilotSignUp("fatima", "Fatima El Amrani", "Sociaal Domein"));
    ProcessInstance jans = startAs("jan", REQUEST, CaseForms.learningRequest("Jan de Vries", "jan@example.org",
        "ruimte-economie", "maatwerk"));
    String review = task(pilotCase, PilotProcess.TASK_REVIEW_SIGN_UP).getId();
    assertThat(send("mila", "POST", "/engine-rest/task/" + review + "/claim", Map.of("userId", "mila"))).isEqualTo(204);

    assertThat(send("daan", "POST", "/engine-rest/task/" + review + "/submit-form",
        Map.of("variables", typed(Map.of("signUpDecision", "accept"))))).as("mila's claimed task").isEqualTo(403);
    assertThat(taskService.createTaskQuery().taskId(review).singleResult().getAssignee()).isEqualTo("mila");
    refused("someone else's claimed task");

    assertThat(send("mila", "POST", "/engine-rest/task/" + review + "/comment/create",
        Map.of("message", "Zie ook deze aanvraag", "processInstanceId", jans.getId()))).isBetween(400, 499);
    assertThat(taskService.getProcessInstanceComments(jans.getId())).isEmpty();
    refused("comments on another case");
  }

  @Test
  void aCaseStartsOnTheCurrentVersionOnly() throws Exception {
    String old = repositoryService.createProcessDefinitionQuery().processDefinitionKey(LearningProcess.WITHDRAWAL)
        .latestVersion().singleResult().getId();
    repositoryService.createDeployment().name("withdrawal-v2").enableDuplicateFiltering(false)
        .addClasspathResource("bpmn/" + LearningProcess.WITHDRAWAL + ".bpmn")
        .addClasspathResource("forms/learning-withdrawal-start.form").deploy();
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(LearningProcess.WITHDRAWAL).count();

    assertThat(send("fatima", "POST", "/engine-rest/process-definition/" + old + "/submit-form", Map.of("variables",
        typed(Map.of("requestReference", "LV-2026-0001", "withdrawalReason", "Oude versie"))))).isEqualTo(403);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(LearningProcess.WITHDRAWAL).count())
        .isEqualTo(before);
    refused("old process versions");
  }

  @Test
  void errorBodiesNameNoInternalClasses() throws Exception {
    // the engine refuses skipped listeners at the start event with a server error: its text names engine internals
    HttpResponse<String> error = exchange("fatima", "POST", "/engine-rest/process-definition/key/" + REQUEST + "/start",
        Map.of("variables", Map.of(), "skipCustomListeners", true));
    assertThat(error.statusCode()).isEqualTo(500);
    assertThat(error.body()).contains("Er ging iets mis op de server (melding ")
        .doesNotContain("ENGINE-").doesNotContain("Exception\"").doesNotContain("org.camunda").doesNotContain("java.");

    HttpResponse<String> refused = exchange("fatima", "POST", "/engine-rest/process-definition/key/" + REQUEST
        + "/submit-form", Map.of("variables", typed(learningRequest(Map.of("teamSize", 0)))));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(refused.body()).path("errors").get(0).path("field").asText()).isEqualTo("teamSize");
    assertThat(refused.body()).doesNotContain("Cannot").doesNotContain(repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(REQUEST).latestVersion().singleResult().getId());

    // Tasklist shows the message of its own API's answer
    HttpResponse<String> inTasklist = exchange("fatima", "POST", "tasklist:/camunda/api/engine/engine/default"
        + "/process-definition/key/" + REQUEST + "/submit-form", Map.of("variables", typed(learningRequest(Map.of("teamSize", 0)))));
    assertThat(inTasklist.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(inTasklist.body()).path("message").asText())
        .isEqualTo("Ongeldige invoer: 'Aantal medewerkers in het team' moet minstens 1 zijn");
  }

  @Test
  void aLeaderCannotWithdrawAnotherLeadersRequest() throws Exception {
    ProcessInstance jans = startAs("jan", REQUEST, CaseForms.learningRequest("Jan de Vries", "jan@example.org",
        "ruimte-economie", "maatwerk"));
    String reference = runtimeService.getVariable(jans.getId(), LearningProcess.REQUEST_REFERENCE).toString();

    // through the withdrawal's own form: refused at the reference, which is not hers
    assertThat(send("fatima", "POST", "/engine-rest/process-definition/key/" + LearningProcess.WITHDRAWAL + "/submit-form",
        Map.of("variables", typed(Map.of("requestReference", reference, "withdrawalReason", "Ik wil niet"))))).isEqualTo(400);
    // by naming jan as the one who withdraws
    assertThat(send("fatima", "POST", "/engine-rest/process-definition/key/" + LearningProcess.WITHDRAWAL + "/submit-form",
        Map.of("variables", typed(Map.of("requestReference", reference, "withdrawalReason", "Ik wil niet",
            LearningProcess.WITHDRAWING_REQUESTER, "jan"))))).isBetween(400, 499);
    // by the message the withdrawal sends
    assertThat(send("fatima", "POST", "/engine-rest/message", Map.of("messageName", LearningProcess.MSG_REQUEST_WITHDRAWN,
        "businessKey", reference))).isBetween(400, 499);
    runAsyncJobs();

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(jans.getId()).count())
        .as("jan's request still runs").isEqualTo(1);
    refused("acting as another leader");
  }

  @Test
  void aHiddenFieldIsNotStoredWhateverItCarries() throws Exception {
    ProcessInstance request = startAs("fatima", REQUEST, learningRequest(Map.of()));
    String taskId = task(request, "Task_ReviewRequest").getId();
    send("ingrid", "POST", "/engine-rest/task/" + taskId + "/claim", Map.of("userId", "ingrid"));

    // declineReason is hidden unless the decision is "decline": form-js would not send it
    assertThat(send("ingrid", "POST", "/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", typed(Map.of(
        "reviewDecision", "proceed", "learningAdvisor", "noor", "declineReason", "<script>" + "x".repeat(20_000))))))
        .isEqualTo(204);

    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceIdIn(request.getId(),
        calledBy(request).getId()).variableName("declineReason").count()).isZero();
    refused("hidden fields");
  }

  @Test
  void globalJobsAndDeploymentsAreNotForPeople() throws Exception {
    List<Job> cleanup = historyService.findHistoryCleanupJobs();
    assertThat(cleanup).as("history cleanup is scheduled").isNotEmpty();
    Job job = cleanup.get(0);
    String j = "/engine-rest/job/" + job.getId();
    long deployments = repositoryService.createDeploymentQuery().count();
    List<Object[]> attacks = List.of(
        new Object[] {"fatima", "PUT", j + "/suspended", Map.of("suspended", true)},
        new Object[] {"fatima", "PUT", j + "/duedate", Map.of("duedate", "2099-01-01T00:00:00.000+0100")},
        new Object[] {"fatima", "PUT", j + "/retries", Map.of("retries", 0)},
        // a process owner retries failed steps of its own processes only; the cleanup job has no process
        new Object[] {"mila", "PUT", j + "/retries", Map.of("retries", 0)},
        new Object[] {"mila", "PUT", "/engine-rest/job/" + job.getId() + "/retries/", Map.of("retries", 0)},
        new Object[] {"fatima", "POST", j + "/execute", null},
        new Object[] {"fatima", "DELETE", j, null},
        new Object[] {"mila", "DELETE", j, null},
        new Object[] {"fatima", "POST", "/engine-rest/history/cleanup", null},
        new Object[] {"fatima", "PUT", "/engine-rest/job-definition/" + job.getJobDefinitionId() + "/suspended",
            Map.of("suspended", true)});

    for (Object[] attack : attacks) {
      assertThat(send((String) attack[0], (String) attack[1], (String) attack[2], attack[3])).as((String) attack[2])
          .isBetween(400, 499);
      Job now = managementService.createJobQuery().jobId(job.getId()).singleResult();
      assertThat(now).as("cleanup job after " + attack[2]).isNotNull();
      assertThat(now.isSuspended()).isFalse();
      assertThat(now.getDuedate()).isEqualTo(job.getDuedate());
      assertThat(now.getRetries()).isEqualTo(job.getRetries());
      refused("global jobs");
    }

    // not even the administrator deploys: a model's expressions run code on the server
    assertThat(sendMultipart("demo", "/engine-rest/deployment/create", "rce.bpmn", "<definitions/>")).isEqualTo(403);
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
    refused("deployments");
  }

  @Test
  void guessingIsSlowedPerAddressButNeverLocksTheRealUserOut() throws Exception {
    Instant start = Instant.parse("2026-11-30T09:00:00Z");
    try {
      at(start);
      for (int attempt = 0; attempt < LoginThrottle.FREE_FAILURES; attempt++) {
        assertThat(login("sanne", "wrong-" + attempt, GUESSER)).isEqualTo(401);
      }
      assertThat(login("sanne", "demo", GUESSER)).as("the guesser waits, even with the right password").isEqualTo(429);
      refused("password guessing");

      at(start.plusSeconds(10)); // past the account's own short delay
      assertThat(login("sanne", "demo", "10.0.0.7")).as("sanne from her own desk").isEqualTo(200);

      // ten more guesses, each after the longest wait: Camunda's default would lock sanne out for good after ten
      Instant now = start.plusSeconds(10);
      for (int attempt = 0; attempt < 10; attempt++) {
        now = now.plus(Duration.ofMinutes(6));
        at(now);
        assertThat(login("sanne", "guess-" + attempt, GUESSER)).isEqualTo(401);
      }
      at(now.plus(Duration.ofMinutes(6)));
      assertThat(login("sanne", "demo", "10.0.0.7")).as("never locked").isEqualTo(200);
      refused("account lock-out");
    } finally {
      ClockUtil.reset();
      throttle.useClock(Clock.systemUTC());
      identityService.unlockUser("sanne");
    }
  }

  private static final String GUESSER = "10.0.0.66";

  /** The throttle's and the engine's time. */
  private void at(Instant instant) {
    throttle.useClock(Clock.fixed(instant, ZoneOffset.UTC));
    ClockUtil.setCurrentTime(Date.from(instant));
  }

  /** A request to /engine-rest from a client address, as a trusted proxy reports it (test configuration). */
  private int login(String user, String password, String address) throws IOException, InterruptedException {
    String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/task"))
        .header("Authorization", "Basic " + basic).header("X-Forwarded-For", address).build(),
        HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  // ---------------------------------------------------------------------------------------------------------------

  private ProcessInstance acceptedPilotCase(String leader) {
    startAs("mila", PilotProcess.COHORT, Map.of("cohortName", "Cohort aanval",
        "signUpDeadline", LocalDate.now().plusDays(14).toString(), "targetGroupSize", 6));
    ProcessInstance pilotCase = startAs(leader, PilotProcess.PARTICIPANT, CaseForms.pilotSignUp(leader, "Fatima El Amrani", "Sociaal Domein"));
    submit(pilotCase, PilotProcess.TASK_REVIEW_SIGN_UP, Map.of("signUpDecision", "accept"));
    return pilotCase;
  }

  private static Map<String, Object> learningRequest(Map<String, Object> overrides) {
    Map<String, Object> values = new HashMap<>(CaseForms.learningRequest("Fatima El Amrani", "fatima@example.org", "sociaal", "maatwerk"));
    values.putAll(overrides);
    return values;
  }

  private static Map<String, Object> caseForm(Map<String, Object> overrides) {
    Map<String, Object> values = new HashMap<>(Map.of("caseDescription", "Een gesprek dat schuurde.",
        "coreQuestion", "Hoe voer ik een inclusief gesprek?", "desiredOutcome", "Iedereen komt aan het woord."));
    values.putAll(overrides);
    return values;
  }

  private static Map<String, Object> without(Map<String, Object> values, String key) {
    Map<String, Object> copy = new HashMap<>(values);
    copy.remove(key);
    return copy;
  }

  /** Values in the REST API's typed form. */
  private static Map<String, Object> typed(Map<String, Object> values) {
    Map<String, Object> typed = new LinkedHashMap<>();
    values.forEach((key, value) -> typed.put(key, Map.of("value", value)));
    return typed;
  }

  /** The case's variables as text: JSON values (option lists) compare by content, not identity. */
  private Map<String, String> snapshot(ProcessInstance instance) {
    Map<String, String> snapshot = new TreeMap<>();
    runtimeService.getVariables(instance.getId()).forEach((name, value) -> snapshot.put(name, String.valueOf(value)));
    return snapshot;
  }

  private long instances(String key) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(key).count();
  }

  private List<String> candidates(String taskId) {
    return taskService.getIdentityLinksForTask(taskId).stream().map(link -> link.getType() + ":" + link.getGroupId()
        + ":" + link.getUserId()).sorted().toList();
  }

  private org.camunda.bpm.engine.FilterService filterService() {
    return engine.getFilterService();
  }

  private static void refused(String kind) {
    REFUSED.merge(kind, 1, Integer::sum);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // HTTP as the browser's developer tools send it: the path exactly as written, HTTP Basic on /engine-rest, the
  // logged-in session with its XSRF token on Tasklist's API (paths starting with "tasklist:")

  private final Map<String, HttpClient> tasklistSessions = new HashMap<>();

  private int send(String user, String method, String path, Object body) throws IOException, InterruptedException {
    return exchange(user, method, path, body).statusCode();
  }

  private int sendAs(String user, String password, String method, String path, Object body)
      throws IOException, InterruptedException {
    return exchange(user, password, method, path, body).statusCode();
  }

  private HttpResponse<String> exchange(String user, String method, String path, Object body)
      throws IOException, InterruptedException {
    if (path.startsWith("tasklist:")) {
      HttpClient session = tasklistSessions.computeIfAbsent(user, this::login);
      return http(session, method, path.substring("tasklist:".length()), body, builder -> builder.header("X-XSRF-TOKEN",
          TasklistSession.xsrfToken(session)));
    }
    return exchange(user, "demo", method, path, body);
  }

  private HttpResponse<String> exchange(String user, String password, String method, String path, Object body)
      throws IOException, InterruptedException {
    String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return http(http, method, path, body, builder -> builder.header("Authorization", "Basic " + basic));
  }

  private HttpResponse<String> http(HttpClient client, String method, String path, Object body,
      java.util.function.UnaryOperator<HttpRequest.Builder> authentication) throws IOException, InterruptedException {
    Supplier<HttpRequest.BodyPublisher> publisher = () -> {
      try {
        return body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    };
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", "application/json").method(method, publisher.get());
    return client.send(authentication.apply(request).build(), HttpResponse.BodyHandlers.ofString());
  }

  private int sendMultipart(String user, String path, String fileName, String content) throws Exception {
    String boundary = "attack-boundary";
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nrce\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + fileName + "\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
    String basic = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + basic).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  /** Logs in to Tasklist as the browser does. */
  private HttpClient login(String user) {
    return TasklistSession.login(port, user, "demo").client();
  }
}

package nl.amsterdam.inclusion.learning;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import nl.amsterdam.inclusion.support.CaseForms;
import nl.amsterdam.inclusion.support.ProcessTestCase;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/** Cluster confidentiality of learning requests, four eyes on a proposal and the catalogue/budget administration API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=false", "inclusion.demo.enabled=true", "inclusion.demo.password=demo"})
class LearningAccessIntegrationTest extends ProcessTestCase {

  @Autowired TestRestTemplate rest;

  private TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, "demo");
  }

  private static Map<String, Object> string(String value) {
    return Map.of("value", value, "type", "String");
  }

  @Test
  void aRequestFromOneClusterNeverReachesAnotherClustersAccountManager() {
    ResponseEntity<JsonNode> started = as("fatima").postForEntity(
        "/engine-rest/process-definition/key/" + LearningProcess.REQUEST + "/submit-form",
        Map.of("variables", Map.ofEntries(
            Map.entry("requesterName", string("Fatima El Amrani")), Map.entry("email", string("fatima@example.org")),
            Map.entry("teamName", string("Team Jeugd")), Map.entry("directorate", string("Sociaal Domein")),
            Map.entry("cluster", string("sociaal")), Map.entry("teamSize", Map.of("value", 12, "type", "Integer")),
            Map.entry("targetGroup", string("uitvoeringsprofessionals")), Map.entry("theme", string("Discriminatie")),
            Map.entry("helpQuestion", string("Hoe bespreken we incidenten?")), Map.entry("desiredPeriod", string("Q1")),
            Map.entry("interventionKind", string("maatwerk")))), JsonNode.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    runAsyncJobs();
    // the review is a step of the request's custom work, the process the request called
    String instance = runtimeService.createProcessInstanceQuery()
        .superProcessInstanceId(started.getBody().path("id").asText()).singleResult().getId();

    JsonNode ingrids = as("ingrid").getForObject("/engine-rest/task?processInstanceId=" + instance, JsonNode.class);
    assertThat(ingrids).hasSize(1);
    assertThat(ingrids.get(0).path("taskDefinitionKey").asText()).isEqualTo("Task_ReviewRequest");
    assertThat(as("kees").getForObject("/engine-rest/task?processInstanceId=" + instance, JsonNode.class))
        .as("the account manager of Ruimte en Economie").isEmpty();
    assertThat(as("kees").getForEntity("/engine-rest/task/" + ingrids.get(0).path("id").asText() + "/variables",
        String.class).getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(as("jan").getForObject("/engine-rest/task?processInstanceId=" + instance, JsonNode.class)).isEmpty();
    assertThat(as("mila").getForObject("/engine-rest/task?processInstanceId=" + instance, JsonNode.class))
        .as("Bureau I&D follows every request").hasSize(1);
  }

  @Test
  void theAdvisorWhoProposedCannotApproveTheirOwnProposalThroughTheRestApi() {
    ProcessInstance request = startAs("fatima", LearningProcess.REQUEST,
        CaseForms.learningRequest("Fatima El Amrani", "fatima@example.org", "sociaal", "maatwerk"));
    ProcessInstance work = calledBy(request);
    submitAs("ingrid", task(request, "Task_ReviewRequest"), Map.of("reviewDecision", "proceed", "learningAdvisor", "noor"));
    submitAs("noor", task(request, "Task_ExploreNeeds"), Map.of("competenceLevel", 2, "leaderOwnership", "yes",
        "employeeOwnership", "partly", "learningClimate", "safe", "willingToAnchor", "yes",
        "behaviourGoals", "Iedereen komt aan het woord in het overleg."));
    submitAs("noor", task(request, "Task_ProposeIntervention"), Map.of("interventionTitle", "Training microagressies",
        "interventionTopic", "microagressies", "providerId", "social-safety", "estimatedCost", 5000,
        "interventionDescription", "Twee dagdelen met rollenspel."));
    String check = task(request, "Task_CheckQuality").getId();
    Map<String, String> before = snapshot(work);
    Map<String, Object> approval = Map.of("variables", Map.of("principleCityTask", string("met"),
        "principleImpact", string("met"), "principleLasting", string("met"), "principleClimate", string("met"),
        "qualityDecision", string("approve")));

    for (String action : List.of("submit-form", "complete")) {
      ResponseEntity<String> refused = as("noor").postForEntity("/engine-rest/task/" + check + "/" + action, approval,
          String.class);
      assertThat(refused.getStatusCode()).as(action).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(refused.getBody()).contains("je hebt dit voorstel zelf gedaan");
      assertThat(taskService.createTaskQuery().taskId(check).count()).as("the check stays open").isEqualTo(1);
      assertThat(snapshot(work)).as("case data after " + action).isEqualTo(before);
    }

    assertThat(as("tim").postForEntity("/engine-rest/task/" + check + "/submit-form", approval, String.class)
        .getStatusCode()).as("another advisor").isEqualTo(HttpStatus.NO_CONTENT);
    runAsyncJobs();
    assertThat(calledBy(request)).isWaitingAt("Task_ApproveBudget");
  }

  @Test
  void aProposalWithAProviderWithoutEvidenceBasisIsRefusedThroughTheRestApi() {
    ProcessInstance request = startAs("fatima", LearningProcess.REQUEST,
        CaseForms.learningRequest("Fatima El Amrani", "fatima@example.org", "sociaal", "maatwerk"));
    ProcessInstance work = calledBy(request);
    submitAs("ingrid", task(request, "Task_ReviewRequest"), Map.of("reviewDecision", "proceed", "learningAdvisor", "noor"));
    submitAs("noor", task(request, "Task_ExploreNeeds"), Map.of("competenceLevel", 2, "leaderOwnership", "yes",
        "employeeOwnership", "partly", "learningClimate", "safe", "willingToAnchor", "yes",
        "behaviourGoals", "Iedereen komt aan het woord in het overleg."));
    String proposal = task(request, "Task_ProposeIntervention").getId();
    Map<String, Object> values = Map.of("variables", Map.of("interventionTitle", string("Training microagressies"),
        "interventionTopic", string("microagressies"), "providerId", string("human-dimensions"),
        "estimatedCost", Map.of("value", 5000, "type", "Integer"),
        "interventionDescription", string("Twee dagdelen met rollenspel.")));
    HttpEntity<Map<String, Object>> notProven = new HttpEntity<>(Map.of("name", "Human Dimensions",
        "evidenceStatus", "IN_DEVELOPMENT", "evidenceReference", "Herevaluatie 2026 loopt"));
    HttpEntity<Map<String, Object>> proven = new HttpEntity<>(Map.of("name", "Human Dimensions",
        "evidenceStatus", "PROVEN", "evidenceReference",
        "Vast leeraanbod 2024, na toetsing door P&O en Bureau I&D (visie leren en ontwikkelen I&D, bijlage leeraanbod 2024)"));
    // offered when the proposal opened, no longer evidence-based when the advisor completes it
    assertThat(as("demo").exchange("/api/learning/providers/human-dimensions", HttpMethod.PUT, notProven, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    try {
      Map<String, String> before = snapshot(work);
      for (String action : List.of("submit-form", "complete")) {
        ResponseEntity<String> refused = as("noor").postForEntity("/engine-rest/task/" + proposal + "/" + action,
            values, String.class);
        assertThat(refused.getStatusCode()).as(action).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("is niet evidence-based");
        assertThat(taskService.createTaskQuery().taskId(proposal).count()).as("the proposal stays open").isEqualTo(1);
        assertThat(snapshot(work)).as("case data after " + action).isEqualTo(before);
      }
    } finally {
      as("demo").exchange("/api/learning/providers/human-dimensions", HttpMethod.PUT, proven, String.class);
    }
    assertThat(as("noor").postForEntity("/engine-rest/task/" + proposal + "/submit-form", values, String.class)
        .getStatusCode()).as("proven again").isEqualTo(HttpStatus.NO_CONTENT);
  }

  /** Femke's (employee, Sociaal) request form over REST, with whatever else {@code extra} pretends. */
  private Map<String, Object> employeeForm(Map<String, Object> extra) {
    Map<String, Object> variables = new java.util.HashMap<>(Map.ofEntries(
        Map.entry("requesterName", string("Femke Jacobs")), Map.entry("email", string("femke@example.org")),
        Map.entry("teamName", string("Team Jeugd")), Map.entry("directorate", string("Sociaal Domein")),
        Map.entry("cluster", string("sociaal")), Map.entry("teamSize", Map.of("value", 12, "type", "Integer")),
        Map.entry("targetGroup", string("uitvoeringsprofessionals")), Map.entry("theme", string("Discriminatie")),
        Map.entry("helpQuestion", string("Hoe bespreken we incidenten?")), Map.entry("desiredPeriod", string("Q1")),
        Map.entry("interventionKind", string("maatwerk"))));
    variables.putAll(extra);
    return Map.of("variables", variables);
  }

  private long requestsStartedBy(String user) {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(LearningProcess.REQUEST)
        .startedBy(user).count();
  }

  @Test
  void anEmployeeCannotSkipTheLeaderWithAStartThatPretendsTheLeaderAgreed() {
    long before = requestsStartedBy("femke");
    List<Map<String, Object>> pretences = List.of(
        Map.of("leaderDecision", string("support")),
        Map.of("viaLeader", Map.of("value", false, "type", "Boolean")),
        Map.of("leaderDecidedBy", string("fatima"), "leaderId", string("femke")),
        Map.of("requesterId", string("fatima")));
    for (Map<String, Object> pretence : pretences) {
      ResponseEntity<String> refused = as("femke").postForEntity(
          "/engine-rest/process-definition/key/" + LearningProcess.REQUEST + "/submit-form", employeeForm(pretence),
          String.class);
      assertThat(refused.getStatusCode().is4xxClientError()).as(pretence.keySet() + ": " + refused.getBody()).isTrue();
      assertThat(requestsStartedBy("femke")).as("nothing started for " + pretence.keySet()).isEqualTo(before);
    }
    // a bare start is refused too (the process starts with its form)
    assertThat(as("femke").postForEntity("/engine-rest/process-definition/key/" + LearningProcess.REQUEST + "/start",
        employeeForm(Map.of()), String.class).getStatusCode().is4xxClientError()).isTrue();
    assertThat(requestsStartedBy("femke")).isEqualTo(before);

    // the honest form starts, and it waits for her leader whatever the employee sent before
    ResponseEntity<JsonNode> started = as("femke").postForEntity(
        "/engine-rest/process-definition/key/" + LearningProcess.REQUEST + "/submit-form", employeeForm(Map.of()),
        JsonNode.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    runAsyncJobs();
    ProcessInstance request = runtimeService.createProcessInstanceQuery()
        .processInstanceId(started.getBody().path("id").asText()).singleResult();
    assertThat(request).isWaitingAt(LearningProcess.TASK_DISCUSS_EMPLOYEE_REQUEST).task().isAssignedTo("fatima");
  }

  @Test
  void anEmployeeCannotDecideTheLeadersStepNorWriteTheDecisionIntoTheCase() {
    ProcessInstance request = startAs("femke", LearningProcess.REQUEST,
        CaseForms.learningRequest("Femke Jacobs", "femke@example.org", "sociaal", "maatwerk"));
    String discuss = task(request, LearningProcess.TASK_DISCUSS_EMPLOYEE_REQUEST).getId();
    Map<String, String> before = snapshot(request);
    Map<String, Object> supported = Map.of("variables", Map.of("leaderDecision", string("support")));

    assertThat(as("femke").getForObject("/engine-rest/task?processInstanceId=" + request.getId(), JsonNode.class))
        .as("the employee does not see her leader's step").isEmpty();
    for (String attacker : List.of("femke", "jan", "ingrid")) {
      for (String action : List.of("submit-form", "complete", "resolve")) {
        ResponseEntity<String> refused = as(attacker).postForEntity("/engine-rest/task/" + discuss + "/" + action,
            supported, String.class);
        assertThat(refused.getStatusCode().is2xxSuccessful()).as(attacker + " " + action).isFalse();
      }
      assertThat(as(attacker).postForEntity("/engine-rest/task/" + discuss + "/claim", Map.of("userId", attacker),
          String.class).getStatusCode().is2xxSuccessful()).as(attacker + " claims").isFalse();
      assertThat(as(attacker).exchange("/engine-rest/process-instance/" + request.getId() + "/variables/leaderDecision",
          HttpMethod.PUT, new HttpEntity<>(string("support")), String.class).getStatusCode().is2xxSuccessful())
          .as(attacker + " writes the decision").isFalse();
      assertThat(as(attacker).postForEntity("/engine-rest/process-instance/" + request.getId() + "/modification",
          Map.of("instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "Gateway_RequestKind"))),
          String.class).getStatusCode().is2xxSuccessful()).as(attacker + " moves the case on").isFalse();
    }

    assertThat(taskService.createTaskQuery().taskId(discuss).taskAssignee("fatima").count())
        .as("the step stays open with the leader").isEqualTo(1);
    assertThat(snapshot(request)).as("case data unchanged").isEqualTo(before);
    assertThat(request).isWaitingAt(LearningProcess.TASK_DISCUSS_EMPLOYEE_REQUEST);

    // the leader decides, as herself
    assertThat(as("fatima").postForEntity("/engine-rest/task/" + discuss + "/submit-form", supported, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    runAsyncJobs();
    assertThat(runtimeService.getVariable(request.getId(), LearningProcess.REQUESTER_ID)).isEqualTo("fatima");
    assertThat(runtimeService.getVariable(request.getId(), LearningProcess.LEADER_DECIDED_BY)).isEqualTo("fatima");
    assertThat(calledBy(request)).isWaitingAt("Task_ReviewRequest");
  }

  @Test
  void theEmployeeNeverDecidesOnTheirOwnRequestEvenWhenTheStepReachesThem() {
    ProcessInstance request = startAs("femke", LearningProcess.REQUEST,
        CaseForms.learningRequest("Femke Jacobs", "femke@example.org", "sociaal", "open-aanbod"));
    var discuss = task(request, LearningProcess.TASK_DISCUSS_EMPLOYEE_REQUEST);
    // an administrator hands the step to the employee herself (she is no leader, so only an administrator could)
    taskService.setAssignee(discuss.getId(), "femke");
    Map<String, String> before = snapshot(request);

    ResponseEntity<String> refused = as("femke").postForEntity("/engine-rest/task/" + discuss.getId() + "/submit-form",
        Map.of("variables", Map.of("leaderDecision", string("support"))), String.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("over je eigen aanvraag beslist je leidinggevende");
    assertThat(snapshot(request)).isEqualTo(before);
    assertThat(request).isWaitingAt(LearningProcess.TASK_DISCUSS_EMPLOYEE_REQUEST);
  }

  /** The case's variables as text: JSON values (option lists) compare by content, not identity. */
  private Map<String, String> snapshot(ProcessInstance instance) {
    Map<String, String> snapshot = new TreeMap<>();
    runtimeService.getVariables(instance.getId()).forEach((name, value) -> snapshot.put(name, String.valueOf(value)));
    return snapshot;
  }

  @Test
  void everyoneReadsTheCatalogueOnlyAdministratorsChangeItAndBudgetsStayWithinClaims() {
    assertThat(as("fatima").getForObject("/api/learning/catalogue", JsonNode.class)).hasSizeGreaterThan(10);
    assertThat(rest.getForEntity("/api/learning/catalogue", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(as("fatima").getForEntity("/api/learning/budgets", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("ingrid").getForObject("/api/learning/budgets", JsonNode.class)).isNotEmpty();

    HttpEntity<Map<String, Object>> provider = new HttpEntity<>(Map.of("name", "Bureau Zonder Bewijs",
        "evidenceStatus", "NONE"));
    assertThat(as("ingrid").exchange("/api/learning/providers/zonder-bewijs", HttpMethod.PUT, provider, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("demo").exchange("/api/learning/providers/zonder-bewijs", HttpMethod.PUT, provider, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(as("demo").getForObject("/api/learning/providers", JsonNode.class).findValuesAsText("id"))
        .contains("zonder-bewijs");
    // "bewezen effectief" rests on a reference to the research or evaluation, or it is not accepted
    HttpEntity<Map<String, Object>> unfounded = new HttpEntity<>(Map.of("name", "Bureau Zonder Bewijs",
        "evidenceStatus", "PROVEN", "evidenceReference", " "));
    assertThat(as("demo").exchange("/api/learning/providers/zonder-bewijs", HttpMethod.PUT, unfounded, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    HttpEntity<Map<String, Object>> unknownStatus = new HttpEntity<>(Map.of("name", "Bureau Zonder Bewijs",
        "evidenceStatus", "WAARSCHIJNLIJK"));
    assertThat(as("demo").exchange("/api/learning/providers/zonder-bewijs", HttpMethod.PUT, unknownStatus, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode saved = StreamSupport.stream(as("fatima").getForObject("/api/learning/providers", JsonNode.class)
        .spliterator(), false).filter(node -> node.path("id").asText().equals("zonder-bewijs")).findFirst().orElseThrow();
    assertThat(saved.path("evidenceStatus").asText()).isEqualTo("NONE");
    assertThat(saved.path("evidenceBased").asBoolean()).isFalse();
    JsonNode seba = StreamSupport.stream(as("fatima").getForObject("/api/learning/providers", JsonNode.class)
        .spliterator(), false).filter(node -> node.path("id").asText().equals("seba")).findFirst().orElseThrow();
    assertThat(seba.path("evidenceStatus").asText()).isEqualTo("PROVEN");
    assertThat(seba.path("evidenceReference").asText()).contains("leeraanbod 2024");
    assertThat(seba.path("evidenceBased").asBoolean()).isTrue();

    HttpEntity<Map<String, Object>> item = new HttpEntity<>(Map.of("title", "Nieuwe training", "providerId", "onbekend",
        "status", "OPEN", "schedule", "2x per jaar"));
    assertThat(as("demo").exchange("/api/learning/catalogue/nieuwe-training", HttpMethod.PUT, item, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

    HttpEntity<Map<String, Object>> negative = new HttpEntity<>(Map.of("amount", -5));
    assertThat(as("demo").exchange("/api/learning/budgets/sociaal/2030", HttpMethod.PUT, negative, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    HttpEntity<Map<String, Object>> amount = new HttpEntity<>(Map.of("amount", 25000));
    JsonNode status = as("demo").exchange("/api/learning/budgets/sociaal/2030", HttpMethod.PUT, amount, JsonNode.class).getBody();
    assertThat(status.path("available").asDouble()).isEqualTo(25000.0);
  }
}

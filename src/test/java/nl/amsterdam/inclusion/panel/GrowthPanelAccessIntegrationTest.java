package nl.amsterdam.inclusion.panel;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** A directorate's report and reflection stay with that directorate and the panel. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=false", "inclusion.demo.enabled=true", "inclusion.demo.password=demo"})
class GrowthPanelAccessIntegrationTest extends PanelTestCase {

  @Autowired TestRestTemplate rest;

  private TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, "demo");
  }

  /** The conversation and, second, the follow-up it called, which holds the reflection and the next steps. */
  private List<String> conversationUpToReflection(String directorateGroup, boolean writeReflection) {
    return conversationUpToReflection(7, directorateGroup, writeReflection);
  }

  private List<String> conversationUpToReflection(int round, String directorateGroup, boolean writeReflection) {
    ProcessInstance conversation = runtimeService.startProcessInstanceByKey(PanelProcess.CONVERSATION,
        Map.of("roundNumber", round, "directorateGroup", directorateGroup, "secondTime", false));
    runAsyncJobs();
    toReportOut(conversation, List.of("urgentie"));
    ProcessInstance followUp = followUp(conversation);
    submit(followUp, "Task_WriteReflection", writeReflection
        ? Map.of("writeReflection", "yes", "reflection", "Vertrouwelijke reflectie")
        : Map.of("writeReflection", "no"));
    return List.of(conversation.getId(), followUp.getId());
  }

  @Test
  void readOnlyFieldsSentBackByTasklistDoNotChangeTheCase() {
    JsonNode round = as("mila").postForObject("/engine-rest/process-definition/key/" + PanelProcess.ROUND + "/submit-form",
        Map.of("variables", Map.of("roundNumber", Map.of("value", 4, "type", "Integer"))), JsonNode.class);
    runAsyncJobs();
    String roundId = round.path("id").asText();
    String taskId = taskService.createTaskQuery().processInstanceId(roundId).singleResult().getId();
    as("mila").postForEntity("/engine-rest/task/" + taskId + "/claim", Map.of("userId", "mila"), String.class);

    // exactly what Tasklist sends: the read-only round number as untyped text, the checklists as JSON
    String body = "{\"variables\":{\"roundNumber\":{\"value\":\"4\"},"
        + "\"participatingDirectorates\":{\"type\":\"Json\",\"value\":\"[\\\"directorate-wpi\\\"]\"},"
        + "\"secondTimeDirectorates\":{\"type\":\"Json\",\"value\":\"[]\"}}}";
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    assertThat(as("mila").postForEntity("/engine-rest/task/" + taskId + "/submit-form",
        new HttpEntity<>(body, headers), String.class).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(runtimeService.getVariable(roundId, "roundNumber")).isEqualTo(4);
    assertThat(runtimeService.createProcessInstanceQuery().superProcessInstanceId(roundId).count()).isEqualTo(1);
  }

  @Test
  void aLeadOfAnotherDirectorateCannotReadTheReportOrReflectionButThePanelCan() {
    List<String> wpiCase = conversationUpToReflection("directorate-wpi", true);
    String wpi = wpiCase.get(1);
    String ingenieursbureau = conversationUpToReflection("directorate-ingenieursbureau", false).get(1);

    // pieter leads the Ingenieursbureau: nothing of WPI's conversation (nor the follow-up it called) reaches him
    for (String instance : wpiCase) {
      assertThat(as("pieter").getForObject("/engine-rest/task?processInstanceId=" + instance, JsonNode.class)).isEmpty();
      for (String variable : List.of("report", "reflection")) {
        assertThat(as("pieter").getForEntity("/engine-rest/process-instance/" + instance + "/variables/" + variable,
            String.class).getStatusCode().is2xxSuccessful()).as(variable).isFalse();
      }
      assertThat(as("pieter").getForObject("/engine-rest/history/variable-instance?processInstanceId=" + instance,
          JsonNode.class)).isEmpty();
    }
    // ... while his own case reaches him through his own task, as far as its form shows it (the follow-up decision
    // shows the directorate, not the report he was shown when he could write his reflection)
    JsonNode pietersTasks = as("pieter").getForObject("/engine-rest/task?processInstanceId=" + ingenieursbureau, JsonNode.class);
    assertThat(pietersTasks).hasSize(1);
    String pietersTask = "/engine-rest/task/" + pietersTasks.get(0).path("id").asText();
    assertThat(as("pieter").getForObject(pietersTask + "/variables/directorate", JsonNode.class).path("value").asText())
        .isNotBlank();
    assertThat(as("pieter").getForEntity(pietersTask + "/variables/report", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("ayse").getForObject("/engine-rest/task?processInstanceId=" + ingenieursbureau, JsonNode.class)).isEmpty();

    // the panel and its moderator read every conversation
    assertThat(as("karin").getForObject("/engine-rest/process-instance/" + wpi + "/variables/reflection", JsonNode.class)
        .path("value").asText()).isEqualTo("Vertrouwelijke reflectie");
    assertThat(as("lotte").getForEntity("/engine-rest/process-instance/" + wpi + "/variables/report", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);

    assertThat(as("lotte").getForEntity("/engine-rest/process-instance/" + wpiCase.get(0) + "/variables/report",
        String.class).getStatusCode()).isEqualTo(HttpStatus.OK);

    // Bureau I&D follows the rounds, not the conversations' content
    for (String instance : wpiCase) {
      assertThat(as("mila").getForEntity("/engine-rest/process-instance/" + instance + "/variables/report", String.class)
          .getStatusCode().is2xxSuccessful()).isFalse();
      assertThat(as("mila").getForObject("/engine-rest/history/variable-instance?processInstanceId=" + instance,
          JsonNode.class)).isEmpty();
      assertThat(as("mila").getForObject("/engine-rest/task?processInstanceId=" + instance, JsonNode.class)).isEmpty();
    }
  }

  /** Refused, or answered with nothing: what an outsider gets for {@code url}. */
  private void nothingFor(String user, String url) {
    ResponseEntity<JsonNode> answer = as(user).getForEntity(url, JsonNode.class);
    if (answer.getStatusCode().is2xxSuccessful()) {
      assertThat(answer.getBody()).as(user + " " + url).isEmpty();
    }
  }

  @Test
  void thePreviousRoundsReportReachesThePanelOfTheDirectoratesNextConversationAndNoColleagueOutsideIt() {
    String report = "Open gesprek over de rol van leiderschap.";
    List<String> earlier = conversationUpToReflection(8, "directorate-wpi", true);
    ProcessInstance next = runtimeService.startProcessInstanceByKey(PanelProcess.CONVERSATION,
        Map.of("roundNumber", 9, "directorateGroup", "directorate-wpi", "secondTime", true));
    runAsyncJobs();
    submitPlan(next);
    approvePlan(next);
    String id = next.getId();
    String reading = tasks(next, "Task_ReadActionPlan").stream().filter(task -> task.getAssignee().equals("karin"))
        .findFirst().orElseThrow().getId();
    assertThat(runtimeService.getVariable(id, "previousReport")).isEqualTo(report);

    // a lead of another directorate, Bureau I&D and a leader outside both: not through any resource of the REST API
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    for (String outsider : List.of("pieter", "mila", "femke")) {
      for (String variable : List.of("previousReport", "previousReflection")) {
        assertThat(as(outsider).getForEntity("/engine-rest/process-instance/" + id + "/variables/" + variable,
            String.class).getStatusCode().is2xxSuccessful()).as(outsider + " " + variable).isFalse();
        assertThat(as(outsider).getForEntity("/engine-rest/task/" + reading + "/variables/" + variable,
            String.class).getStatusCode().is2xxSuccessful()).as(outsider + " task " + variable).isFalse();
        nothingFor(outsider, "/engine-rest/variable-instance?variableName=" + variable);
        nothingFor(outsider, "/engine-rest/history/variable-instance?variableName=" + variable);
      }
      nothingFor(outsider, "/engine-rest/history/variable-instance?processInstanceId=" + id);
      nothingFor(outsider, "/engine-rest/history/variable-instance?processInstanceId=" + earlier.get(0));
      nothingFor(outsider, "/engine-rest/history/variable-instance?processInstanceId=" + earlier.get(1));
      nothingFor(outsider, "/engine-rest/task?processInstanceId=" + id);
      assertThat(as(outsider).getForEntity("/engine-rest/task/" + reading + "/form-variables", String.class)
          .getStatusCode().is2xxSuccessful()).as(outsider + " form").isFalse();
      assertThat(as(outsider).exchange("/engine-rest/process-instance/" + id + "/variables/previousReport",
          HttpMethod.PUT, new HttpEntity<>("{\"value\":\"Vervalst\",\"type\":\"String\"}", headers), String.class)
          .getStatusCode().is2xxSuccessful()).as(outsider + " overwrites").isFalse();
    }
    // the state is as it was
    assertThat(runtimeService.getVariable(id, "previousReport")).isEqualTo(report);
    assertThat(runtimeService.getVariable(id, "previousReflection")).isEqualTo("Vertrouwelijke reflectie");

    // the panel member reading the plan and the moderator do read it
    assertThat(as("karin").getForObject("/engine-rest/task/" + reading + "/variables/previousReport", JsonNode.class)
        .path("value").asText()).isEqualTo(report);
    assertThat(as("lotte").getForObject("/engine-rest/process-instance/" + id + "/variables/previousReflection",
        JsonNode.class).path("value").asText()).isEqualTo("Vertrouwelijke reflectie");
  }
}

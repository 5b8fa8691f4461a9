package nl.amsterdam.inclusion.dialogue;

import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import nl.amsterdam.inclusion.support.ProcessTestCase;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An employee (demo user femke, no leader) signs up for a leaders-only session with the browser's developer tools:
 * through {@code /engine-rest}, choosing the session Tasklist's form would refuse. The engine refuses and stores
 * nothing; the same request for a session open to all employees is accepted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=false", "inclusion.demo.enabled=true", "inclusion.demo.password=demo"})
class DialogueAudienceAttackIntegrationTest extends ProcessTestCase {

  private static final String SUBMIT = "/engine-rest/process-definition/key/" + DialogueProcess.SIGN_UP + "/submit-form";

  @Autowired TestRestTemplate rest;

  private ProcessInstance plan(String theme, String audience) {
    return startAs("mila", DialogueProcess.DIALOGUE, Map.of("dialogueTheme", theme,
        "dialogueDate", LocalDate.now().plusDays(21).toString(), "dialogueTime", "15:00", "dialogueLocation", "Amstel 1",
        "dialogueRoom", "Trouwzaal", "audience", audience, "maxParticipants", 8,
        "signUpDeadline", LocalDate.now().plusDays(10).toString()));
  }

  private ResponseEntity<JsonNode> signUpAsFemke(String dialogueId) {
    Map<String, Object> variables = Map.of(
        "function", Map.of("value", "Beleidsadviseur", "type", "String"),
        "consent", Map.of("value", true, "type", "Boolean"),
        "tableRole", Map.of("value", "medewerker", "type", "String"),
        "dialogueChoice", Map.of("value", dialogueId, "type", "String"));
    return rest.withBasicAuth("femke", "demo").postForEntity(SUBMIT, Map.of("variables", variables), JsonNode.class);
  }

  private long signUpsOfFemke() {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(DialogueProcess.SIGN_UP)
        .startedBy("femke").count();
  }

  @Test
  void anEmployeeSigningUpForALeadersOnlySessionThroughTheRestApiIsRefusedAndNothingIsStored() {
    ProcessInstance leadersOnly = plan("Inclusief leidinggeven na Verwey-Jonker", "leidinggevenden");
    ProcessInstance forAll = plan("Pesten en uitsluiting op de werkvloer", "medewerkers");
    long before = signUpsOfFemke();
    long runningBefore = runtimeService.createProcessInstanceQuery().processDefinitionKey(DialogueProcess.SIGN_UP).count();

    ResponseEntity<JsonNode> refused = signUpAsFemke(leadersOnly.getId());

    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody().toString()).contains("bij wijze van uitzondering alleen voor leidinggevenden");
    runAsyncJobs();
    assertThat(signUpsOfFemke()).as("no sign-up stored, not even in history").isEqualTo(before);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(DialogueProcess.SIGN_UP).count())
        .isEqualTo(runningBefore);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(DialogueProcess.SIGN_UP)
        .variableValueEquals(DialogueProcess.DIALOGUE_ID, leadersOnly.getId()).count()).isZero();

    ResponseEntity<JsonNode> accepted = signUpAsFemke(forAll.getId());

    assertThat(accepted.getStatusCode().value()).as("the same request for a session open to all").isEqualTo(200);
    runAsyncJobs();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(DialogueProcess.SIGN_UP)
        .variableValueEquals(DialogueProcess.DIALOGUE_ID, forAll.getId()).variableValueEquals(DialogueProcess.PARTICIPANT_ID, "femke")
        .count()).isEqualTo(1);
  }
}

package nl.amsterdam.inclusion.pilot;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** Who sees what in the pilot, forms through REST, and the report API, on the running application. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=false", "inclusion.demo.enabled=true", "inclusion.demo.password=demo"})
class PilotAccessIntegrationTest extends PilotTestCase {

  @Autowired TestRestTemplate rest;

  private TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, "demo");
  }

  @Test
  void startFormsCanBeSubmittedThroughRestAndInvalidValuesAreNamed() {
    String cohortUrl = "/engine-rest/process-definition/key/" + PilotProcess.COHORT + "/submit-form";
    ResponseEntity<JsonNode> invalid = as("mila").postForEntity(cohortUrl, Map.of("variables", Map.of(
        "cohortName", value("Cohort REST"), "signUpDeadline", value("2020-01-01"),
        "targetGroupSize", Map.of("value", 2, "type", "Integer"))), JsonNode.class);
    assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(invalid.getBody().path("message").asText())
        .contains("'Aanmelden kan tot en met' mag niet in het verleden liggen").contains("'Gewenste groepsgrootte' moet minstens 3 zijn");

    assertThat(as("mila").postForEntity(cohortUrl, Map.of("variables", Map.of(
        "cohortName", value("Cohort REST"), "signUpDeadline", value(inDays(7)),
        "targetGroupSize", Map.of("value", 5, "type", "Integer"))), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(as("fatima").postForEntity(cohortUrl, Map.of("variables", Map.of()), JsonNode.class)
        .getStatusCode().is2xxSuccessful()).as("a leader may not open a cohort").isFalse();

    String signUpUrl = "/engine-rest/process-definition/key/" + PilotProcess.PARTICIPANT + "/submit-form";
    assertThat(as("fatima").postForEntity(signUpUrl, Map.of("variables", Map.of(
        "participantName", value("Fatima El Amrani"), "function", value("wethouder"), "directorate", value("Sociaal"),
        "cluster", value("sociaal"), "email", value("fatima@example.org"), "consent", Map.of("value", true, "type", "Boolean"))),
        JsonNode.class).getBody().path("message").asText()).contains("'Functie' moet een van de keuzes zijn");
    assertThat(as("fatima").postForEntity(signUpUrl, Map.of("variables", Map.of(
        "participantName", value("Fatima El Amrani"), "function", value("teammanager"), "directorate", value("Sociaal"),
        "cluster", value("sociaal"), "email", value("fatima@example.org"), "consent", Map.of("value", true, "type", "Boolean"))),
        JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);

    String withdrawalUrl = "/engine-rest/process-definition/key/" + PilotProcess.WITHDRAWAL + "/submit-form";
    assertThat(as("fatima").postForEntity(withdrawalUrl, Map.of("variables", Map.of(
        "withdrawalReason", value("Geen tijd"), "confirmWithdrawal", Map.of("value", false, "type", "Boolean"))),
        JsonNode.class).getBody().path("message").asText()).contains("'Ik meld me af voor de pilot' is verplicht");
    assertThat(as("fatima").postForEntity(withdrawalUrl, Map.of("variables", Map.of(
        "withdrawalReason", value("Geen tijd"), "confirmWithdrawal", Map.of("value", true, "type", "Boolean"))),
        JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  private static Map<String, Object> value(String text) {
    return Map.of("value", text, "type", "String");
  }

  @Test
  void leadersSeeOnlyTheirOwnCaseCoachesOnlyTheirGroupAndBureauIdEverything() {
    ProcessInstance cohort = openCohort("Cohort toegang", 3);
    ProcessInstance fatima = signUp("fatima", "Fatima El Amrani", "Sociaal Domein");
    ProcessInstance jan = signUp("jan", "Jan de Vries", "Ruimte");
    ProcessInstance sanne = signUp("sanne", "Sanne Bakker", "Wonen");
    for (ProcessInstance participant : List.of(fatima, jan, sanne)) {
      accept(participant);
    }

    JsonNode fatimasTasks = as("fatima").getForObject("/engine-rest/task", JsonNode.class);
    assertThat(fatimasTasks).hasSize(1);
    assertThat(fatimasTasks.get(0).path("processInstanceId").asText()).isEqualTo(fatima.getId());
    String jansTask = task(jan, "Task_FormulateCase").getId();
    assertThat(as("fatima").getForEntity("/engine-rest/task/" + jansTask + "/variables", String.class)
        .getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(as("fatima").getForObject("/engine-rest/process-instance?processDefinitionKey=" + PilotProcess.PARTICIPANT,
        JsonNode.class)).isEmpty();
    assertThat(as("fatima").getForObject("/engine-rest/history/variable-instance?processInstanceId=" + jan.getId(),
        JsonNode.class)).isEmpty();
    assertThat(as("anouk").getForObject("/engine-rest/task?processInstanceId=" + jan.getId(), JsonNode.class))
        .as("a coach sees no leader's case before leading their group").isEmpty();

    for (ProcessInstance participant : List.of(fatima, jan, sanne)) {
      formulateCase(participant);
    }
    closeRegistration(cohort);
    planSession(cohort, "anouk", 1);
    managementService.createJobQuery().processInstanceId(cohort.getId()).timers().list()
        .forEach(job -> managementService.executeJob(job.getId()));
    runAsyncJobs();
    submit(cohort, "Task_RecordGroupSession", sessionHeld());

    assertThat(as("anouk").getForObject("/engine-rest/task?taskDefinitionKey=Task_ReturnFeedback", JsonNode.class))
        .hasSize(3);
    // the coach writes Fatima's feedback with Fatima's case and kernvraag in the form, and nothing more of her case
    String fatimasFeedback = taskService.createTaskQuery().processInstanceId(cohort.getId())
        .taskName("Feedback vastleggen voor Fatima El Amrani").singleResult().getId();
    JsonNode seen = as("anouk").getForObject("/engine-rest/task/" + fatimasFeedback + "/form-variables", JsonNode.class);
    assertThat(seen.path("caseDescription").path("value").asText())
        .isEqualTo("Twee collega's voelen zich buitengesloten in het teamoverleg van Fatima El Amrani.");
    assertThat(seen.path("coreQuestion").path("value").asText())
        .isEqualTo("Hoe voer ik een inclusief gesprek waarin alle perspectieven gehoord worden?");
    assertThat(seen.fieldNames()).toIterable()
        .isSubsetOf("caseDescription", "coreQuestion", "desiredOutcome", "attended", "feedback");
    assertThat(as("rik").getForObject("/engine-rest/task?processInstanceId=" + cohort.getId(), JsonNode.class))
        .as("another coach sees nothing of this group").isEmpty();
    assertThat(as("mila").getForObject("/engine-rest/task?processInstanceId=" + cohort.getId(), JsonNode.class))
        .as("Bureau I&D sees every pilot task").hasSize(3);
    assertThat(as("mila").getForObject("/engine-rest/process-instance?processDefinitionKey=" + PilotProcess.PARTICIPANT,
        JsonNode.class)).hasSize(3);
  }

  @Test
  void theEvaluationReportIsAvailableAsJsonToBureauIdOnly() throws Exception {
    ProcessInstance cohort = openCohort("Cohort rapport", 3);
    List<ProcessInstance> participants = List.of(signUp("fatima", "Fatima El Amrani", "Sociaal Domein"),
        signUp("jan", "Jan de Vries", "Ruimte"), signUp("sanne", "Sanne Bakker", "Wonen"));
    participants.forEach(this::accept);
    participants.forEach(this::formulateCase);
    closeRegistration(cohort);
    planSession(cohort, "anouk", 1);
    managementService.createJobQuery().processInstanceId(cohort.getId()).timers().list()
        .forEach(job -> managementService.executeJob(job.getId()));
    runAsyncJobs();
    submit(cohort, "Task_RecordGroupSession", sessionHeld());
    for (Task feedback : taskService.createTaskQuery().processInstanceId(cohort.getId()).list()) {
      submit(feedback, Map.of("attended", true, "feedback", "Goed gedaan."));
    }
    completeJourneyAfterFeedback(participants.get(0), 9, true);
    completeJourneyAfterFeedback(participants.get(1), 7, false);
    withdraw("sanne", "Ziek");
    fireTimer(cohort, "Timer_CheckJourneys");
    holdReunion(cohort);

    String url = "/api/pilot/cohorts/" + cohort.getId() + "/report";
    assertThat(rest.getForEntity(url, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(as("fatima").getForEntity(url, String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    JsonNode report = as("mila").getForObject(url, JsonNode.class);
    assertThat(report.path("cohortName").asText()).isEqualTo("Cohort rapport");
    assertThat(report.path("participants").asInt()).isEqualTo(3);
    assertThat(report.path("completed").asInt()).isEqualTo(2);
    assertThat(report.path("withdrawn").asInt()).isEqualTo(1);
    assertThat(report.path("averageRating").asDouble()).isEqualTo(8.0);
    assertThat(report.path("participantsByFunction").get(0).path("label").asText()).isEqualTo("Teammanager");
    assertThat(report.path("participantsByFunction").get(0).path("value").asInt()).isEqualTo(3);
    assertThat(report.path("participantsByDirectorate").get(0).path("value").asInt()).as("three directorates of one")
        .isEqualTo(3);
    assertThat(report.path("coreQuestions")).as("Sanne withdrew").hasSize(2);
    assertThat(report.path("backgroundPresentationsGiven").asInt()).isEqualTo(1);
    assertThat(report.path("reunion").path("held").asBoolean()).isTrue();
    assertThat(report.path("reunion").path("outcome").asText()).isEqualTo(REUNION_OUTCOME);
    assertThat(report.path("groupSessions").get(0).path("presentationGiven").asBoolean()).isTrue();
    assertThat(report.path("groupSessions").get(0).path("observations").asText())
        .isEqualTo("Open en constructief; de deelnemers stelden zich coachbaar op.");
    assertThat(report.toString()).as("no names beside the missing evaluations, which are none here")
        .doesNotContain("Fatima").doesNotContain("Jan de Vries");
    assertThat(as("mila").getForObject("/engine-rest/task?processInstanceId=" + cohort.getId(), JsonNode.class)
        .get(0).path("taskDefinitionKey").asText()).isEqualTo("Task_DecideFollowUp");
  }
}

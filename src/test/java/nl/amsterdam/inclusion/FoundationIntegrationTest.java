package nl.amsterdam.inclusion;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import nl.amsterdam.inclusion.engine.ModelDeployment;
import nl.amsterdam.inclusion.support.FailAfterSend;
import nl.amsterdam.inclusion.support.TasklistSession;
import nl.amsterdam.inclusion.support.TestModels;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The foundation's promises: deployment, REST security, reliable notifications and server-side form
 * validation. Runs on H2 and, in the build's second test run, on PostgreSQL. Job executor off:
 * tests drive the jobs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=false",
    "spring.mail.host=127.0.0.1",
    "spring.mail.port=3025",
    "inclusion.demo.enabled=true",
    "inclusion.demo.password=demo"})
@Import(FailAfterSend.class)
class FoundationIntegrationTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired TestRestTemplate rest;
  @Autowired FailAfterSend failAfterSend;
  @LocalServerPort int port;

  @BeforeEach
  void deployTestModels() {
    TestModels.deploy(repositoryService);
  }

  @AfterEach
  void removeRunningCases() {
    runtimeService.createProcessInstanceQuery().list()
        .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test cleanup"));
  }

  // --- deployment -------------------------------------------------------------------------------

  @Test
  void deploysEveryModelAndFormOfTheTopLevelFoldersUnderRelativeNames() throws IOException {
    Set<String> expected = Stream.concat(filesIn("bpmn"), filesIn("forms")).collect(Collectors.toSet());
    assertThat(expected).as("models in bpmn/ and forms/").isNotEmpty();
    Deployment deployment = repositoryService.createDeploymentQuery()
        .deploymentName(ModelDeployment.DEPLOYMENT_NAME).orderByDeploymentTime().desc().list().get(0);
    List<String> deployed = repositoryService.getDeploymentResourceNames(deployment.getId());
    assertThat(deployed).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(deployed).anyMatch(name -> name.endsWith(".form"));
  }

  private static Stream<String> filesIn(String folder) throws IOException {
    try (Stream<Path> files = Files.walk(Path.of(folder))) {
      return files.filter(Files::isRegularFile)
          .map(file -> Path.of(folder).relativize(file).toString().replace('\\', '/'))
          .map(name -> folder + "/" + name)
          .toList().stream();
    }
  }

  // --- REST security ----------------------------------------------------------------------------

  @Test
  void restRefusesCallsWithoutValidCredentials() {
    assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    // Another user than the other tests': a failed login delays that user's next login (Camunda's throttling).
    assertThat(rest.withBasicAuth("sanne", "wrong").getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aLeaderSeesOnlyHerOwnTasksAndNoOtherCase() {
    ProcessInstance fatimasCase = startCase("fatima");
    ProcessInstance jansCase = startCase("jan");
    TestRestTemplate fatima = rest.withBasicAuth("fatima", "demo");

    JsonNode tasks = fatima.getForObject("/engine-rest/task", JsonNode.class);
    assertThat(tasks).hasSize(1);
    assertThat(tasks.get(0).path("processInstanceId").asText()).isEqualTo(fatimasCase.getId());

    Task jansTask = taskService.createTaskQuery().processInstanceId(jansCase.getId()).singleResult();
    assertThat(fatima.getForEntity("/engine-rest/task/" + jansTask.getId() + "/variables", String.class)
        .getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(fatima.getForObject("/engine-rest/process-instance?processInstanceIds=" + jansCase.getId(),
        JsonNode.class)).isEmpty();
    assertThat(fatima.getForObject("/engine-rest/history/process-instance?processInstanceId=" + jansCase.getId(),
        JsonNode.class)).isEmpty();
  }

  private ProcessInstance startCase(String leader) {
    return runtimeService.startProcessInstanceByKey(TestModels.ASSIGNMENT,
        Map.of("leader", leader, "caseDescription", "Eerste versie van " + leader));
  }

  // --- notifications ----------------------------------------------------------------------------

  @Test
  void aNotificationReachesTheSmtpServerExactlyOnceWithEscapedText() throws Exception {
    ProcessInstance instance = startNotification("<b>het groepsgesprek</b>");
    executeAllJobs(instance);

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
    MimeMessage[] mails = smtp.getReceivedMessages();
    assertThat(mails).hasSize(1);
    assertThat(mails[0].getSubject()).isEqualTo("Testbericht voor Fatima El Amrani");
    assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo("fatima@example.org");
    String body = GreenMailUtil.getBody(mails[0]);
    assertThat(body).contains("&lt;b&gt;het groepsgesprek&lt;/b&gt;").doesNotContain("<b>het");
  }

  @Test
  void aJobRetriedAfterTheMailLeftDoesNotSendItAgain() throws Exception {
    ProcessInstance instance = startNotification("een herhaalde poging");
    Job job = onlyJob(instance);
    failAfterSend.arm();

    assertThat(tryExecute(job)).as("first attempt fails after sending").isFalse();
    assertThat(smtp.getReceivedMessages()).hasSize(1);
    assertThat(managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isEqualTo(4);

    executeAllJobs(instance);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(smtp.getReceivedMessages()).as("no second mail after the retry").hasSize(1);
  }

  @Test
  void anSmtpOutageEndsInAnIncidentAndTheRetryAfterwardsSendsExactlyOneMail() throws Exception {
    smtp.stop();
    ProcessInstance instance = startNotification("een storing");
    Job job = onlyJob(instance);
    int attempts = 0;
    while (managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries() > 0) {
      assertThat(tryExecute(job)).isFalse();
      attempts++;
    }
    assertThat(attempts).as("R5 retry cycle").isEqualTo(5);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);
    assertThat(managementService.createJobQuery().jobId(job.getId()).singleResult().getDuedate())
        .as("retries are spaced, not immediate").isNotNull();

    smtp.start();
    managementService.setJobRetries(job.getId(), 1); // what "Retry" in Cockpit does
    assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
    executeAllJobs(instance);

    assertThat(smtp.getReceivedMessages()).hasSize(1);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  private ProcessInstance startNotification(String subject) {
    return runtimeService.startProcessInstanceByKey(TestModels.NOTIFICATION,
        Map.of("recipients", "fatima", "subjectText", subject));
  }

  private Job onlyJob(ProcessInstance instance) {
    return managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
  }

  private boolean tryExecute(Job job) {
    try {
      managementService.executeJob(job.getId());
      return true;
    } catch (RuntimeException expected) {
      return false;
    }
  }

  private void executeAllJobs(ProcessInstance instance) {
    Job job;
    while ((job = managementService.createJobQuery().processInstanceId(instance.getId()).singleResult()) != null) {
      managementService.executeJob(job.getId());
    }
  }

  // --- server-side form validation --------------------------------------------------------------

  @Test
  void aStartFormWithoutItsRequiredFieldIsRefusedNamingTheField() {
    TestRestTemplate demo = rest.withBasicAuth("demo", "demo");
    String url = "/engine-rest/process-definition/key/" + TestModels.ASSIGNMENT + "/submit-form";

    ResponseEntity<JsonNode> missing = demo.postForEntity(url, Map.of("variables", Map.of()), JsonNode.class);
    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(missing.getBody().path("message").asText()).isEqualTo("Ongeldige invoer: 'Leidinggevende' is verplicht");
    assertThat(missing.getBody().path("errors").get(0).path("field").asText()).isEqualTo("leader");

    ResponseEntity<JsonNode> malformed = demo.postForEntity(url,
        Map.of("variables", Map.of("leader", Map.of("value", "Fatima!", "type", "String"))), JsonNode.class);
    assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(malformed.getBody().path("errors").get(0).path("field").asText()).isEqualTo("leader");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(TestModels.ASSIGNMENT).count()).isZero();

    ResponseEntity<JsonNode> valid = demo.postForEntity(url,
        Map.of("variables", Map.of("leader", Map.of("value", "fatima", "type", "String"))), JsonNode.class);
    assertThat(valid.getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void tasklistsOwnApiIsGuardedTooForTheLoggedInUser() throws Exception {
    TasklistSession demo = TasklistSession.login(port, "demo", "demo");

    HttpResponse<String> refused = demo.send("POST", "/camunda/api/engine/engine/default/process-definition/key/"
        + TestModels.ASSIGNMENT + "/submit-form",
        "{\"variables\":{\"leader\":{\"value\":\"<img src=x>\",\"type\":\"String\"}}}", "application/json");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("'Leidinggevende' mag geen HTML of script bevatten");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(TestModels.ASSIGNMENT).count()).isZero();
  }

  @Test
  void aTaskFormWithoutItsRequiredFieldIsRefusedAndTheTaskKeepsItsData() {
    ProcessInstance instance = startCase("fatima");
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    TestRestTemplate fatima = rest.withBasicAuth("fatima", "demo");
    String url = "/engine-rest/task/" + task.getId() + "/submit-form";

    ResponseEntity<JsonNode> refused = fatima.postForEntity(url, Map.of("variables", Map.of(
        "caseDescription", Map.of("value", "Tweede versie", "type", "String"),
        "rating", Map.of("value", 11, "type", "Integer"))), JsonNode.class);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().path("message").asText())
        .contains("'Kernvraag' is verplicht")
        .contains("'Cijfer' mag hoogstens 10 zijn");
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("task stays open").isEqualTo(1);
    assertThat(runtimeService.getVariable(instance.getId(), "caseDescription")).isEqualTo("Eerste versie van fatima");
    assertThat(runtimeService.getVariable(instance.getId(), "rating")).isNull();

    ResponseEntity<String> accepted = fatima.postForEntity(url, Map.of("variables", Map.of(
        "caseDescription", Map.of("value", "Tweede versie", "type", "String"),
        "coreQuestion", Map.of("value", "Hoe voer ik een inclusief gesprek?", "type", "String"),
        "rating", Map.of("value", 8, "type", "Integer"))), String.class);
    assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
        .singleResult().getState()).isEqualTo("COMPLETED");
  }
}

package nl.amsterdam.inclusion.panel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.amsterdam.inclusion.identity.PersonalData;
import nl.amsterdam.inclusion.support.TasklistSession;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The growth panel's documents keep the conversation's confidentiality on every path: the engine's REST API (variable
 * data, variable instances, history variable instances and details), Tasklist's API and the documents page. Who is
 * neither the directorate, the panel, the moderator nor Bureau I&D at its check reads no byte and replaces nothing; a
 * bad file from the directorate itself is refused at its field with the stored document unchanged.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=false", "inclusion.demo.enabled=true", "inclusion.demo.password=demo"})
class PlanDocumentAccessIntegrationTest extends PanelTestCase {

  /** What no outsider may see: a marker inside the document and its name. */
  private static final String SECRET = "VERTROUWELIJK-ACTIEPLAN-WPI";
  private static final byte[] DOCUMENT = ("%PDF-1.7\n% " + SECRET + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
  private static final String NAME = "geheim-actieplan.pdf";

  @LocalServerPort int port;
  @Autowired PersonalData personalData;

  private final HttpClient http = HttpClient.newHttpClient();
  private final Map<String, HttpClient> sessions = new HashMap<>();

  private ProcessInstance conversationWithPlan() throws Exception {
    ProcessInstance conversation = runtimeService.startProcessInstanceByKey(PanelProcess.CONVERSATION,
        Map.of("roundNumber", 3, "directorateGroup", "directorate-wpi", "secondTime", false));
    runAsyncJobs();
    Task plan = task(conversation, PanelProcess.TASK_SUBMIT_ACTION_PLAN);
    // the directorate's lead hands it in straight over the engine's REST API: the engine's rule takes it
    HttpResponse<String> upload = multipart("ayse", "/engine-rest/task/" + plan.getId() + "/variables/"
        + PanelProcess.ACTION_PLAN_DOCUMENT + "/data", NAME, DOCUMENT);
    assertThat(upload.statusCode()).as(upload.body()).isEqualTo(204);
    assertThat(stored(conversation)).isEqualTo(DOCUMENT);
    return conversation;
  }

  @Test
  void anOutsiderReadsNoByteOfTheDocumentsOnAnyPath() throws Exception {
    ProcessInstance conversation = conversationWithPlan();
    String pid = conversation.getId();
    Task plan = task(conversation, PanelProcess.TASK_SUBMIT_ACTION_PLAN);
    String variable = runtimeService.createVariableInstanceQuery().processInstanceIdIn(pid)
        .variableName(PanelProcess.ACTION_PLAN_DOCUMENT).singleResult().getId();
    String historic = historyService.createHistoricVariableInstanceQuery().processInstanceId(pid)
        .variableName(PanelProcess.ACTION_PLAN_DOCUMENT).singleResult().getId();
    String detail = historyService.createHistoricDetailQuery().processInstanceId(pid).variableInstanceId(historic).list()
        .get(0).getId();
    String name = PanelProcess.ACTION_PLAN_DOCUMENT;
    List<String> reads = List.of(
        "/process-instance/" + pid + "/variables/" + name + "/data",
        "/process-instance/" + pid + "/variables/" + name + "?deserializeValue=false",
        "/process-instance/" + pid + "/variables",
        "/execution/" + pid + "/localVariables/" + name + "/data",
        "/task/" + plan.getId() + "/variables/" + name + "/data",
        "/task/" + plan.getId() + "/variables",
        "/task/" + plan.getId() + "/form-variables",
        "/variable-instance/" + variable + "/data",
        "/variable-instance?variableName=" + name,
        "/history/variable-instance/" + historic + "/data",
        "/history/variable-instance?variableName=" + name,
        "/history/detail/" + detail + "/data",
        "/history/detail?variableName=" + name);
    // another directorate's lead, a leader, Bureau I&D before its check
    for (String outsider : List.of("marloes", "fatima", "mila")) {
      for (String api : List.of("/engine-rest", "tasklist:/camunda/api/engine/engine/default")) {
        for (String read : reads) {
          HttpResponse<String> answer = get(outsider, api + read);
          assertThat(answer.body()).as(outsider + " " + api + read).doesNotContain(SECRET).doesNotContain(NAME);
          if (read.contains("/data")) {
            assertThat(answer.statusCode()).as(outsider + " " + read).isBetween(400, 499);
          }
        }
      }
      HttpResponse<String> page = get(outsider, "tasklist:/groeipanel-documenten/conversations/" + pid + "/documents/" + name);
      assertThat(page.statusCode()).as(outsider + " on the page").isEqualTo(404);
      assertThat(page.body()).doesNotContain(SECRET);
      assertThat(get(outsider, "tasklist:/groeipanel-documenten/conversations").body()).doesNotContain(pid).doesNotContain(NAME);
    }
    assertThat(get("nobody", "/groeipanel-documenten/conversations/" + pid + "/documents/" + name).statusCode())
        .as("without a login").isEqualTo(401);

    // the directorate, the panel and the moderator open it on the page; Bureau I&D once its check is there
    for (String reader : List.of("ayse", "karin", "lotte")) {
      HttpResponse<byte[]> download = download(reader, pid, name);
      assertThat(download.statusCode()).as(reader).isEqualTo(200);
      assertThat(download.body()).isEqualTo(DOCUMENT);
      assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment").contains(NAME);
      assertThat(download.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
    }
    handInPlanDocuments(plan);
    submitAs("ayse", plan, Map.of("actionPlan", "Doelen.", "directoratePlan", "Directieplan 2026"));
    assertThat(download("mila", pid, name).statusCode()).as("Bureau I&D at its check").isEqualTo(200);
    assertThat(get("karin", "tasklist:/groeipanel-documenten/conversations").body()).contains(pid).contains("actieplan.pdf");
  }

  @Test
  void noOneButTheDirectorateReplacesTheDocumentsAndABadFileChangesNothing() throws Exception {
    ProcessInstance conversation = conversationWithPlan();
    String pid = conversation.getId();
    Task plan = task(conversation, PanelProcess.TASK_SUBMIT_ACTION_PLAN);
    String name = PanelProcess.ACTION_PLAN_DOCUMENT;
    byte[] forged = ("%PDF-1.7\n% vervalst\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    Map<String, Object> before = runtimeService.getVariables(pid);

    for (String outsider : List.of("marloes", "karin", "lotte", "mila", "fatima")) {
      for (String path : List.of("/engine-rest/task/" + plan.getId() + "/variables/" + name + "/data",
          "/engine-rest/task/" + plan.getId() + "/localVariables/" + name + "/data",
          "/engine-rest/process-instance/" + pid + "/variables/" + name + "/data",
          "/engine-rest/execution/" + pid + "/localVariables/" + name + "/data")) {
        assertThat(multipart(outsider, path, "vervalst.pdf", forged).statusCode()).as(outsider + " " + path).isBetween(400, 499);
        assertThat(stored(conversation)).as(outsider + " " + path).isEqualTo(DOCUMENT);
      }
      assertThat(pageUpload(outsider, plan.getId(), name, "vervalst.pdf", forged).statusCode()).as(outsider).isBetween(400, 499);
      assertThat(stored(conversation)).isEqualTo(DOCUMENT);
    }
    // the lead's own writes beside the step: on the case itself, or as something else than a file
    assertThat(multipart("ayse", "/engine-rest/process-instance/" + pid + "/variables/" + name + "/data", "p.pdf", forged)
        .statusCode()).isBetween(400, 499);
    assertThat(json("ayse", "PUT", "/engine-rest/task/" + plan.getId() + "/variables/" + name,
        "{\"value\":\"https://example.org/plan.pdf\",\"type\":\"String\"}").statusCode()).isEqualTo(400);

    assertThat(http.send(HttpRequest.newBuilder(uri("/engine-rest/task/" + plan.getId() + "/variables/" + name + "/data"))
        .header("Authorization", basic("ayse")).header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body("data", "p.pdf", forged, false))).build(),
        HttpResponse.BodyHandlers.ofString()).body()).as("bytes, not a file").contains(PlanDocumentRule.NOT_A_FILE);

    // a bad file from the lead: refused at its field, in Dutch, with nothing stored
    byte[] program = {0x4D, 0x5A, (byte) 0x90, 0x00, 0x03, 0x00};
    HttpResponse<String> rest = multipart("ayse", "/engine-rest/task/" + plan.getId() + "/variables/" + name + "/data",
        "actieplan.pdf", program);
    assertThat(rest.statusCode()).isEqualTo(400);
    assertThat(rest.body()).contains(PlanDocuments.WRONG_TYPE);
    HttpResponse<String> page = pageUpload("ayse", plan.getId(), name, "actieplan.pdf", program);
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("\"field\":\"actionPlanDocumentName\"").contains(PlanDocuments.WRONG_TYPE);
    assertThat(pageUpload("ayse", plan.getId(), name, "leeg.pdf", new byte[0]).body()).contains(PlanDocuments.EMPTY);

    assertThat(stored(conversation)).isEqualTo(DOCUMENT);
    assertThat(runtimeService.getVariables(pid).keySet()).isEqualTo(before.keySet());
    assertThat(runtimeService.getVariable(pid, "actionPlanDocumentName")).isEqualTo(NAME + " (1 kB)");

    // and the lead replaces it on the page
    HttpResponse<String> replaced = pageUpload("ayse", plan.getId(), name, "actieplan-v2.pdf", forged);
    assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
    assertThat(stored(conversation)).isEqualTo(forged);
    assertThat(runtimeService.getVariable(pid, "actionPlanDocumentName")).isEqualTo("actieplan-v2.pdf (1 kB)");
  }

  @Test
  void thePrivacyExportNamesWhoHandedInTheDocumentsAndTheErasureForgetsItWhileTheDocumentsStay() throws Exception {
    testLeader("lead-wpi-privacy", "Lotte", "Vermeulen");
    identityService.createMembership("lead-wpi-privacy", "directorate-wpi");
    ProcessInstance conversation = runtimeService.startProcessInstanceByKey(PanelProcess.CONVERSATION,
        Map.of("roundNumber", 3, "directorateGroup", "directorate-wpi", "secondTime", false));
    runAsyncJobs();
    Task plan = task(conversation, PanelProcess.TASK_SUBMIT_ACTION_PLAN);
    asUser("lead-wpi-privacy", () -> taskService.setVariable(plan.getId(), PanelProcess.ACTION_PLAN_DOCUMENT,
        org.camunda.bpm.engine.variable.Variables.fileValue(NAME).file(DOCUMENT).create()));

    List<?> uploads = (List<?>) personalData.export("lead-wpi-privacy", "mila").get("documentUploads");
    assertThat(uploads).hasSize(1);
    assertThat(uploads.get(0).toString()).contains(conversation.getId()).contains(NAME);

    assertThat(personalData.erase("lead-wpi-privacy", "mila").erased()).isTrue();
    assertThat(historyService.createUserOperationLogQuery().userId("lead-wpi-privacy").count()).isZero();
    assertThat(stored(conversation)).as("the directorate's plan stays with its conversation").isEqualTo(DOCUMENT);
  }

  // ---------------------------------------------------------------------------------------------------------------

  private byte[] stored(ProcessInstance conversation) throws IOException {
    FileValue file = runtimeService.getVariableTyped(conversation.getId(), PanelProcess.ACTION_PLAN_DOCUMENT);
    try (InputStream in = file.getValue()) {
      return in.readAllBytes();
    }
  }

  private String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
  }

  /** A GET over /engine-rest (HTTP Basic) or, for paths starting with "tasklist:", with the user's Tasklist session. */
  private HttpResponse<String> get(String user, String path) throws Exception {
    if (path.startsWith("tasklist:")) {
      return session(user).send(HttpRequest.newBuilder(uri(path.substring("tasklist:".length())))
          .header("X-Requested-With", "XMLHttpRequest").build(), HttpResponse.BodyHandlers.ofString());
    }
    return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic(user)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<byte[]> download(String user, String pid, String variable) throws Exception {
    return session(user).send(HttpRequest.newBuilder(uri("/groeipanel-documenten/conversations/" + pid + "/documents/"
        + variable)).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpResponse<String> json(String user, String method, String path, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic(user))
        .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> multipart(String user, String path, String fileName, byte[] content) throws Exception {
    return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic(user))
        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body("data", fileName, content, true))).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> pageUpload(String user, String taskId, String variable, String fileName, byte[] content)
      throws Exception {
    return session(user).send(HttpRequest.newBuilder(uri("/groeipanel-documenten/tasks/" + taskId + "/documents/" + variable))
        .header("X-Requested-With", "XMLHttpRequest").header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body("file", fileName, content, false))).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static final String BOUNDARY = "plan-boundary";

  /** A multipart body with the file; for the engine's REST API with its type "File" (without it, REST stores bytes). */
  private static byte[] body(String part, String fileName, byte[] content, boolean asFile) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if (asFile) {
      body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"valueType\"\r\n\r\nFile\r\n")
          .getBytes(StandardCharsets.UTF_8));
    }
    body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\"" + fileName
        + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.write(content);
    body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return body.toByteArray();
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  /** Logs in to Tasklist as the browser does; the documents page then runs with that login. */
  private HttpClient session(String user) {
    return sessions.computeIfAbsent(user, id -> TasklistSession.login(port, id, "demo").client());
  }
}

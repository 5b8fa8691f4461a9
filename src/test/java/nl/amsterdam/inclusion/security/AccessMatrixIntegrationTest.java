package nl.amsterdam.inclusion.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import nl.amsterdam.inclusion.engine.CityTime;
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
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access model of the README as one table, checked over REST with each role's own login: per
 * role and kind of data, what is allowed and what is refused. A pilot case, a learning request and
 * a growth-panel conversation stand for the confidential cases.
 *
 * <p>Per case: T = sees its open task, I = sees the process instance, V = reads its variables,
 * H = sees its history; "-" = refused or invisible. Then the reports, the cost ledger and the
 * learning administration: R = may read, W = may write, "-" = refused (403).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=false", "inclusion.demo.enabled=true", "inclusion.demo.password=demo"})
class AccessMatrixIntegrationTest extends ProcessTestCase {

  /**
   * role (user) -> pilot case | learning request | an employee's learning request at her leader | panel conversation | pilot report | cost ledger | budgets | providers
   * | yearly progress report | register of the alderman's dialogues' main points | organisation-wide Leadershipfacts
   * report.
   */
  private static final Map<String, String> EXPECTED = table(
      "leader, owner of the cases (fatima)    | T--- | ---- | T--- | ---- | - | - | - | R | - | - | -",
      "another leader (jan)                   | ---- | ---- | ---- | ---- | - | - | - | R | - | - | -",
      "pilot coach (anouk)                    | ---- | ---- | ---- | ---- | - | - | - | R | - | - | -",
      "Bureau I&D (mila)                      | TIVH | TIVH | TIVH | ---- | R | R | R | R | R | R | R",
      "directorate lead, WPI (ayse)           | ---- | ---- | ---- | T--- | - | - | - | R | - | - | -",
      "directorate lead, other (pieter)       | ---- | ---- | ---- | ---- | - | - | - | R | - | - | -",
      "growth panel (karin)                   | ---- | ---- | ---- | TIVH | - | - | - | R | - | - | -",
      "panel moderator (lotte)                | ---- | ---- | ---- | TIVH | - | - | - | R | - | - | -",
      "account manager, same cluster (ingrid) | ---- | T--- | ---- | ---- | - | - | R | R | - | - | -",
      "account manager, other cluster (kees)  | ---- | ---- | ---- | ---- | - | - | R | R | - | - | -",
      "learning advisor (noor)                | ---- | ---- | ---- | ---- | - | - | - | R | - | - | -",
      "alderman's office (sophie)             | ---- | ---- | ---- | ---- | - | - | - | R | - | R | -",
      "employee who asked (femke)             | ---- | ---- | ---- | ---- | - | - | - | R | - | - | -",
      "administrator (demo)                   | TIVH | TIVH | TIVH | TIVH | R | R | R | W | R | R | R");

  @Autowired TestRestTemplate rest;

  @Test
  void everyRoleSeesExactlyWhatTheAccessModelAllows() {
    ProcessInstance cohort = startAs("mila", PilotProcess.COHORT, Map.of(
        "cohortName", "Cohort matrix", "signUpDeadline", java.time.LocalDate.now().plusDays(14).toString(),
        "targetGroupSize", 6));
    ProcessInstance pilotCase = startAs("fatima", PilotProcess.PARTICIPANT, CaseForms.pilotSignUp("fatima", "Fatima El Amrani", "Sociaal Domein"));
    submit(pilotCase, PilotProcess.TASK_REVIEW_SIGN_UP, Map.of("signUpDecision", "accept"));
    ProcessInstance learningRequest = startAs("fatima", LearningProcess.REQUEST, CaseForms.learningRequest("Fatima El Amrani", "fatima@example.org", "sociaal", "maatwerk"));
    ProcessInstance employeeRequest = startAs("femke", LearningProcess.REQUEST,
        CaseForms.learningRequest("Femke Jacobs", "femke@example.org", "sociaal", "open-aanbod"));
    ProcessInstance conversation = runtimeService.startProcessInstanceByKey(PanelProcess.CONVERSATION,
        Map.of("roundNumber", 7, "directorateGroup", "directorate-wpi", "secondTime", false));
    runAsyncJobs();

    Map<String, String> actual = new LinkedHashMap<>();
    EXPECTED.keySet().forEach(role -> {
      String user = role.substring(role.lastIndexOf('(') + 1, role.lastIndexOf(')'));
      actual.put(role, String.join(" | ", caseAccess(user, pilotCase), caseAccess(user, learningRequest),
          caseAccess(user, employeeRequest), caseAccess(user, conversation),
          readable(user, "/api/pilot/cohorts/" + cohort.getId() + "/report"),
          readable(user, "/api/leadershipfacts/costs"),
          readable(user, "/api/learning/budgets"),
          providers(user),
          readable(user, "/api/reports/progress/" + CityTime.today().getYear()),
          readable(user, "/api/dialogue/main-points"),
          readable(user, "/api/reports/leadershipfacts")));
    });

    String printed = actual.entrySet().stream().map(row -> String.format("%-40s | %s", row.getKey(), row.getValue()))
        .collect(Collectors.joining("\n"));
    System.out.println("SECURITY access matrix (" + actual.size() + " roles x 11 kinds of data, "
        + actual.size() * 26 + " REST checks):\n" + printed);
    assertThat(actual).isEqualTo(EXPECTED);
  }

  @Test
  void withoutLoginEverythingIsRefused() {
    for (String url : List.of("/engine-rest/task", "/engine-rest/process-instance", "/engine-rest/history/process-instance",
        "/api/learning/catalogue", "/api/learning/budgets", "/api/leadershipfacts/costs", "/api/panel/themes",
        "/api/reports/progress/" + CityTime.today().getYear(), "/api/dialogue/main-points",
        "/api/reports/leadershipfacts")) {
      assertThat(rest.getForEntity(url, String.class).getStatusCode()).as(url).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
    // a user of its own: a failed login delays that user's next attempt
    assertThat(rest.withBasicAuth("sanne", "wrong").getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  /**
   * Access to a case: its tasks wherever they are (a learning request's review is in the custom work it called), and
   * its instance, variables and history, which the cases it called must show alike (where they differ, both are shown).
   */
  private String caseAccess(String user, ProcessInstance instance) {
    TestRestTemplate as = rest.withBasicAuth(user, "demo");
    List<String> ids = caseAndCalled(instance);
    boolean task = ids.stream().anyMatch(id -> as.getForObject("/engine-rest/task?processInstanceId=" + id,
        JsonNode.class).size() > 0);
    return (task ? "T" : "-") + ids.stream().map(id -> reads(as, id)).distinct().collect(Collectors.joining("/"));
  }

  private static String reads(TestRestTemplate as, String id) {
    boolean seen = as.getForObject("/engine-rest/process-instance?processInstanceIds=" + id, JsonNode.class).size() > 0;
    boolean variables = as.getForEntity("/engine-rest/process-instance/" + id + "/variables", String.class)
        .getStatusCode().is2xxSuccessful();
    boolean history = as.getForObject("/engine-rest/history/process-instance?processInstanceId=" + id, JsonNode.class)
        .size() > 0;
    return (seen ? "I" : "-") + (variables ? "V" : "-") + (history ? "H" : "-");
  }

  private String readable(String user, String url) {
    HttpStatus status = HttpStatus.valueOf(rest.withBasicAuth(user, "demo").getForEntity(url, String.class)
        .getStatusCode().value());
    // the report of a cohort that has none yet is a 404 to those who may read it
    return status == HttpStatus.FORBIDDEN || status == HttpStatus.UNAUTHORIZED ? "-" : "R";
  }

  private String providers(String user) {
    HttpEntity<Map<String, Object>> provider = new HttpEntity<>(Map.of("name", "Bureau Matrix", "evidenceStatus", "NONE"));
    boolean writes = rest.withBasicAuth(user, "demo")
        .exchange("/api/learning/providers/matrix-" + user, HttpMethod.PUT, provider, String.class)
        .getStatusCode().is2xxSuccessful();
    return writes ? "W" : readable(user, "/api/learning/providers");
  }

  private static Map<String, String> table(String... rows) {
    Map<String, String> table = new LinkedHashMap<>();
    for (String row : rows) {
      int split = row.indexOf('|');
      table.put(row.substring(0, split).trim(), row.substring(split + 1).trim().replaceAll("\\s*\\|\\s*", " | "));
    }
    return table;
  }
}

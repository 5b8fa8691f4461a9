package nl.amsterdam.inclusion.leadershipfacts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import nl.amsterdam.inclusion.form.FormValidationException;
import nl.amsterdam.inclusion.support.ProcessTestCase;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The organisation-wide Leadershipfacts report over real trajectories: three leaders of Stadsdeel Oost measured twice,
 * three of Stadsdeel West who only chose their development points (one of them offered it by the pilot, whose
 * directorate the trajectory took over), read by Bureau I&D; leaders and coaches are refused and get no figure.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=false", "inclusion.demo.enabled=true", "inclusion.demo.password=demo"})
class LeadershipfactsOrganisationReportIntegrationTest extends ProcessTestCase {

  private static final String URL = "/api/reports/leadershipfacts";

  @Autowired TestRestTemplate rest;
  @Autowired Trajectories trajectories;

  /** The report reads all history: only this test's trajectories are in it. */
  @BeforeEach
  void noEarlierTrajectories() {
    runtimeService.createProcessInstanceQuery().rootProcessInstances().list()
        .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test set-up"));
    List<String> ids = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(LeadershipfactsProcess.TRAJECTORY).list().stream().map(HistoricProcessInstance::getId)
        .toList();
    if (!ids.isEmpty()) {
      historyService.deleteHistoricProcessInstances(ids);
    }
  }

  private ProcessInstance start(String leader, String directorate, List<String> developmentPoints) {
    ProcessInstance trajectory = startAs(leader, LeadershipfactsProcess.TRAJECTORY, Map.of("directorate", directorate));
    runAsyncJobs();
    submitAs(leader, task(trajectory, LeadershipfactsProcess.TASK_CHOOSE_DEVELOPMENT_POINTS),
        Map.of("developmentPoints", developmentPoints));
    return trajectory;
  }

  private static Map<String, Object> scores(String prefix, int score) {
    Map<String, Object> values = new HashMap<>();
    Behaviour.all().forEach(behaviour -> values.put(prefix + behaviour.id(), score));
    return values;
  }

  /** The leader rates herself {@code self} on every behaviour, three colleagues rate her {@code others}. */
  private void measure(ProcessInstance trajectory, String leader, int self, int others) {
    ProcessInstance measurement = runtimeService.createProcessInstanceQuery().superProcessInstanceId(trajectory.getId())
        .singleResult();
    Map<String, Object> rateSelf = scores("self_", self);
    List<String> raters = List.of("fatima", "sanne", "hamza");
    rateSelf.put("raters", raters);
    submitAs(leader, task(measurement, "Task_RateSelf"), rateSelf);
    for (String rater : raters) {
      Map<String, Object> rating = scores("rating_", others);
      rating.put("raterDecision", "rate");
      submitAs(rater, taskService.createTaskQuery().processInstanceId(measurement.getId()).taskAssignee(rater)
          .singleResult(), rating);
    }
  }

  private void complete(String leader, List<String> points, int self1, int others1, int self2, int others2) {
    ProcessInstance trajectory = start(leader, "Stadsdeel Oost", points);
    measure(trajectory, leader, self1, others1);
    submitAs("anouk", task(trajectory, LeadershipfactsProcess.TASK_FIRST_CONSULT),
        Map.of("consultAgreements", "Elke week een open rondje."));
    fireTimer(trajectory, "Timer_SecondMeasurementDue");
    measure(trajectory, leader, self2, others2);
    submitAs("anouk", task(trajectory, LeadershipfactsProcess.TASK_SECOND_CONSULT),
        Map.of("consultRecommendations", "Blijf vragen om feedback."));
    submitAs(leader, task(trajectory, LeadershipfactsProcess.TASK_READ_FINAL_REPORT), Map.of());
  }

  @Test
  void bureauIdReadsTheFiguresPerDirectorateAndLeadersAndCoachesGetNothing() {
    complete("jan", List.of("luisteren", "ongemak"), 4, 3, 4, 4);
    complete("kevin", List.of("luisteren"), 5, 2, 4, 3);
    complete("thomas", List.of("ingrijpen"), 3, 3, 4, 5);
    start("priya", "Stadsdeel West", List.of("veiligheid"));
    start("lisa", "Stadsdeel West", List.of("veiligheid", "luisteren"));
    // offered by the pilot: the directorate comes from the pilot sign-up as typed there, matched to the directorate
    assertThat(trajectories.offerFromPilot("pilot-case-mohamed", "mohamed", "Mohamed Yilmaz", "mohamed@example.org",
        "stadsdeel west")).isTrue();
    runAsyncJobs();
    ProcessInstance offered = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(LeadershipfactsProcess.TRAJECTORY).variableValueEquals("leaderId", "mohamed").singleResult();
    assertThat(runtimeService.getVariable(offered.getId(), "directorate")).isEqualTo("Stadsdeel West");
    submitAs("mohamed", task(offered, LeadershipfactsProcess.TASK_CONFIRM_TRAJECTORY),
        Map.of("trajectoryConfirmation", "confirm"));
    submitAs("mila", task(offered, LeadershipfactsProcess.TASK_APPROVE_COST), Map.of("costDecision", "approve"));
    submitAs("mohamed", task(offered, LeadershipfactsProcess.TASK_CHOOSE_DEVELOPMENT_POINTS),
        Map.of("developmentPoints", List.of("veiligheid")));
    // an offer declined is no trajectory
    trajectories.offerFromPilot("pilot-case-eva", "eva", "Eva Jansen", "eva@example.org", "Stadsdeel Oost");
    runAsyncJobs();
    ProcessInstance declined = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(LeadershipfactsProcess.TRAJECTORY).variableValueEquals("leaderId", "eva").singleResult();
    submitAs("eva", task(declined, LeadershipfactsProcess.TASK_CONFIRM_TRAJECTORY),
        Map.of("trajectoryConfirmation", "decline"));

    JsonNode report = rest.withBasicAuth("mila", "demo").getForObject(URL, JsonNode.class);

    JsonNode organisation = report.path("organisation");
    assertThat(organisation.path("leaders").path("value").asInt()).isEqualTo(6);
    assertThat(organisation.path("trajectoriesStarted").path("value").asInt()).isEqualTo(6);
    assertThat(organisation.path("trajectoriesCompleted").path("value").asInt()).isEqualTo(3);
    assertThat(organisation.path("mostChosenDevelopmentPoints").get(0).path("label").asText())
        .isEqualTo("Luistert naar alle perspectieven"); // jan, kevin, lisa
    assertThat(organisation.path("mostChosenDevelopmentPoints").get(0).path("value").asInt()).isEqualTo(3);
    JsonNode directorates = report.path("directorates");
    assertThat(directorates).hasSize(2);
    JsonNode oost = directorates.get(0);
    assertThat(oost.path("name").asText()).isEqualTo("Stadsdeel Oost");
    assertThat(oost.path("trajectoriesCompleted").path("value").asInt()).isEqualTo(3);
    JsonNode listening = oost.path("behaviours").get(0);
    assertThat(listening.path("behaviour").asText()).isEqualTo("luisteren");
    assertThat(listening.path("selfFirst").asDouble()).isEqualTo(4.0);
    assertThat(listening.path("othersFirst").asDouble()).isEqualTo(2.67);
    assertThat(listening.path("othersSecond").asDouble()).isEqualTo(4.0);
    assertThat(listening.path("othersChange").asDouble()).isEqualTo(1.33);
    assertThat(listening.path("chosenAsDevelopmentPoint").path("text").asText()).isEqualTo("minder dan 3");
    JsonNode west = directorates.get(1);
    assertThat(west.path("name").asText()).isEqualTo("Stadsdeel West");
    assertThat(west.path("trajectoriesStarted").path("value").asInt()).isEqualTo(3);
    assertThat(west.path("trajectoriesCompleted").path("value").asInt()).isZero();
    assertThat(west.path("behaviours").get(0).path("selfFirst").isNull()).as("nobody measured yet").isTrue();
    assertThat(west.path("mostChosenDevelopmentPoints").get(0).path("label").asText())
        .isEqualTo("Bevordert sociale veiligheid in het team");
    assertThat(report.toString()).as("no leader, rater or case in it")
        .doesNotContain("jan").doesNotContain("kevin").doesNotContain("thomas").doesNotContain("mohamed")
        .doesNotContain("fatima").doesNotContain("Vries");

    // attack: leaders, a coach and a rater get 403 and no figure; without a login 401
    for (String user : List.of("jan", "fatima", "anouk", "ayse", "sophie")) {
      ResponseEntity<String> refused = rest.withBasicAuth(user, "demo").getForEntity(URL, String.class);
      assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(String.valueOf(refused.getBody())).as(user).doesNotContain("Stadsdeel").doesNotContain("selfFirst")
          .doesNotContain("Leidinggevenden");
    }
    assertThat(rest.getForEntity(URL, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("demo", "demo").getForEntity(URL, String.class).getStatusCode())
        .as("administrators").isEqualTo(HttpStatus.OK);
  }

  @Test
  void theDirectorateIsChosenFromTheDirectoratesAtTheStartAndTheLeaderCannotChangeItLater() {
    long before = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(LeadershipfactsProcess.TRAJECTORY).count();
    assertThatThrownBy(() -> startAs("jan", LeadershipfactsProcess.TRAJECTORY, Map.of()))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("'Directie' is verplicht");
    assertThatThrownBy(() -> startAs("jan", LeadershipfactsProcess.TRAJECTORY, Map.of("directorate", "Mijn eigen team")))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("'Directie'");
    assertThat(historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(LeadershipfactsProcess.TRAJECTORY).count()).as("nothing started").isEqualTo(before);

    ProcessInstance trajectory = startAs("jan", LeadershipfactsProcess.TRAJECTORY, Map.of("directorate", "Stadsdeel Oost"));
    Task choose = task(trajectory, LeadershipfactsProcess.TASK_CHOOSE_DEVELOPMENT_POINTS);
    // through the task's form
    assertThatThrownBy(() -> submitAs("jan", choose, Map.of("developmentPoints", List.of("luisteren"),
        "directorate", "Stadsdeel West"))).isInstanceOf(FormValidationException.class);
    // and straight at the engine's REST API
    ResponseEntity<String> write = rest.withBasicAuth("jan", "demo").exchange("/engine-rest/task/" + choose.getId()
        + "/variables/directorate", HttpMethod.PUT, new HttpEntity<>(Map.of("value", "Stadsdeel West", "type", "String")),
        String.class);
    assertThat(write.getStatusCode().is2xxSuccessful()).isFalse();
    ResponseEntity<String> writeCase = rest.withBasicAuth("jan", "demo").exchange("/engine-rest/process-instance/"
        + trajectory.getId() + "/variables/directorate", HttpMethod.PUT,
        new HttpEntity<>(Map.of("value", "Stadsdeel West", "type", "String")), String.class);
    assertThat(writeCase.getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(runtimeService.getVariable(trajectory.getId(), "directorate")).isEqualTo("Stadsdeel Oost");
    assertThat(trajectory).isNotNull();
    assertThat(task(trajectory, LeadershipfactsProcess.TASK_CHOOSE_DEVELOPMENT_POINTS).getId()).isEqualTo(choose.getId());
  }
}

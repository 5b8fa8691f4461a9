package nl.amsterdam.inclusion.leadershipfacts;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import nl.amsterdam.inclusion.engine.CityTime;
import nl.amsterdam.inclusion.support.ProcessTestCase;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** The cost ledger is for Bureau I&D; a leader's trajectory stays out of other people's sight. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=false", "inclusion.demo.enabled=true", "inclusion.demo.password=demo"})
class LeadershipfactsCostIntegrationTest extends ProcessTestCase {

  @Autowired TestRestTemplate rest;

  @Test
  void bureauIdSeesTheCostsAndNobodyElseSeesTheTrajectory() {
    jdbc.update("DELETE FROM app_leadershipfacts_cost");
    // after the city's pilot year (2025) the pilot's offer too costs the normal price (PartnerPriceTest)
    ClockUtil.setCurrentTime(CityTime.at(LocalDate.of(2026, 3, 2), LocalTime.of(10, 0)));
    try {
      approvedFromThePilot();
    } finally {
      ClockUtil.reset();
    }
  }

  private void approvedFromThePilot() {
    String trajectory = runtimeService.startProcessInstanceByKey(LeadershipfactsProcess.TRAJECTORY, Map.of(
        "leaderId", "fatima", "leaderName", "Fatima El Amrani", "email", "fatima@example.org", "origin", "pilot")).getId();
    runAsyncJobs();
    // from the pilot the trajectory starts (and costs) once the leader confirms and Bureau I&D approves
    submitAs("fatima", taskService.createTaskQuery().processInstanceId(trajectory).singleResult(),
        Map.of("trajectoryConfirmation", "confirm"));
    submitAs("mila", taskService.createTaskQuery().processInstanceId(trajectory).singleResult(),
        Map.of("costDecision", "approve"));

    JsonNode costs = rest.withBasicAuth("mila", "demo").getForObject("/api/leadershipfacts/costs", JsonNode.class);
    assertThat(costs).hasSize(1);
    assertThat(costs.get(0).path("priceCategory").asText()).isEqualTo("normaal");
    assertThat(costs.get(0).path("amount").asDouble()).isEqualTo(2400.0);
    assertThat(rest.withBasicAuth("fatima", "demo").getForEntity("/api/leadershipfacts/costs", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    assertThat(rest.withBasicAuth("fatima", "demo").getForObject("/engine-rest/task?processInstanceId=" + trajectory,
        JsonNode.class)).as("the leader works on her own trajectory").hasSize(1);
    for (String other : new String[] {"jan", "mila", "anouk"}) {
      assertThat(rest.withBasicAuth(other, "demo").getForObject("/engine-rest/task?processInstanceId=" + trajectory,
          JsonNode.class)).as(other).isEmpty();
      assertThat(rest.withBasicAuth(other, "demo").getForEntity("/engine-rest/process-instance/" + trajectory
          + "/variables", String.class).getStatusCode().is2xxSuccessful()).as(other).isFalse();
    }
  }
}

package nl.amsterdam.inclusion.engine;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.amsterdam.inclusion.identity.Cluster;
import nl.amsterdam.inclusion.identity.Groups;
import nl.amsterdam.inclusion.support.ProcessTestCase;
import nl.amsterdam.inclusion.support.TasklistSession;
import nl.amsterdam.inclusion.support.TestModels;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tasklist's task list counts a large filter only up to the next hundred beyond the page (engine.CappedTaskCounts),
 * on H2 and on PostgreSQL, with the engine's authorization check unchanged: each user counts only the tasks they may
 * see, and every other way of counting stays exact.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=false", "inclusion.demo.enabled=true", "inclusion.demo.password=demo"})
class CappedTaskCountsIntegrationTest extends ProcessTestCase {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String HAL = "application/hal+json";
  /** Sociaal's account managers' tasks: more than the first cap of 100. */
  private static final int SOCIAAL_TASKS = 105;

  @LocalServerPort int port;

  private Filter filter;
  private Authorization everyoneReadsTheFilter;

  @BeforeEach
  void largeAndSmallWorkloadsInOneFilter() {
    TestModels.deploy(repositoryService);
    runtimeService.startProcessInstanceByKey(TestModels.MANY_TASKS,
        Map.of("tasks", SOCIAAL_TASKS, "group", Groups.accountManagersOf(Cluster.SOCIAAL)));
    runtimeService.startProcessInstanceByKey(TestModels.MANY_TASKS,
        Map.of("tasks", 3, "group", Groups.accountManagersOf(Cluster.BESTUUR)));
    FilterService filters = engine.getFilterService();
    filter = filters.saveFilter(filters.newTaskFilter("Alle nakijktaken")
        .setQuery(taskService.createTaskQuery().processDefinitionKey(TestModels.MANY_TASKS)));
    AuthorizationService authorizations = engine.getAuthorizationService();
    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
    grant.setResource(Resources.FILTER);
    grant.setResourceId(filter.getId());
    grant.addPermission(Permissions.READ);
    everyoneReadsTheFilter = authorizations.saveAuthorization(grant);
  }

  @AfterEach
  void removeTheFilter() {
    engine.getAuthorizationService().deleteAuthorization(everyoneReadsTheFilter.getId());
    engine.getFilterService().deleteFilter(filter.getId());
  }

  @Test
  void aLargeFilterCountsUpToTheNextHundredAndTheCapMovesOnWithThePage() throws IOException {
    TasklistSession ingrid = TasklistSession.login(port, "ingrid", "demo");

    JsonNode firstPage = taskList(ingrid, 0);
    assertThat(firstPage.get("count").asLong()).as("more than 100: Tasklist shows 100+").isEqualTo(101);
    assertThat(firstPage.path("_embedded").path("task")).hasSize(15);

    JsonNode lastPageBeforeTheCap = taskList(ingrid, 90);
    assertThat(lastPageBeforeTheCap.get("count").asLong()).as("the page reaches the cap: counted to 200, all found")
        .isEqualTo(SOCIAAL_TASKS);
    JsonNode lastPage = taskList(ingrid, 100);
    assertThat(lastPage.path("_embedded").path("task")).as("tasks beyond the first cap stay reachable")
        .hasSize(SOCIAAL_TASKS - 100);
    assertThat(lastPage.get("count").asLong()).as("told by the last page").isEqualTo(SOCIAAL_TASKS);
  }

  @Test
  void aPageBeyondTheEndStillGetsTheRealCount() throws IOException {
    JsonNode beyond = taskList(TasklistSession.login(port, "ingrid", "demo"), 300);
    assertThat(beyond.path("_embedded").path("task")).isEmpty();
    assertThat(beyond.get("count").asLong()).as("counted, not taken from the empty page").isEqualTo(SOCIAAL_TASKS);
  }

  /** The count query is saved, not merely right: a total the page told (here made up) is what the count answers. */
  @Test
  void aCountAfterAPageThatWasNotFullIsNotAskedOfTheDatabase() {
    try (CappedTaskCounts.Scope cap = CappedTaskCounts.countingUpTo(0, 15)) {
      CappedTaskCounts.pageListed(0, 15, 7);
      assertThat(asUserCount("ingrid")).isEqualTo(7);
      assertThat(asUser("ingrid", () -> engine.getFilterService().listPage(filter.getId(), 200, 15))).isEmpty();
      assertThat(asUserCount("ingrid")).as("an empty page past the end: counted, up to the cap").isEqualTo(101);
    }
  }

  @Test
  void eachUserCountsOnlyTheTasksTheyMaySee() throws IOException {
    assertThat(taskList(TasklistSession.login(port, "olaf", "demo"), 0).get("count").asLong())
        .as("Bestuur's account manager sees Bestuur's three").isEqualTo(3);
    assertThat(taskList(TasklistSession.login(port, "noor", "demo"), 0).get("count").asLong())
        .as("a learning advisor is no candidate for any of them").isZero();
  }

  @Test
  void countsOutsideTasklistsTaskListStayExact() throws IOException {
    TasklistSession ingrid = TasklistSession.login(port, "ingrid", "demo");
    assertThat(JSON.readTree(ingrid.send("GET", "/camunda/api/engine/engine/default/filter/" + filter.getId() + "/count",
        null, "application/json").body()).get("count").asLong()).isEqualTo(SOCIAAL_TASKS);
    assertThat(JSON.readTree(ingrid.send("GET", "/camunda/api/engine/engine/default/task/count"
        + "?processDefinitionKey=" + TestModels.MANY_TASKS, null, "application/json").body()).get("count").asLong())
        .isEqualTo(SOCIAAL_TASKS);
    assertThat(asUserCount("ingrid")).as("the Java API, as the application counts").isEqualTo(SOCIAAL_TASKS);
    assertThat(CappedTaskCounts.limit()).as("no cap left behind on this thread").isNull();
  }

  private JsonNode taskList(TasklistSession session, int firstResult) throws IOException {
    var response = session.send("POST", "/camunda/api/engine/engine/default/filter/" + filter.getId()
        + "/list?firstResult=" + firstResult + "&maxResults=15", "{}", HAL);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private long asUserCount(String user) {
    return asUser(user, () -> engine.getFilterService().count(filter.getId()));
  }
}

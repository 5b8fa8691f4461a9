package nl.amsterdam.inclusion;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.amsterdam.inclusion.engine.ModelDeployment;
import nl.amsterdam.inclusion.support.TestPostgres;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Production-like restarts: the real application, profiles "postgres" and "demo", started twice on
 * one PostgreSQL database. The second start must neither deploy new versions nor duplicate demo data.
 */
class RestartOnPostgresTest {

  @Test
  void aSecondStartOnTheSameDatabaseChangesNothing() {
    String url = TestPostgres.newDatabase("restart");

    Map<String, Long> first = countsAfterStart(url);
    Map<String, Long> second = countsAfterStart(url);

    assertThat(first.get("deployments")).isEqualTo(1);
    assertThat(first.get("forms")).isPositive();
    assertThat(first.get("users")).isPositive();
    assertThat(second).isEqualTo(first);
  }

  private static Map<String, Long> countsAfterStart(String url) {
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(InclusionApplication.class)
        .profiles("postgres", "demo")
        .properties(
            "DB_URL=" + url, "DB_USERNAME=postgres", "DB_PASSWORD=postgres",
            "PORT=0", "JOB_EXECUTION_ENABLED=false")
        .run()) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      String deploymentId = engine.getRepositoryService().createDeploymentQuery()
          .deploymentName(ModelDeployment.DEPLOYMENT_NAME).singleResult().getId();
      Map<String, Long> counts = new LinkedHashMap<>();
      counts.put("deployments", engine.getRepositoryService().createDeploymentQuery().count());
      counts.put("processDefinitions", engine.getRepositoryService().createProcessDefinitionQuery().count());
      counts.put("forms", engine.getRepositoryService().getDeploymentResourceNames(deploymentId).stream()
          .filter(name -> name.endsWith(".form")).count());
      counts.put("users", engine.getIdentityService().createUserQuery().count());
      counts.put("groups", engine.getIdentityService().createGroupQuery().count());
      counts.put("memberships", engine.getIdentityService().createUserQuery().list().stream()
          .mapToLong(u -> engine.getIdentityService().createGroupQuery().groupMember(u.getId()).count()).sum());
      counts.put("authorizations", engine.getAuthorizationService().createAuthorizationQuery().count());
      counts.put("filters", engine.getFilterService().createFilterQuery().count());
      return counts;
    }
  }
}

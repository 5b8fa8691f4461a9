package nl.amsterdam.inclusion.identity;

import java.util.List;
import java.util.Map;

import nl.amsterdam.inclusion.InclusionApplication;
import nl.amsterdam.inclusion.support.TestPostgres;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access model without the demo profile, as production starts: the real application with only the "postgres"
 * profile on an empty database has the role groups, the grants and the shared filters, and no users. A grant that
 * drifted from the model (added by hand, or a permission taken away) is put right at the next start.
 */
class AccessSetupOnPostgresTest {

  @Test
  void productionStartsWithTheAccessModelAndPutsItRightAtTheNextStart() {
    String url = TestPostgres.newDatabase("access");

    try (ConfigurableApplicationContext app = start(url)) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      assertThat(engine.getIdentityService().createUserQuery().count()).as("no demo users").isZero();
      assertThat(engine.getIdentityService().createGroupQuery().groupIdIn(Groups.ROLES.toArray(String[]::new)).count())
          .isEqualTo(Groups.ROLES.size());
      assertThat(engine.getFilterService().createFilterQuery().count()).isEqualTo(TaskFilters.ALL.size());
      assertThat(grants(engine.getAuthorizationService())).isEqualTo(AccessSetup.grants().size() + filterGrants());
      AuthorizationService authorizations = engine.getAuthorizationService();
      assertThat(authorizations.isUserAuthorized("anyone", List.of(Groups.LEADERS),
          ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, AccessModel.LEARNING_REQUEST)).isTrue();

      // drift: a grant the model does not name, and a permission taken from one it does
      Authorization stray = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      stray.setGroupId(Groups.LEADERS);
      stray.setResource(Resources.PROCESS_DEFINITION);
      stray.setResourceId(AccessModel.PILOT_COHORT);
      stray.addPermission(ProcessDefinitionPermissions.READ_INSTANCE);
      authorizations.saveAuthorization(stray);
      Authorization monitored = authorizations.createAuthorizationQuery().groupIdIn(Groups.ID_BUREAU)
          .resourceType(Resources.PROCESS_DEFINITION).resourceId(AccessModel.PILOT_PARTICIPANT).singleResult();
      monitored.removePermission(ProcessDefinitionPermissions.READ_HISTORY);
      authorizations.saveAuthorization(monitored);
    }

    try (ConfigurableApplicationContext app = start(url)) {
      AuthorizationService authorizations = app.getBean(ProcessEngine.class).getAuthorizationService();
      assertThat(authorizations.createAuthorizationQuery().groupIdIn(Groups.LEADERS)
          .resourceType(Resources.PROCESS_DEFINITION).resourceId(AccessModel.PILOT_COHORT).count())
          .as("the stray grant is gone").isZero();
      assertThat(authorizations.isUserAuthorized("anyone", List.of(Groups.ID_BUREAU),
          ProcessDefinitionPermissions.READ_HISTORY, Resources.PROCESS_DEFINITION, AccessModel.PILOT_PARTICIPANT))
          .as("the permission is back").isTrue();
      assertThat(grants(authorizations)).isEqualTo(AccessSetup.grants().size() + filterGrants());
    }
  }

  /**
   * A production start beside the suite's shared test context, which must not disturb Camunda's static state that
   * context relies on: its engine has a name of its own (engines register by name in a static registry, where the
   * shared context's REST API looks up "default", and closing an engine removes its name) and no webapps (they set
   * static runtime delegates; once this start closed, the shared context's Tasklist login answered 500).
   */
  private static ConfigurableApplicationContext start(String url) {
    return new SpringApplicationBuilder(InclusionApplication.class).profiles("postgres")
        .properties(Map.of("DB_URL", url, "DB_USERNAME", "postgres", "DB_PASSWORD", "postgres", "PORT", "0",
            "JOB_EXECUTION_ENABLED", "false", "camunda.bpm.process-engine-name", "accessSetup",
            "camunda.bpm.webapp.enabled", "false"))
        .run();
  }

  /** The group grants in the database, but those the engine gives each group on itself (its members may read it). */
  private static long grants(AuthorizationService authorizations) {
    return authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT).list().stream()
        .filter(grant -> grant.getGroupId() != null)
        .filter(grant -> grant.getResourceType() != Resources.GROUP.resourceType()
            || Groups.CAMUNDA_ADMIN.equals(grant.getGroupId())).count();
  }

  private static long filterGrants() {
    return TaskFilters.ALL.stream().mapToLong(filter -> filter.groups().size()).sum();
  }
}

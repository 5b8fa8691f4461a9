package nl.amsterdam.inclusion.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps Camunda's authorization checks on PostgreSQL from growing with the square of the backlog (see
 * also {@link PostgresSessionSettings}). Measured at 100,000 open tasks in docs/benchmarks.md.
 *
 * <ul>
 *   <li><b>Statistics on the permission bits.</b> Every task, instance and history query of a logged-in
 *   user joins the user's grants with {@code ACT_RU_AUTHORIZATION.PERMS_ & <permission> = <permission>}.
 *   Without statistics on those expressions PostgreSQL guesses that 0.5 % of the grants match, while
 *   every task grant does; it then compares each task with every grant (a nested loop over a
 *   materialised list). The count of Bureau I&D's group filter took 45 s, the pilot filter's 124 s;
 *   with the statistics the planner probes the grants' index per task (0.4 s and 0.6 s). The
 *   permissions are READ, READ_TASK, READ_INSTANCE and READ_HISTORY, the ones Tasklist's and Cockpit's
 *   lists check.</li>
 *   <li><b>The authorized group ids by index.</b> Each authorized command first asks which groups hold
 *   any grant ({@code SELECT DISTINCT GROUP_ID_}), which reads every task grant: 20-40 ms per Tasklist
 *   request at 100,000 tasks, even for a filter with no tasks. The statement in
 *   {@code postgres-queries.xml} gives the same groups from one index probe per group.</li>
 *   <li><b>Plans for the actual values</b> of every query that reads the grants
 *   ({@link CustomPlansForAuthorizationChecks}).</li>
 * </ul>
 */
@Component
public class PostgresQueryTuning extends AbstractProcessEnginePlugin {

  static final String STATISTICS = "act_ru_authorization_perms";
  static final String GROUP_IDS = "selectAuthorizedGroupIds";
  static final String GROUP_IDS_BY_INDEX = "selectAuthorizedGroupIdsByIndex";
  private static final String MAPPER = "nl/amsterdam/inclusion/engine/postgres-queries.xml";
  private static final Logger LOG = LoggerFactory.getLogger(PostgresQueryTuning.class);

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (!isPostgres(configuration)) {
      return;
    }
    OwnStatements.add(configuration, MAPPER);
    configuration.getSqlSessionFactory().getConfiguration().addInterceptor(new CustomPlansForAuthorizationChecks());
    OwnStatements.replace(configuration, GROUP_IDS, GROUP_IDS_BY_INDEX);
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    if (!isPostgres(configuration)) {
      return;
    }
    String table = configuration.getDatabaseTablePrefix() + "act_ru_authorization";
    try (Connection connection = configuration.getDataSource().getConnection();
         Statement statement = connection.createStatement()) {
      statement.execute("CREATE STATISTICS IF NOT EXISTS " + STATISTICS
          + " ON (perms_ & 2), (perms_ & 64), (perms_ & 512), (perms_ & 4096) FROM " + table);
      statement.execute("ANALYZE " + table);
    } catch (SQLException e) {
      // expression statistics need PostgreSQL 14; older servers work, with slower counts
      LOG.warn("Cannot create the statistics {} on {}: {}", STATISTICS, table, e.getMessage());
    }
  }

  private static boolean isPostgres(ProcessEngineConfigurationImpl configuration) {
    return "postgres".equals(configuration.getDatabaseType());
  }
}

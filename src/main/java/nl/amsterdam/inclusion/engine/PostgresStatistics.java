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
 * Gives PostgreSQL's planner the statistics it lacks for Camunda's authorization checks.
 *
 * <p>Every task, instance and history query of a logged-in user joins the user's grants with
 * {@code ACT_RU_AUTHORIZATION.PERMS_ & <permission> = <permission>}. Without statistics on those
 * expressions PostgreSQL guesses that 0.5 % of the grants match, while every task grant does: it then
 * compares each task with every grant (a nested loop over a materialised list), which grows with the
 * square of the backlog. At 100,000 open tasks the count of Bureau I&D's group filter took 45 s and the
 * pilot filter's 124 s; with these statistics the planner probes the grants' index per task instead
 * (0.4 s and 0.6 s, docs/benchmarks.md). The permissions are READ, READ_TASK, READ_INSTANCE and
 * READ_HISTORY, the ones Tasklist's and Cockpit's lists check.
 */
@Component
public class PostgresStatistics extends AbstractProcessEnginePlugin {

  static final String NAME = "act_ru_authorization_perms";
  private static final Logger LOG = LoggerFactory.getLogger(PostgresStatistics.class);

  private ProcessEngineConfigurationImpl configuration;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    if (!"postgres".equals(configuration.getDatabaseType())) {
      return;
    }
    String table = configuration.getDatabaseTablePrefix() + "act_ru_authorization";
    try (Connection connection = configuration.getDataSource().getConnection();
         Statement statement = connection.createStatement()) {
      statement.execute("CREATE STATISTICS IF NOT EXISTS " + NAME
          + " ON (perms_ & 2), (perms_ & 64), (perms_ & 512), (perms_ & 4096) FROM " + table);
      statement.execute("ANALYZE " + table);
    } catch (SQLException e) {
      // expression statistics need PostgreSQL 14; older servers work, with slower counts
      LOG.warn("Cannot create the statistics {} on {}: {}", NAME, table, e.getMessage());
    }
  }
}

package nl.amsterdam.inclusion.engine;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.HashSet;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import nl.amsterdam.inclusion.support.ProcessTestCase;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.postgresql.PGStatement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The PostgreSQL planner settings of {@link PostgresSessionSettings} and {@link PostgresQueryTuning}:
 * present on PostgreSQL (the build's second test run), absent on H2. The timings they buy are the
 * benchmark's business (docs/benchmarks.md); this checks the mechanism.
 */
class PostgresPlanningIntegrationTest extends ProcessTestCase {

  private static final String GROUP = "planner-test";

  @Autowired DataSource dataSource;

  private boolean onPostgres() {
    return ((HikariDataSource) dataSource).getJdbcUrl().startsWith("jdbc:postgresql:");
  }

  @Test
  void everyPooledPostgresConnectionPlansForCachedDataWithoutJitAndCountsTheCostOfParallelWorkers() {
    if (!onPostgres()) {
      assertThat(((HikariDataSource) dataSource).getConnectionInitSql()).isNull();
      return;
    }
    assertThat(jdbc.queryForObject("SHOW jit", String.class)).isEqualTo("off");
    assertThat(jdbc.queryForObject("SHOW random_page_cost", String.class)).isEqualTo("1.1");
    assertThat(jdbc.queryForObject("SHOW parallel_setup_cost", String.class)).isEqualTo("10000");
  }

  /**
   * Without the statistics PostgreSQL estimates that 0.5 % of a group's task grants carry the READ bit
   * (about 10 of 2,000 here), which is what made it compare every task with every grant.
   */
  @Test
  void plannerKnowsHowManyGrantsCarryAPermission() throws Exception {
    if (!onPostgres()) {
      return;
    }
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pg_statistic_ext WHERE stxname = ?", Integer.class,
        PostgresQueryTuning.STATISTICS)).isEqualTo(1);
    jdbc.update("INSERT INTO act_ru_authorization (id_, rev_, type_, group_id_, resource_type_, resource_id_, perms_)"
        + " SELECT 'planner-test-' || g, 1, 1, ?, ?, 'task-' || g, 2 | 16384 FROM generate_series(1, 2000) g",
        GROUP, Resources.TASK.resourceType());
    try {
      jdbc.execute("ANALYZE act_ru_authorization");
      String plan = jdbc.queryForObject("EXPLAIN (FORMAT JSON) SELECT A.* FROM act_ru_authorization A"
          + " WHERE A.type_ < 2 AND A.group_id_ IN ('" + GROUP + "') AND A.resource_type_ = "
          + Resources.TASK.resourceType() + " AND A.perms_ & 2 = 2", String.class);
      JsonNode top = new ObjectMapper().readTree(plan).get(0).get("Plan");
      assertThat(top.get("Plan Rows").asDouble()).isGreaterThan(1000);
    } finally {
      jdbc.update("DELETE FROM act_ru_authorization WHERE group_id_ = ?", GROUP);
    }
  }

  /** The engine asks for the groups that hold grants with the index walk, and gets the same groups. */
  @Test
  void authorizedGroupIdsComeFromTheIndexWalkAndMatchEveryGrantedGroup() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    String mapped = configuration.getDbSqlSessionFactory().mapStatement(PostgresQueryTuning.GROUP_IDS);
    if (!onPostgres()) {
      assertThat(mapped).isNotEqualTo(PostgresQueryTuning.GROUP_IDS_BY_INDEX);
      return;
    }
    assertThat(mapped).isEqualTo(PostgresQueryTuning.GROUP_IDS_BY_INDEX);
    Command<List<String>> authorizedGroups = context -> context.getDbEntityManager().selectList(PostgresQueryTuning.GROUP_IDS);
    List<String> byIndex = configuration.getCommandExecutorTxRequired().execute(authorizedGroups);
    List<String> distinct = jdbc.queryForList(
        "SELECT DISTINCT group_id_ FROM act_ru_authorization WHERE group_id_ IS NOT NULL", String.class);
    assertThat(distinct).hasSizeGreaterThan(5);
    assertThat(new HashSet<>(byIndex)).isEqualTo(new HashSet<>(distinct));
  }

  /** Queries that read the grants go unprepared (a plan for their values); every other statement keeps its cached plan. */
  @Test
  void onlyQueriesReadingTheGrantsGoUnprepared() throws Throwable {
    Configuration mybatis = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getSqlSessionFactory().getConfiguration();
    boolean registered = mybatis.getInterceptors().stream().anyMatch(CustomPlansForAuthorizationChecks.class::isInstance);
    if (!onPostgres()) {
      assertThat(registered).isFalse();
      return;
    }
    assertThat(registered).isTrue();
    try (Connection connection = dataSource.getConnection()) {
      assertThat(thresholdAfterInterception(connection, mybatis,
          "select count(*) from ACT_RU_TASK RES inner join ACT_RU_AUTHORIZATION A on A.RESOURCE_ID_ = RES.ID_")).isZero();
      assertThat(thresholdAfterInterception(connection, mybatis, "select * from ACT_RU_TASK where ID_ = ?")).isEqualTo(5);
      assertThat(thresholdAfterInterception(connection, mybatis,
          "insert into ACT_RU_AUTHORIZATION (ID_, REV_, TYPE_, RESOURCE_TYPE_) values (?, 1, 1, 7)")).isEqualTo(5);
    }
  }

  private static int thresholdAfterInterception(Connection connection, Configuration mybatis, String sql) throws Throwable {
    PreparedStatement statement = connection.prepareStatement(sql);
    StatementHandler handler = mock(StatementHandler.class);
    when(handler.prepare(connection, null)).thenReturn(statement);
    when(handler.getBoundSql()).thenReturn(new BoundSql(mybatis, sql, List.of(), null));
    Method prepare = StatementHandler.class.getMethod("prepare", Connection.class, Integer.class);
    new CustomPlansForAuthorizationChecks().intercept(new Invocation(handler, prepare, new Object[] {connection, null}));
    try (statement) {
      return statement.unwrap(PGStatement.class).getPrepareThreshold();
    }
  }
}

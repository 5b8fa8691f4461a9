package nl.amsterdam.inclusion.engine;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Properties;

import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.postgresql.PGStatement;

/**
 * Lets PostgreSQL plan every authorization-checked query for the values it is run with.
 *
 * <p>The JDBC driver turns a statement it has run five times on a connection into a prepared one, and
 * PostgreSQL may then switch to a generic plan that does not see the user, groups and permissions. For
 * a task count at 100,000 tasks that generic plan compared every task with every grant again: 41 s
 * where the plan for the actual values took 0.4 s. Only queries that read the grants
 * ({@code ACT_RU_AUTHORIZATION}) are sent unprepared; every other statement keeps its cached plan,
 * which the engine's own transactions gain from (forcing custom plans for every statement cost about
 * 10 % of the journeys' throughput in the benchmark: median of 4 runs 95 against 104 engine
 * transactions/s).
 */
@Intercepts(@Signature(type = StatementHandler.class, method = "prepare", args = {Connection.class, Integer.class}))
class CustomPlansForAuthorizationChecks implements Interceptor {

  private static final String GRANTS = "ACT_RU_AUTHORIZATION";

  @Override
  public Object intercept(Invocation invocation) throws Throwable {
    Statement statement = (Statement) invocation.proceed();
    String sql = ((StatementHandler) invocation.getTarget()).getBoundSql().getSql();
    // runs for every statement the engine prepares: the cheap test first, and no copy of the SQL
    if (sql.contains(GRANTS) && isQuery(sql) && statement.isWrapperFor(PGStatement.class)) {
      statement.unwrap(PGStatement.class).setPrepareThreshold(0);
    }
    return statement;
  }

  private static boolean isQuery(String sql) {
    int start = 0;
    while (start < sql.length() && Character.isWhitespace(sql.charAt(start))) {
      start++;
    }
    return sql.regionMatches(true, start, "select", 0, 6) || sql.regionMatches(true, start, "with", 0, 4);
  }

  @Override
  public void setProperties(Properties properties) {
    // no properties
  }
}

package nl.amsterdam.inclusion.engine;

import java.util.List;
import java.util.Properties;

import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.camunda.bpm.engine.impl.TaskQueryImpl;

/**
 * Within a {@link CappedTaskCounts} cap (Tasklist's list request), answers the task count from the page of tasks
 * listed just before it when that page was not full: Tasklist lists a filter's page and then counts the same filter,
 * so a page of 4 tasks from the first one means 4 in all. Saves the count query for every filter that fits in a
 * page, among them an empty filter, whose capped count PostgreSQL plans badly (docs/benchmarks.md, fourth pass).
 * Outside a cap, and for any other statement, the engine's queries run as they are.
 */
@Intercepts(@Signature(type = Executor.class, method = "query",
    args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class}))
class CountFromPage implements Interceptor {

  private static final String TASK_PAGE = "." + CappedTaskCounts.TASK_PAGE;
  private static final String CAPPED_COUNT = "." + CappedTaskCounts.CAPPED_TASK_COUNT;

  @Override
  public Object intercept(Invocation invocation) throws Throwable {
    if (CappedTaskCounts.limit() == null) {
      return invocation.proceed();
    }
    String statement = ((MappedStatement) invocation.getArgs()[0]).getId();
    if (statement.endsWith(CAPPED_COUNT)) {
      Long total = CappedTaskCounts.totalFromPage();
      return total != null ? List.of(total) : invocation.proceed();
    }
    Object result = invocation.proceed();
    if (statement.endsWith(TASK_PAGE) && invocation.getArgs()[1] instanceof TaskQueryImpl query
        && result instanceof List<?> page) {
      CappedTaskCounts.pageListed(query.getFirstResult(), query.getMaxResults(), page.size());
    }
    return result;
  }

  @Override
  public void setProperties(Properties properties) {
    // no properties
  }
}

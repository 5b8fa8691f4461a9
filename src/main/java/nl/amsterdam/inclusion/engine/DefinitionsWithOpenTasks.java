package nl.amsterdam.inclusion.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

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
 * Runs a task page or count whose query asks for process keys ({@link TaskQueriesByDefinition}) knowing which
 * definitions of those keys have open tasks: none, an empty answer without the query; one, the query names it too;
 * more, the query names the cases of their open tasks when there are at most {@link #FEW_TASKS}, and runs as it is
 * otherwise. Only the keys of the query itself count, never those inside an {@code or()}: a task found must have one
 * of them.
 */
@Intercepts(@Signature(type = Executor.class, method = "query",
    args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class}))
class DefinitionsWithOpenTasks implements Interceptor {

  private static final String TASK_PAGE = "." + CappedTaskCounts.TASK_PAGE;
  /** Camunda's count and the capped one of {@link CappedTaskCounts} in its place. */
  private static final String TASK_COUNT = "." + CappedTaskCounts.TASK_COUNT;
  /** Up to this many open tasks of several definitions, the query names their cases. */
  static final int FEW_TASKS = 100;

  @Override
  public Object intercept(Invocation invocation) throws Throwable {
    Object[] args = invocation.getArgs();
    String statement = ((MappedStatement) args[0]).getId();
    boolean count = statement.contains(TASK_COUNT);
    if (!(args[1] instanceof TaskQueryImpl query) || args[3] != null || !(count || statement.endsWith(TASK_PAGE))
        || !isWholeQuery(query) || query.getProcessDefinitionId() != null
        || count && CappedTaskCounts.totalFromPage() != null) {
      return invocation.proceed();
    }
    Set<String> keys = keysOf(query);
    if (keys == null) {
      return invocation.proceed();
    }
    List<String> definitions = keys.isEmpty() ? List.of()
        : ask(invocation, TaskQueriesByDefinition.DEFINITIONS_WITH_OPEN_TASKS, Map.of("keys", keys));
    if (definitions.isEmpty()) {
      return count ? new ArrayList<>(List.of(0L)) : new ArrayList<>();
    }
    if (definitions.size() == 1) {
      query.processDefinitionId(definitions.get(0));
      try {
        return invocation.proceed();
      } finally {
        query.processDefinitionId(null);
      }
    }
    String[] cases = query.getProcessInstanceId() == null && query.getProcessInstanceIdIn() == null
        ? casesOfFewOpenTasks(invocation, definitions) : null;
    if (cases == null) {
      return invocation.proceed();
    }
    query.processInstanceIdIn(cases);
    try {
      return invocation.proceed();
    } finally {
      query.processInstanceIdIn((String[]) null);
    }
  }

  /** The cases of the definitions' open tasks, or null when there are more than {@link #FEW_TASKS} (or none now). */
  private static String[] casesOfFewOpenTasks(Invocation invocation, List<String> definitions) throws Exception {
    List<String> cases = ask(invocation, TaskQueriesByDefinition.CASES_OF_OPEN_TASKS,
        Map.of("definitions", definitions, "limit", FEW_TASKS + 1));
    return cases.isEmpty() || cases.size() > FEW_TASKS ? null : cases.stream().distinct().toArray(String[]::new);
  }

  /** The query itself, not one of its {@code or()} parts run on its own (whose keys are alternatives). */
  private static boolean isWholeQuery(TaskQueryImpl query) {
    return !query.isOrQueryActive() && !query.getQueries().isEmpty() && query.getQueries().get(0) == query;
  }

  /** The process keys every task found must have, or null when the query does not ask for any. */
  static Set<String> keysOf(TaskQueryImpl query) {
    String key = query.getProcessDefinitionKey();
    String[] keys = query.getProcessDefinitionKeys();
    boolean byKeys = keys != null && keys.length > 0;
    if (key == null && !byKeys) {
      return null;
    }
    Set<String> result = new LinkedHashSet<>(byKeys ? Arrays.asList(keys) : List.of(key));
    if (key != null && byKeys) {
      result.removeIf(other -> !key.equals(other));
    }
    return result;
  }

  private static List<String> ask(Invocation invocation, String statement, Map<String, Object> parameters)
      throws Exception {
    MappedStatement probe =
        ((MappedStatement) invocation.getArgs()[0]).getConfiguration().getMappedStatement(statement);
    return ((Executor) invocation.getTarget()).query(probe, parameters, RowBounds.DEFAULT, Executor.NO_RESULT_HANDLER);
  }

  @Override
  public void setProperties(Properties properties) {
    // no properties
  }
}

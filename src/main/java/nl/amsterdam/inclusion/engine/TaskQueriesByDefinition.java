package nl.amsterdam.inclusion.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Tells the database which process definition a task query by process key is about.
 *
 * <p>Problem: a process filter in Tasklist (the alderman's dialogue, the growth panel) asks for tasks by process key,
 * newest first. The key is a column of the definitions, not of the tasks, so PostgreSQL cannot tell how many tasks a
 * key has: it takes one of the 19 deployed definitions to hold about 5 % of them and walks the tasks newest first to
 * find 15. A filter with few or no tasks walks all of them: the empty dialogue filter's first page took 89 ms p95 at
 * 100,000 tasks (docs/benchmarks.md, section 2), and 55 ms with 20 dialogue tasks among them.
 *
 * <p>Fix ({@link DefinitionsWithOpenTasks}): before a task page or count by key, one probe per definition of those
 * keys asks which of them have open tasks. None: the answer is empty and Camunda's query is not run. Exactly one: the
 * query also names that definition, which the planner's statistics of the tasks do know (20 dialogue tasks: 0.4 ms
 * instead of 55). Several (tasks of more than one version, for a while after a changed model is deployed): with at
 * most 100 open tasks between them the query names their cases (20 dialogue tasks in two versions: 0.5 ms instead of
 * 42-51), with more it runs as it is. The task query, its other criteria and Camunda's authorization check are
 * unchanged, and the definition or cases named are those every task found has.
 * The probes and the query are separate statements: a task committed between them in a definition or case not named
 * is missing from that one answer, as if it had been read a moment earlier.
 */
@Component
public class TaskQueriesByDefinition extends AbstractProcessEnginePlugin {

  private static final String NAMESPACE = "nl.amsterdam.inclusion.engine.definitions.";
  static final String DEFINITIONS_WITH_OPEN_TASKS = NAMESPACE + "selectDefinitionsWithOpenTasks";
  static final String CASES_OF_OPEN_TASKS = NAMESPACE + "selectCasesOfOpenTasks";
  private static final String MAPPER = "nl/amsterdam/inclusion/engine/task-definitions.xml";

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    OwnStatements.add(configuration, MAPPER);
    configuration.getSqlSessionFactory().getConfiguration().addInterceptor(new DefinitionsWithOpenTasks());
  }
}

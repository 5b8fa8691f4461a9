package nl.amsterdam.inclusion.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.apache.ibatis.builder.StaticSqlSource;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.SqlCommandType;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** What {@link DefinitionsWithOpenTasks} does with a task query by process key, for each answer of its probe. */
class DefinitionsWithOpenTasksTest {

  private final Configuration mybatis = new Configuration();
  private final MappedStatement probe = statement(TaskQueriesByDefinition.DEFINITIONS_WITH_OPEN_TASKS);
  private final MappedStatement casesProbe = statement(TaskQueriesByDefinition.CASES_OF_OPEN_TASKS);
  private final MappedStatement page = statement("org.camunda.TaskEntity.selectTaskByQueryCriteria");
  private final MappedStatement count = statement("own.selectTaskCountByQueryCriteriaCapped");
  private final Executor database = mock(Executor.class);
  private final DefinitionsWithOpenTasks interceptor = new DefinitionsWithOpenTasks();

  @Test
  void noDefinitionWithOpenTasksAnswersEmptyWithoutTheQuery() throws Throwable {
    probeFinds();
    TaskQueryImpl query = byKeys("alderman-dialogue");

    assertThat(interceptor.intercept(invocation(page, query))).isEqualTo(List.of());
    assertThat(interceptor.intercept(invocation(count, query))).isEqualTo(List.of(0L));
    verify(database, never()).query(eq(page), any(), any(), any());
    verify(database, never()).query(eq(count), any(), any(), any());
  }

  @Test
  void theOneDefinitionWithOpenTasksIsNamedForTheQueryOnly() throws Throwable {
    probeFinds("growth-panel-conversation:1");
    TaskQueryImpl query = byKeys("growth-panel-round", "growth-panel-conversation");
    List<String> named = new ArrayList<>();
    when(database.query(eq(page), eq(query), any(), any())).thenAnswer(call -> {
      named.add(query.getProcessDefinitionId());
      return List.of();
    });

    interceptor.intercept(invocation(page, query));

    assertThat(named).containsExactly("growth-panel-conversation:1");
    assertThat(query.getProcessDefinitionId()).isNull();
  }

  @Test
  void severalDefinitionsWithFewOpenTasksNameTheirCasesForTheQueryOnly() throws Throwable {
    probeFinds("alderman-dialogue:1", "alderman-dialogue:2");
    casesProbeFinds(List.of("case-1", "case-1", "case-2"));
    TaskQueryImpl query = byKeys("alderman-dialogue");
    List<String[]> named = new ArrayList<>();
    when(database.query(eq(page), eq(query), any(), any())).thenAnswer(call -> {
      named.add(query.getProcessInstanceIdIn());
      assertThat(query.getProcessDefinitionId()).isNull();
      return List.of("a task");
    });

    assertThat(interceptor.intercept(invocation(page, query))).isEqualTo(List.of("a task"));

    assertThat(named).singleElement().satisfies(cases -> assertThat(cases).containsExactly("case-1", "case-2"));
    assertThat(query.getProcessInstanceIdIn()).isNull();
  }

  @Test
  void severalDefinitionsWithManyOpenTasksLeaveTheQueryAsItIs() throws Throwable {
    probeFinds("many-tasks:1", "many-tasks:2");
    casesProbeFinds(Collections.nCopies(DefinitionsWithOpenTasks.FEW_TASKS + 1, "a case"));
    TaskQueryImpl query = byKeys("many-tasks");
    when(database.query(eq(page), eq(query), any(), any())).thenAnswer(call -> {
      assertThat(query.getProcessDefinitionId()).isNull();
      assertThat(query.getProcessInstanceIdIn()).isNull();
      return List.of("a task");
    });

    assertThat(interceptor.intercept(invocation(page, query))).isEqualTo(List.of("a task"));
  }

  @Test
  void aQueryThatNamesItsCasesKeepsThem() throws Throwable {
    probeFinds("many-tasks:1", "many-tasks:2");
    TaskQueryImpl query = byKeys("many-tasks");
    query.processInstanceIdIn("case-7");
    when(database.query(eq(page), eq(query), any(), any())).thenReturn(List.of("a task"));

    assertThat(interceptor.intercept(invocation(page, query))).isEqualTo(List.of("a task"));

    assertThat(query.getProcessInstanceIdIn()).containsExactly("case-7");
    verify(database, never()).query(eq(casesProbe), any(), any(), any());
  }

  @Test
  void keysInsideAnOrAndOtherStatementsAreNotProbed() throws Throwable {
    TaskQueryImpl keyInOr = new TaskQueryImpl();
    keyInOr.or().processDefinitionKey("alderman-dialogue").taskAssignee("mila").endOr();
    when(database.query(eq(page), eq(keyInOr), any(), any())).thenReturn(List.of("a task"));
    assertThat(interceptor.intercept(invocation(page, keyInOr))).isEqualTo(List.of("a task"));

    TaskQueryImpl orPartRunAlone = (TaskQueryImpl) new TaskQueryImpl().or().processDefinitionKey("alderman-dialogue");
    when(database.query(eq(page), eq(orPartRunAlone), any(), any())).thenReturn(List.of("a task"));
    assertThat(interceptor.intercept(invocation(page, orPartRunAlone))).as("the key is one alternative of the query")
        .isEqualTo(List.of("a task"));

    MappedStatement other = statement("org.camunda.TaskEntity.selectTaskIdsByQueryCriteria");
    when(database.query(eq(other), any(), any(), any())).thenReturn(List.of("an id"));
    assertThat(interceptor.intercept(invocation(other, byKeys("alderman-dialogue")))).isEqualTo(List.of("an id"));

    verify(database, never()).query(eq(probe), any(), any(), any());
  }

  @Test
  void aCountThePageAlreadyToldIsNotProbed() throws Throwable {
    when(database.query(eq(count), any(), any(), any())).thenReturn(List.of(3L));
    try (CappedTaskCounts.Scope cap = CappedTaskCounts.countingUpTo(0, 15)) {
      CappedTaskCounts.pageListed(0, 15, 3);
      assertThat(interceptor.intercept(invocation(count, byKeys("alderman-dialogue")))).isEqualTo(List.of(3L));
    }
    verify(database, never()).query(eq(probe), any(), any(), any());
  }

  @Test
  void theKeysAreThoseEveryTaskFoundMustHave() {
    assertThat(DefinitionsWithOpenTasks.keysOf(new TaskQueryImpl())).isNull();
    assertThat(DefinitionsWithOpenTasks.keysOf(byKeys("a", "b"))).containsExactly("a", "b");
    assertThat(DefinitionsWithOpenTasks.keysOf((TaskQueryImpl) byKeys("a", "b").processDefinitionKey("b")))
        .containsExactly("b");
    assertThat(DefinitionsWithOpenTasks.keysOf((TaskQueryImpl) byKeys("a").processDefinitionKey("c"))).isEmpty();
    assertThat(DefinitionsWithOpenTasks.keysOf((TaskQueryImpl) byKeys("a", null).processDefinitionKey("a")))
        .as("a null among the keys, as a REST body can send").containsExactly("a");
  }

  private void probeFinds(String... definitions) throws Exception {
    when(database.query(eq(probe), any(), any(), any())).thenAnswer(call -> {
      assertThat(call.<Map<String, Object>>getArgument(1)).containsKey("keys");
      return List.of(definitions);
    });
  }

  private void casesProbeFinds(List<String> cases) throws Exception {
    when(database.query(eq(casesProbe), any(), any(), any())).thenAnswer(call -> {
      assertThat(call.<Map<String, Object>>getArgument(1))
          .containsEntry("limit", DefinitionsWithOpenTasks.FEW_TASKS + 1);
      return cases;
    });
  }

  private static TaskQueryImpl byKeys(String... keys) {
    TaskQueryImpl query = new TaskQueryImpl();
    query.processDefinitionKeyIn(keys);
    return query;
  }

  private MappedStatement statement(String id) {
    MappedStatement statement = new MappedStatement.Builder(mybatis, id, new StaticSqlSource(mybatis, "select 1"),
        SqlCommandType.SELECT).build();
    mybatis.addMappedStatement(statement);
    return statement;
  }

  private Invocation invocation(MappedStatement statement, Object parameter) throws NoSuchMethodException {
    return new Invocation(database, Executor.class.getMethod("query", MappedStatement.class, Object.class,
        RowBounds.class, ResultHandler.class), new Object[] {statement, parameter, RowBounds.DEFAULT, null});
  }
}

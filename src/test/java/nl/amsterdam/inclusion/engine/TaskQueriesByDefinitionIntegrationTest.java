package nl.amsterdam.inclusion.engine;

import java.util.List;
import java.util.Map;

import nl.amsterdam.inclusion.identity.Cluster;
import nl.amsterdam.inclusion.identity.Groups;
import nl.amsterdam.inclusion.support.ProcessTestCase;
import nl.amsterdam.inclusion.support.TestModels;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Task queries by process key find exactly what Camunda's own query finds (engine.TaskQueriesByDefinition), on H2 and
 * on PostgreSQL: for a process without open tasks, with one version or several holding few or many tasks, with a key
 * inside an {@code or()}, and for each user only the tasks that user may see.
 */
class TaskQueriesByDefinitionIntegrationTest extends ProcessTestCase {

  private static final String SOCIAAL = Groups.accountManagersOf(Cluster.SOCIAAL);
  private static final String BESTUUR = Groups.accountManagersOf(Cluster.BESTUUR);

  private ProcessInstance sociaalsCase;

  @BeforeEach
  void threeTasksForSociaalAndTwoForBestuur() {
    TestModels.deploy(repositoryService);
    sociaalsCase = startManyTasks(3, SOCIAAL);
    startManyTasks(2, BESTUUR);
  }

  @Test
  void theEngineRunsItsTaskQueriesThroughTheProbe() {
    assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getSqlSessionFactory()
        .getConfiguration().getInterceptors()).hasAtLeastOneElementOfType(DefinitionsWithOpenTasks.class);
  }

  @Test
  void aProcessWithoutOpenTasksHasNone() {
    TaskQuery reminders = taskService.createTaskQuery().processDefinitionKey(TestModels.REMINDER);
    assertThat(reminders.list()).isEmpty();
    assertThat(reminders.count()).isZero();
    assertThat(asUser("ingrid", () -> reminders.listPage(0, 15))).isEmpty();
    assertThat(taskService.createTaskQuery().processDefinitionKey(TestModels.MANY_TASKS)
        .processDefinitionKeyIn(TestModels.REMINDER).count()).as("a key outside the keys asked for").isZero();
  }

  @Test
  void theOneDefinitionWithTasksFindsThemAllAndTheQueryIsLeftAsItWas() {
    TaskQuery byKeys = taskService.createTaskQuery()
        .processDefinitionKeyIn(TestModels.REMINDER, TestModels.MANY_TASKS).orderByTaskCreateTime().desc();

    assertThat(byKeys.list()).hasSize(5).allMatch(task -> task.getProcessDefinitionId()
        .equals(sociaalsCase.getProcessDefinitionId()));
    assertThat(byKeys.count()).isEqualTo(5);
    assertThat(((TaskQueryImpl) byKeys).getProcessDefinitionId()).as("the definition is named for the query only")
        .isNull();
    assertThat(taskService.createTaskQuery().processDefinitionKey(TestModels.MANY_TASKS)
        .processDefinitionKeyIn(TestModels.MANY_TASKS, null).count()).as("a null among the keys").isEqualTo(5);
    assertThat(taskService.createTaskQuery().processDefinitionKeyIn(TestModels.MANY_TASKS, null).count())
        .as("a null among the keys, probed").isEqualTo(5);

    assertThat(asUser("ingrid", () -> byKeys.list())).as("Sociaal's account manager: Sociaal's three")
        .hasSize(3).allMatch(task -> task.getProcessInstanceId().equals(sociaalsCase.getId()));
    assertThat(asUser("ingrid", byKeys::count)).isEqualTo(3);
    assertThat(asUser("noor", () -> byKeys.list())).as("a learning advisor may see none of them").isEmpty();
    assertThat(asUser("noor", byKeys::count)).isZero();
  }

  @Test
  void tasksOfEveryVersionAreFound() {
    deployAChangedVersion();
    ProcessInstance laterVersionsCase = startManyTasks(4, SOCIAAL);
    assertThat(laterVersionsCase.getProcessDefinitionId()).isNotEqualTo(sociaalsCase.getProcessDefinitionId());

    TaskQuery byKey = taskService.createTaskQuery().processDefinitionKey(TestModels.MANY_TASKS);
    assertThat(byKey.list()).hasSize(9)
        .extracting(Task::getProcessDefinitionId).containsOnly(sociaalsCase.getProcessDefinitionId(),
            laterVersionsCase.getProcessDefinitionId());
    assertThat(byKey.count()).isEqualTo(9);
    assertThat(asUser("ingrid", byKey::count)).isEqualTo(7);
    assertThat(taskService.createTaskQuery().processDefinitionKey(TestModels.MANY_TASKS)
        .processInstanceIdIn(sociaalsCase.getId()).count()).as("a query that names its own cases").isEqualTo(3);
  }

  @Test
  void tasksOfEveryVersionAreFoundWhenThereAreMany() {
    deployAChangedVersion();
    startManyTasks(DefinitionsWithOpenTasks.FEW_TASKS + 1, SOCIAAL);

    TaskQuery byKey = taskService.createTaskQuery().processDefinitionKey(TestModels.MANY_TASKS);
    assertThat(byKey.list()).hasSize(DefinitionsWithOpenTasks.FEW_TASKS + 6);
    assertThat(byKey.count()).isEqualTo(DefinitionsWithOpenTasks.FEW_TASKS + 6);
    assertThat(asUser("ingrid", byKey::count)).isEqualTo(DefinitionsWithOpenTasks.FEW_TASKS + 4);
  }

  @Test
  void aKeyInsideAnOrDoesNotNarrowTheQuery() {
    TaskQuery remindersOrBestuur = taskService.createTaskQuery()
        .or().processDefinitionKey(TestModels.REMINDER).taskCandidateGroup(BESTUUR).endOr();
    assertThat(remindersOrBestuur.list()).hasSize(2);
    assertThat(remindersOrBestuur.count()).isEqualTo(2);
  }

  @Test
  void aQueryThatNamesItsDefinitionRunsAsItIs() {
    List<Task> tasks = taskService.createTaskQuery().processDefinitionKey(TestModels.MANY_TASKS)
        .processDefinitionId(sociaalsCase.getProcessDefinitionId()).list();
    assertThat(tasks).hasSize(5);
  }

  private void deployAChangedVersion() {
    BpmnModelInstance model = Bpmn.readModelFromStream(
        getClass().getResourceAsStream("/test-models/" + TestModels.MANY_TASKS + ".bpmn"));
    model.<Process>getModelElementById(TestModels.MANY_TASKS).setName("Veel-takentest, versie 2");
    repositoryService.createDeployment().addModelInstance(TestModels.MANY_TASKS + ".bpmn", model).deploy();
  }

  private ProcessInstance startManyTasks(int tasks, String group) {
    return runtimeService.startProcessInstanceByKey(TestModels.MANY_TASKS, Map.of("tasks", tasks, "group", group));
  }
}

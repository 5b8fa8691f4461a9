package nl.amsterdam.inclusion.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import nl.amsterdam.inclusion.identity.Cluster;
import nl.amsterdam.inclusion.identity.Groups;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the process tests: the real application context (demo users, no mail host, so mails are
 * logged and recorded in the notification log), job executor off. Tests drive asynchronous
 * continuations and timers themselves and complete tasks through the engine's form API, which checks
 * every submission against its form (security.EngineRules) as it does Tasklist's.
 */
@SpringBootTest(properties = {"camunda.bpm.job-execution.enabled=false", "inclusion.demo.enabled=true",
    "inclusion.demo.password=demo"})
public abstract class ProcessTestCase {

  @Autowired protected ProcessEngine engine;
  @Autowired protected RuntimeService runtimeService;
  @Autowired protected TaskService taskService;
  @Autowired protected ManagementService managementService;
  @Autowired protected FormService formService;
  @Autowired protected JdbcTemplate jdbc;
  @Autowired protected IdentityService identityService;
  @Autowired protected RepositoryService repositoryService;
  @Autowired protected HistoryService historyService;

  @BeforeEach
  void initAssertions() {
    AbstractAssertions.init(engine);
  }

  @AfterEach
  void removeRunningCases() {
    // root cases only: deleting one also deletes the cases it called
    runtimeService.createProcessInstanceQuery().rootProcessInstances().list()
        .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test cleanup"));
  }

  /** Runs every asynchronous continuation that is waiting, in all cases, until none is left. */
  protected void runAsyncJobs() {
    for (int round = 0; round < 500; round++) {
      List<Job> jobs = managementService.createJobQuery().messages().executable().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> managementService.executeJob(job.getId()));
    }
    throw new AssertionError("Asynchronous jobs keep coming: a loop in the model?");
  }

  /**
   * A user starts a process from Tasklist's start form: with that user's authorizations, the
   * initiator recorded, the form validated on the server. Then the asynchronous steps run.
   */
  protected ProcessInstance startAs(String userId, String processKey, Map<String, Object> values) {
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey)
        .latestVersion().singleResult().getId();
    ProcessInstance instance = asUser(userId, () -> formService.submitStartForm(definitionId, values));
    runAsyncJobs();
    return instance;
  }

  /** A small PDF as a directorate hands in its plans (panel.PlanDocuments checks the content, not the name). */
  protected static final byte[] PLAN_PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
      .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  /**
   * The action plan and the directorate plan handed in as documents on the open "Actieplan aanleveren", as a member of
   * its candidate group does on the page Documenten groeipanel (through the engine, with that member's login).
   */
  protected void handInPlanDocuments(Task plan) {
    String member = taskService.getIdentityLinksForTask(plan.getId()).stream()
        .filter(link -> "candidate".equals(link.getType()) && link.getGroupId() != null)
        .flatMap(link -> identityService.createUserQuery().memberOfGroup(link.getGroupId()).orderByUserId().asc().list().stream())
        .map(User::getId).findFirst().orElseThrow();
    asUser(member, () -> {
      taskService.setVariable(plan.getId(), "actionPlanDocument",
          org.camunda.bpm.engine.variable.Variables.fileValue("actieplan.pdf").file(PLAN_PDF).create());
      taskService.setVariable(plan.getId(), "directoratePlanDocument",
          org.camunda.bpm.engine.variable.Variables.fileValue("directieplan.pdf").file(PLAN_PDF).create());
    });
  }

  /** Does {@code work} as {@code userId} with that user's groups, as a call from Tasklist or the REST API would. */
  protected <T> T asUser(String userId, Supplier<T> work) {
    identityService.setAuthentication(userId, identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList());
    try {
      return work.get();
    } finally {
      identityService.clearAuthentication();
    }
  }

  protected void asUser(String userId, Runnable work) {
    asUser(userId, () -> {
      work.run();
      return null;
    });
  }

  /** A leader account of the test's own (user id, name, {@code id@example.org}, cluster Sociaal), created once. */
  protected void testLeader(String id, String firstName, String lastName) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setEmail(id + "@example.org");
      user.setPassword("demo");
      identityService.saveUser(user);
      identityService.createMembership(id, "leaders");
      identityService.createMembership(id, Groups.clusterGroup(Cluster.SOCIAAL));
    }
  }

  /**
   * The case and the cases it called (a call activity's process), running or ended: a step of the case may run in
   * one of them.
   */
  protected List<String> caseAndCalled(ProcessInstance instance) {
    List<String> all = new ArrayList<>(List.of(instance.getId()));
    for (int i = 0; i < all.size(); i++) {
      historyService.createHistoricProcessInstanceQuery().superProcessInstanceId(all.get(i)).list()
          .forEach(called -> all.add(called.getId()));
    }
    return all;
  }

  /** Fires the timer waiting at {@code activityId} in the case (or a case it called), then runs what follows. */
  protected void fireTimer(ProcessInstance instance, String activityId) {
    List<Job> timers = caseAndCalled(instance).stream().flatMap(id -> managementService.createJobQuery()
        .processInstanceId(id).timers().activityId(activityId).list().stream()).toList();
    assertThat(timers).as("timer " + activityId).hasSize(1);
    managementService.executeJob(timers.get(0).getId());
    runAsyncJobs();
  }

  /** The case's open task (in the case or a case it called). */
  protected Task task(ProcessInstance instance, String taskDefinitionKey) {
    List<Task> tasks = taskService.createTaskQuery().processInstanceIdIn(caseAndCalled(instance).toArray(String[]::new))
        .taskDefinitionKey(taskDefinitionKey).list();
    assertThat(tasks).as("open task " + taskDefinitionKey).hasSize(1);
    return tasks.get(0);
  }

  /** Submits the task's form as Tasklist would (validated against the deployed form), then runs jobs. */
  protected void submit(Task task, Map<String, Object> values) {
    formService.submitTaskForm(task.getId(), values);
    runAsyncJobs();
  }

  /** Submits the task's form as {@code userId} in Tasklist: with that user's authorizations. */
  protected void submitAs(String userId, Task task, Map<String, Object> values) {
    asUser(userId, () -> formService.submitTaskForm(task.getId(), values));
    runAsyncJobs();
  }

  protected void submit(ProcessInstance instance, String taskDefinitionKey, Map<String, Object> values) {
    submit(task(instance, taskDefinitionKey), values);
  }

  /** Runs {@code work} while nobody is a member of the group (as when nobody holds a role yet), then restores it. */
  protected void withoutMembers(String groupId, Runnable work) {
    List<String> members = identityService.createUserQuery().memberOfGroup(groupId).list().stream()
        .map(User::getId).toList();
    members.forEach(member -> identityService.deleteMembership(member, groupId));
    try {
      work.run();
    } finally {
      members.forEach(member -> identityService.createMembership(member, groupId));
    }
  }

  /** Addresses the case (and the cases it called) mailed with {@code template}, in order. */
  protected List<String> recipientsOf(ProcessInstance instance, String template) {
    List<Object> arguments = new ArrayList<>(caseAndCalled(instance));
    arguments.add(template);
    return jdbc.queryForList("SELECT recipient FROM app_notification_log WHERE process_instance_id IN ("
        + placeholders(arguments.size() - 1) + ") AND template = ? ORDER BY recipient", String.class, arguments.toArray());
  }

  /** The running case this case called (kept by a test to look at it also after it ended). */
  protected ProcessInstance calledBy(ProcessInstance caller) {
    ProcessInstance called = runtimeService.createProcessInstanceQuery().superProcessInstanceId(caller.getId())
        .singleResult();
    assertThat(called).as("a case called by " + caller.getId()).isNotNull();
    return called;
  }

  /** Mail templates sent (or logged) for the case and the cases it called, oldest first, one entry per recipient. */
  protected List<String> notifications(ProcessInstance instance) {
    List<String> cases = caseAndCalled(instance);
    return jdbc.queryForList("SELECT template FROM app_notification_log WHERE process_instance_id IN ("
        + placeholders(cases.size()) + ") ORDER BY sent_at, template", String.class, cases.toArray());
  }

  private static String placeholders(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }

  /** The case's reference (business key) as Cockpit and history show it, also after the case ended. */
  protected String businessKeyOf(ProcessInstance instance) {
    return historyService.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
        .getBusinessKey();
  }
}

package nl.amsterdam.inclusion.support;

import org.camunda.bpm.engine.RepositoryService;

/** Deploys the test-only processes and forms of {@code src/test/resources/test-models}. */
public final class TestModels {

  public static final String NOTIFICATION = "notification-test";
  public static final String ASSIGNMENT = "assignment-test";
  public static final String REMINDER = "reminder-test";
  public static final String SCHEDULED_REMINDER = "scheduled-reminder-test";
  /** Starts with {@code tasks} parallel open tasks for the candidate group {@code group}. */
  public static final String MANY_TASKS = "many-tasks-test";

  private TestModels() {
  }

  public static void deploy(RepositoryService repositoryService) {
    repositoryService.createDeployment()
        .name("test-models")
        .enableDuplicateFiltering(false)
        .addClasspathResource("test-models/notification-test.bpmn")
        .addClasspathResource("test-models/assignment-test.bpmn")
        .addClasspathResource("test-models/reminder-test.bpmn")
        .addClasspathResource("test-models/scheduled-reminder-test.bpmn")
        .addClasspathResource("test-models/many-tasks-test.bpmn")
        .addClasspathResource("test-models/validation-test-start.form")
        .addClasspathResource("test-models/validation-test-case.form")
        .deploy();
  }
}

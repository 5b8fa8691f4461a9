package nl.amsterdam.inclusion.reporting;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import nl.amsterdam.inclusion.engine.AsSystem;
import nl.amsterdam.inclusion.engine.CityTime;
import nl.amsterdam.inclusion.identity.AccessModel;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.springframework.stereotype.Component;

/**
 * What an operator watches, for Prometheus ({@code /actuator/prometheus}, monitoring role only): per process the open
 * incidents (failed steps) and the overdue tasks; the mails that could not be sent after their retries; the job
 * backlog and how long the oldest due job has waited. Computed at each scrape from the engine, as the system:
 * counts only, no names or case content.
 */
@Component
public class OperationsMetrics implements MeterBinder {

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final AsSystem asSystem;
  private final RepositoryService repositoryService;
  private final Map<String, Set<String>> notificationSteps = new ConcurrentHashMap<>();

  private static final String SEND_NOTIFICATION = "${sendNotification}";

  public OperationsMetrics(RuntimeService runtimeService, TaskService taskService, ManagementService managementService,
      RepositoryService repositoryService, AsSystem asSystem) {
    this.repositoryService = repositoryService;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.managementService = managementService;
    this.asSystem = asSystem;
  }

  /** The scrape runs as the operator who asked; the counts are the system's (the operator holds no process grants). */
  @Override
  public void bindTo(MeterRegistry registry) {
    for (String process : AccessModel.PROCESSES) {
      Gauge.builder("inclusion.incidents.open", () -> asSystem.run(() ->
              runtimeService.createIncidentQuery().processDefinitionKeyIn(process).count()))
          .description("Open incidents: steps that failed after their retries").tag("process", process)
          .register(registry);
      Gauge.builder("inclusion.tasks.overdue", () -> asSystem.run(() ->
              taskService.createTaskQuery().processDefinitionKey(process).dueBefore(CityTime.now()).count()))
          .description("Open user tasks past their due date").tag("process", process).register(registry);
    }
    Gauge.builder("inclusion.mails.failed", () -> asSystem.run(this::failedMails))
        .description("Mails that could not be sent after their retries (open incidents of notification steps)")
        .register(registry);
    Gauge.builder("inclusion.jobs.due", () -> asSystem.run(() -> managementService.createJobQuery().executable().count()))
        .description("Jobs due and not yet done (timers, mails, asynchronous steps)").register(registry);
    Gauge.builder("inclusion.jobs.oldest.due.seconds", () -> asSystem.run(this::oldestDueAge))
        .description("How long the oldest due job has waited").baseUnit("seconds").register(registry);
  }

  private long failedMails() {
    return runtimeService.createIncidentQuery().list().stream()
        .filter(incident -> notificationSteps(incident.getProcessDefinitionId()).contains(incident.getActivityId()))
        .count();
  }

  /** The steps of a deployed model that send mail; a deployed model never changes, so once per definition. */
  private Set<String> notificationSteps(String processDefinitionId) {
    return notificationSteps.computeIfAbsent(processDefinitionId, id -> repositoryService.getBpmnModelInstance(id)
        .getModelElementsByType(ServiceTask.class).stream()
        .filter(task -> SEND_NOTIFICATION.equals(task.getCamundaDelegateExpression()))
        .map(ServiceTask::getId).collect(Collectors.toSet()));
  }

  private double oldestDueAge() {
    List<Job> oldest = managementService.createJobQuery().executable().orderByJobDuedate().asc().listPage(0, 1);
    Date due = oldest.isEmpty() ? null : oldest.get(0).getDuedate();
    return due == null ? 0 : Math.max(0, Duration.between(due.toInstant(), CityTime.instant()).toSeconds());
  }
}

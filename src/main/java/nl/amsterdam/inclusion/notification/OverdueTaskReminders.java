package nl.amsterdam.inclusion.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

import nl.amsterdam.inclusion.engine.CityTime;
import nl.amsterdam.inclusion.identity.AccessModel;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The daily deadline watch ({@code task-deadline-watch}): every open task past its due date is
 * reminded to whoever holds it (the assignee, otherwise its candidates) every week until it is done,
 * and escalated once to the coordinator of its process a week after the due date (see
 * {@link OverdueSchedule}). A user task opts out with the extension property
 * {@code overdueReminders=false} (a status task that only mirrors another wait).
 *
 * <p>One task's failure (say an address that bounces) does not stop the others; the job fails at the
 * end so that it is retried and ends in an incident, and the notification log keeps a retry from
 * sending anything twice.
 */
@Component("remindOverdueTasks")
public class OverdueTaskReminders implements JavaDelegate {

  public static final String OPT_OUT_PROPERTY = "overdueReminders";
  static final String REMINDER_TEMPLATE = "task-overdue-reminder";
  static final String ESCALATION_TEMPLATE = "task-overdue-escalation";
  private static final int PAGE = 200;
  private static final Logger LOG = LoggerFactory.getLogger(OverdueTaskReminders.class);

  private final TaskService tasks;
  private final RepositoryService repository;
  private final NotificationService notifications;
  private final IdentityService identity;
  private final TaskHolders holders;
  private final Map<String, Boolean> optedOut = new ConcurrentHashMap<>();

  public OverdueTaskReminders(TaskService tasks, RepositoryService repository, NotificationService notifications,
      IdentityService identity, TaskHolders holders) {
    this.tasks = tasks;
    this.holders = holders;
    this.identity = identity;
    this.repository = repository;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Instant now = CityTime.instant();
    List<String> failures = new ArrayList<>();
    int first = 0;
    List<Task> page;
    do {
      page = tasks.createTaskQuery().dueBefore(CityTime.now()).orderByDueDate().asc().orderByTaskId().asc()
          .listPage(first, PAGE);
      for (Task task : page) {
        try {
          remind(task, now);
        } catch (RuntimeException e) {
          LOG.warn("Overdue reminder for task {} ({}) failed: {}", task.getId(), task.getName(), e.getMessage());
          failures.add(task.getId());
        }
      }
      first += PAGE;
    } while (page.size() == PAGE);
    if (!failures.isEmpty()) {
      throw new IllegalStateException("Overdue reminders failed for tasks " + failures);
    }
  }

  private void remind(Task task, Instant now) {
    if (task.getProcessDefinitionId() == null || optsOut(task)) {
      return;
    }
    Instant due = task.getDueDate().toInstant();
    OptionalInt number = OverdueSchedule.reminderNumber(due, now);
    if (number.isEmpty()) {
      return;
    }
    ProcessDefinition process = repository.getProcessDefinition(task.getProcessDefinitionId());
    Map<String, Object> model = model(task, process);
    notifications.notify("overdue:" + task.getId() + ":" + number.getAsInt(), REMINDER_TEMPLATE,
        String.join(",", holders.of(task)), model, task.getProcessInstanceId());
    if (OverdueSchedule.escalationDue(due, now)) {
      notifications.notify("overdue-escalation:" + task.getId(), ESCALATION_TEMPLATE,
          RecipientResolver.GROUP_PREFIX + AccessModel.ownerOf(process.getKey()), model, task.getProcessInstanceId());
    }
  }

  private Map<String, Object> model(Task task, ProcessDefinition process) {
    Map<String, Object> model = new HashMap<>();
    model.put("taskName", task.getName());
    model.put("dueDate", task.getDueDate());
    model.put("holder", holderName(task));
    model.put("processName", process.getName());
    return model;
  }

  private String holderName(Task task) {
    User user = task.getAssignee() == null ? null
        : identity.createUserQuery().userId(task.getAssignee()).singleResult();
    if (user == null) {
      return task.getAssignee() == null ? "nog niemand (de taak staat klaar voor de groep)" : task.getAssignee();
    }
    return (user.getFirstName() + " " + user.getLastName()).trim();
  }

  private boolean optsOut(Task task) {
    return optedOut.computeIfAbsent(task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(),
        key -> optsOut((UserTask) repository.getBpmnModelInstance(task.getProcessDefinitionId())
            .getModelElementById(task.getTaskDefinitionKey())));
  }

  /** Whether the model marks this user task as one the watch leaves alone ({@value #OPT_OUT_PROPERTY}=false). */
  public static boolean optsOut(UserTask userTask) {
    return userTask.getExtensionElements() != null && userTask.getExtensionElements().getElementsQuery()
        .filterByType(CamundaProperties.class).list().stream()
        .flatMap(properties -> properties.getCamundaProperties().stream())
        .anyMatch(p -> OPT_OUT_PROPERTY.equals(p.getCamundaName()) && "false".equals(p.getCamundaValue()));
  }
}

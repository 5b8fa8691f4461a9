package nl.amsterdam.inclusion.notification;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Who holds an open task, as recipients for a mail about it: its assignee, otherwise every candidate user and group. */
@Component
public class TaskHolders {

  private final TaskService tasks;

  public TaskHolders(TaskService tasks) {
    this.tasks = tasks;
  }

  /** Recipient entries for {@link RecipientResolver}: user ids and {@code group:ID}. */
  public List<String> of(Task task) {
    if (task.getAssignee() != null) {
      return List.of(task.getAssignee());
    }
    Set<String> holders = new LinkedHashSet<>();
    for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
        holders.add(link.getUserId() != null ? link.getUserId() : RecipientResolver.GROUP_PREFIX + link.getGroupId());
      }
    }
    return new ArrayList<>(holders);
  }
}

package nl.amsterdam.inclusion.reporting;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import nl.amsterdam.inclusion.engine.CityTime;
import nl.amsterdam.inclusion.identity.Groups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Open tasks past their due date, per role (the candidate group, else the assignee's role), over all processes. */
@Component
class OverdueTasksSection implements DashboardSection {

  private final TaskService tasks;
  private final IdentityService identity;

  OverdueTasksSection(TaskService tasks, IdentityService identity) {
    this.tasks = tasks;
    this.identity = identity;
  }

  @Override
  public void addTo(DashboardFigures.Page page) {
    Map<String, String> roleNames = identity.createGroupQuery().groupIdIn(Groups.ROLES.toArray(String[]::new)).list()
        .stream().collect(Collectors.toMap(Group::getId, Group::getName));
    Map<String, Integer> result = new TreeMap<>();
    for (Task task : tasks.createTaskQuery().dueBefore(CityTime.now()).list()) {
      result.merge(roleNames.getOrDefault(roleOf(task), "overig"), 1, Integer::sum);
    }
    page.overdueTasks(result);
  }

  private String roleOf(Task task) {
    for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        return roleOfGroup(link.getGroupId());
      }
    }
    if (task.getAssignee() != null) {
      return identity.createGroupQuery().groupMember(task.getAssignee()).list().stream().map(Group::getId)
          .filter(Groups.ROLES::contains).findFirst().orElse(null);
    }
    return null;
  }

  static String roleOfGroup(String groupId) {
    if (groupId.startsWith("directorate-") && !groupId.equals(Groups.DIRECTORATE_LEADS)) {
      return Groups.DIRECTORATE_LEADS;
    }
    if (groupId.startsWith(Groups.ACCOUNT_MANAGERS + "-")) {
      return Groups.ACCOUNT_MANAGERS;
    }
    return groupId;
  }
}

package nl.amsterdam.inclusion.leadershipfacts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import static nl.amsterdam.inclusion.leadershipfacts.LeadershipfactsProcess.RATERS;

/**
 * The raters a leader invites: user ids or e-mail addresses of colleagues with an account, comma
 * separated. Rating happens in Tasklist, so every rater must be a user.
 */
@Component("leadershipfactsRaters")
public class Raters {

  private final IdentityService identityService;
  private final TaskService taskService;

  public Raters(IdentityService identityService, TaskService taskService) {
    this.identityService = identityService;
    this.taskService = taskService;
  }

  /** The distinct users the entries name, in order; unknown entries are left out. */
  public List<String> userIds(String entries) {
    Set<String> ids = new LinkedHashSet<>();
    for (String entry : StringUtils.commaDelimitedListToStringArray(entries)) {
      user(entry.trim()).ifPresent(user -> ids.add(user.getId()));
    }
    return new ArrayList<>(ids);
  }

  /** Entries that name no user. */
  public List<String> unknown(String entries) {
    List<String> unknown = new ArrayList<>();
    for (String entry : StringUtils.commaDelimitedListToStringArray(entries)) {
      if (!entry.isBlank() && user(entry.trim()).isEmpty()) {
        unknown.add(entry.trim());
      }
    }
    return unknown;
  }

  /** For the rating tasks: the invited raters of this measurement. */
  public List<String> of(DelegateExecution execution) {
    return userIds((String) execution.getVariable(RATERS));
  }

  /** For the reminder: raters whose rating task is still open. */
  public String stillOpen(DelegateExecution execution) {
    return taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(LeadershipfactsProcess.TASK_RATE_LEADER).list().stream()
        .map(task -> task.getAssignee()).collect(Collectors.joining(","));
  }

  private Optional<User> user(String entry) {
    if (entry.isEmpty()) {
      return Optional.empty();
    }
    User byId = identityService.createUserQuery().userId(entry).singleResult();
    return byId != null ? Optional.of(byId)
        : identityService.createUserQuery().userEmail(entry).list().stream().findFirst();
  }
}

package nl.amsterdam.inclusion.leadershipfacts;

import static nl.amsterdam.inclusion.leadershipfacts.LeadershipfactsProcess.LEADER_ID;
import static nl.amsterdam.inclusion.leadershipfacts.LeadershipfactsProcess.RATERS;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.amsterdam.inclusion.form.FormValues;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * The raters a leader invites: colleagues with an account, chosen by name from a list whose values are their user
 * ids. Rating happens in Tasklist, so every rater must be a user.
 */
@Component("leadershipfactsRaters")
public class Raters {

  private final IdentityService identityService;
  private final TaskService taskService;

  public Raters(IdentityService identityService, TaskService taskService) {
    this.identityService = identityService;
    this.taskService = taskService;
  }

  /** For the self-rating form: every colleague with an account but the leader, by name (the value is the user id). */
  public TypedValue options(DelegateExecution execution) {
    Object leader = execution.getVariable(LEADER_ID);
    Collator dutch = Collator.getInstance(Locale.forLanguageTag("nl"));
    return FormValues.options(identityService.createUserQuery().list().stream()
        .filter(user -> !user.getId().equals(leader))
        .sorted(Comparator.comparing((User user) -> String.valueOf(user.getLastName()), dutch)
            .thenComparing(user -> String.valueOf(user.getFirstName()), dutch))
        .map(user -> FormValues.option(name(user.getFirstName(), user.getLastName(), user.getId()), user.getId()))
        .toList());
  }

  /** The distinct users chosen, in order; ids without an account are left out. */
  public List<String> userIds(Object chosen) {
    Set<String> ids = new LinkedHashSet<>();
    for (String id : FormValues.strings(chosen)) {
      if (isUser(id)) {
        ids.add(id);
      }
    }
    return new ArrayList<>(ids);
  }

  /** Chosen ids that name no user. */
  public List<String> unknown(Object chosen) {
    return FormValues.strings(chosen).stream().filter(id -> !isUser(id)).toList();
  }

  /** For the rating tasks: the invited raters of this measurement. */
  public List<String> of(DelegateExecution execution) {
    return userIds(execution.getVariable(RATERS));
  }

  /** For the invitation: the invited raters as the notification's recipients. */
  public String recipients(DelegateExecution execution) {
    return String.join(",", of(execution));
  }

  /** For the reminder: raters whose rating task is still open. */
  public String stillOpen(DelegateExecution execution) {
    return taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(LeadershipfactsProcess.TASK_RATE_LEADER).list().stream()
        .map(task -> task.getAssignee()).collect(Collectors.joining(","));
  }

  private boolean isUser(String id) {
    return !id.isBlank() && identityService.createUserQuery().userId(id).count() == 1;
  }

  private static String name(String firstName, String lastName, String id) {
    String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
    return name.isEmpty() ? id : name;
  }
}

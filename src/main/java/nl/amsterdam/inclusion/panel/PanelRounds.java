package nl.amsterdam.inclusion.panel;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import nl.amsterdam.inclusion.engine.CityTime;
import nl.amsterdam.inclusion.form.FormValues;
import nl.amsterdam.inclusion.identity.Groups;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.panel.PanelProcess.*;

/** Expressions of the panel models: who is in the round and in the panel, and the dates their deadlines hang on. */
@Component("panelRounds")
public class PanelRounds {

  private static final LocalTime END_OF_WORKING_DAY = LocalTime.of(17, 0);
  /** Camunda's delete reason of a task that was completed, not cancelled. */
  private static final String COMPLETED = "completed";

  private final IdentityService identityService;
  private final HistoryService historyService;

  public PanelRounds(IdentityService identityService, HistoryService historyService) {
    this.identityService = identityService;
    this.historyService = historyService;
  }

  /** The directorate groups chosen for the round (a checklist answer: Java list or JSON). */
  public List<String> directorates(DelegateExecution execution) {
    return FormValues.strings(execution.getVariable(PARTICIPATING_DIRECTORATES));
  }

  public boolean isSecondTime(DelegateExecution execution, String directorateGroup) {
    return FormValues.strings(execution.getVariable(SECOND_TIME_DIRECTORATES)).contains(directorateGroup);
  }

  /** The directorate's leads and the (at most two) panel members chosen for the follow-up conversation. */
  public String followUpRecipients(DelegateExecution execution) {
    StringBuilder recipients = new StringBuilder("group:").append(execution.getVariable(DIRECTORATE_GROUP));
    for (String member : List.of(FOLLOW_UP_MEMBER_1, FOLLOW_UP_MEMBER_2)) {
      Object chosen = execution.getVariable(member);
      if (chosen != null && !chosen.toString().isBlank()) {
        recipients.append(',').append(chosen);
      }
    }
    return recipients.toString();
  }

  /**
   * The panel members who still have the step {@code taskKey} open in this case, as mail recipients: a reminder goes
   * to them, not to the members who already did it.
   */
  public String openAssignees(DelegateExecution execution, String taskKey) {
    return String.join(",", execution.getProcessEngineServices().getTaskService().createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(taskKey).list().stream()
        .map(Task::getAssignee).filter(Objects::nonNull).distinct().sorted().toList());
  }

  /** End of the round's conversations phase: {@link PanelProcess#CONVERSATIONS_WEEKS} weeks from now, at 17:00. */
  public Date conversationsDeadline() {
    return CityTime.at(today().plusWeeks(CONVERSATIONS_WEEKS), END_OF_WORKING_DAY);
  }

  /** A form's date ("2026-12-01") plus {@code days}, at 17:00: for steps due around a conversation date. */
  public Date daysAfter(Object formDate, int days) {
    return CityTime.at(LocalDate.parse(String.valueOf(formDate).substring(0, 10)).plusDays(days), END_OF_WORKING_DAY);
  }

  /**
   * The panel members asked for input on the report who have not given it: while the week runs, those whose input
   * task is open (the reminder goes to them); after it, those whose task the deadline cancelled.
   */
  public List<String> withoutReportInput(DelegateExecution execution) {
    List<HistoricTaskInstance> asked = historyService.createHistoricTaskInstanceQuery()
        .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(TASK_GIVE_REPORT_INPUT)
        .orderByTaskAssignee().asc().list();
    Set<String> without = new LinkedHashSet<>();
    asked.forEach(task -> without.add(task.getAssignee()));
    asked.stream().filter(task -> COMPLETED.equals(task.getDeleteReason())).forEach(task -> without.remove(task.getAssignee()));
    return List.copyOf(without);
  }

  /** {@link #withoutReportInput} as a mail's recipients (user ids), with the moderator when {@code withModerator}. */
  public String withoutReportInputRecipients(DelegateExecution execution, boolean withModerator) {
    List<String> recipients = new ArrayList<>(withoutReportInput(execution));
    if (withModerator) {
      recipients.add("group:" + Groups.PANEL_MODERATOR);
    }
    return String.join(",", recipients);
  }

  /** {@link #withoutReportInput} by name, for the moderator's mail. */
  public String withoutReportInputNames(DelegateExecution execution) {
    return String.join(", ", withoutReportInput(execution).stream().map(this::nameOf).toList());
  }

  private String nameOf(String userId) {
    User user = identityService.createUserQuery().userId(userId).singleResult();
    return user == null ? userId : user.getFirstName() + " " + user.getLastName();
  }

  private static LocalDate today() {
    return CityTime.today();
  }

  /** The growth panel's members: everybody in the group {@code panel-members}. */
  public List<String> panelMembers() {
    return panelMemberUsers().stream().map(User::getId).toList();
  }

  List<User> panelMemberUsers() {
    return identityService.createUserQuery().memberOfGroup(Groups.PANEL_MEMBERS).orderByUserId().asc().list();
  }
}

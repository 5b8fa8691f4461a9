package nl.amsterdam.inclusion.panel;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Objects;

import nl.amsterdam.inclusion.engine.CityTime;
import nl.amsterdam.inclusion.form.FormValues;
import nl.amsterdam.inclusion.identity.Groups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.panel.PanelProcess.*;

/** Expressions of the panel models: who is in the round and in the panel, and the dates their deadlines hang on. */
@Component("panelRounds")
public class PanelRounds {

  private static final LocalTime END_OF_WORKING_DAY = LocalTime.of(17, 0);

  private final IdentityService identityService;

  public PanelRounds(IdentityService identityService) {
    this.identityService = identityService;
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

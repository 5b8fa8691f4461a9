package nl.amsterdam.inclusion.panel;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.panel.PanelProcess.*;

/**
 * When the reading deadline passes, records who of the panel had not read the action plan, so the moderator plans
 * the conversation knowing it (and can ask them to read it before the conversation).
 */
@Component("recordUnreadActionPlan")
public class RecordUnreadDelegate implements JavaDelegate {

  /** Camunda's delete reason of a task that was completed, not cancelled. */
  private static final String COMPLETED = "completed";

  private final HistoryService historyService;
  private final IdentityService identityService;

  public RecordUnreadDelegate(HistoryService historyService, IdentityService identityService) {
    this.historyService = historyService;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<HistoricTaskInstance> readings = historyService.createHistoricTaskInstanceQuery()
        .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(TASK_READ_ACTION_PLAN)
        .orderByHistoricActivityInstanceStartTime().asc().list();
    // the readings cancelled by the deadline are not flushed yet: whoever was asked and did not complete
    Set<String> unread = new LinkedHashSet<>();
    readings.forEach(reading -> unread.add(reading.getAssignee()));
    readings.stream().filter(reading -> COMPLETED.equals(reading.getDeleteReason()))
        .forEach(reading -> unread.remove(reading.getAssignee()));
    execution.setVariable(UNREAD_BY, String.join(", ", unread.stream().map(this::nameOf).toList()));
  }

  private String nameOf(String userId) {
    User user = identityService.createUserQuery().userId(userId).singleResult();
    return user == null ? userId : user.getFirstName() + " " + user.getLastName();
  }
}

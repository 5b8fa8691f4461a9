package nl.amsterdam.inclusion.panel;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.panel.PanelProcess.*;

/**
 * Bureau I&D followed up one of the previous round's actions: records done / not done / carried over (with why and
 * the new date) on the action, with the name of the signed-in user. A carried-over action becomes one of this
 * round's actions when the round closes. On creation the task gets the action's description.
 */
@Component("followUpActionTask")
public class FollowUpActionListener implements TaskListener {

  private final PanelRoundRecords records;

  public FollowUpActionListener(PanelRoundRecords records) {
    this.records = records;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      // shown read-only in the form; on the task, as the element variable is only there once the instance runs
      task.setVariableLocal(ACTION_DESCRIPTION, records.describe((String) task.getVariable(ACTION_ID)));
      return;
    }
    String status = (String) task.getVariable(ACTION_STATUS);
    Object note = task.getVariable(ACTION_NOTE);
    records.recordFollowUp((String) task.getVariable(ACTION_ID), status, note == null ? null : note.toString().strip(),
        RoundActions.CARRIED_OVER.equals(status) ? RoundActions.date(task.getVariable(ACTION_NEW_DUE)).orElseThrow() : null,
        Actors.nameOf(task.getProcessEngineServices().getIdentityService(), Actors.actorOf(task)));
  }
}

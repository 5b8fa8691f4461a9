package nl.amsterdam.inclusion.panel;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.form.FormValues.option;
import static nl.amsterdam.inclusion.form.FormValues.options;
import static nl.amsterdam.inclusion.panel.PanelProcess.*;

/**
 * Bureau I&D's removal task: on create it offers the directorates whose conversation still runs (the task is
 * asynchronous, so the conversations started with it are there); on complete it records who removed one, from the
 * signed-in user (never from a submitted value).
 */
@Component("removeDirectorateTask")
public class RemoveDirectorateListener implements TaskListener {

  private final RoundConversations conversations;

  public RemoveDirectorateListener(RoundConversations conversations) {
    this.conversations = conversations;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.getExecution().getProcessInstance().setVariable(REMOVABLE_DIRECTORATE_OPTIONS, options(
          conversations.running(task.getProcessInstanceId()).keySet().stream()
              .map(group -> option(conversations.nameOf(group), group)).toList()));
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      task.getExecution().getProcessInstance().setVariable(REMOVED_BY, remover(task));
    }
  }

  private String remover(DelegateTask task) {
    Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String userId = user != null ? user.getUserId() : task.getAssignee();
    User known = userId == null ? null
        : task.getProcessEngineServices().getIdentityService().createUserQuery().userId(userId).singleResult();
    return known == null ? "Bureau I&D" : known.getFirstName() + " " + known.getLastName() + " (Bureau I&D)";
  }
}

package nl.amsterdam.inclusion.panel;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who completes a panel-round task: the signed-in user (never a submitted value), else the task's assignee. */
final class Actors {

  private Actors() {
  }

  static String actorOf(DelegateTask task) {
    Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return user != null ? user.getUserId() : task.getAssignee();
  }

  /** "First Last" of a user id; the id itself for an unknown user, null for none. */
  static String nameOf(IdentityService identityService, String userId) {
    if (userId == null) {
      return null;
    }
    User user = identityService.createUserQuery().userId(userId).singleResult();
    return user == null ? userId : user.getFirstName() + " " + user.getLastName();
  }
}

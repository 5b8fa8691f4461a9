package nl.amsterdam.inclusion.panel;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.panel.PanelProcess.*;

/**
 * Bureau I&D took a directorate out of the round: its conversation stops and the round no longer waits for it.
 * The choice is cleared so the next removal starts from an empty form.
 */
@Component("withdrawPanelConversation")
public class WithdrawConversationDelegate implements JavaDelegate {

  private final RoundConversations conversations;

  public WithdrawConversationDelegate(RoundConversations conversations) {
    this.conversations = conversations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DelegateExecution round = execution.getProcessInstance();
    String directorateGroup = (String) round.getVariable(REMOVE_DIRECTORATE);
    String reason = (String) round.getVariable(REMOVAL_REASON);
    String conversationId = conversations.running(round.getId()).get(directorateGroup);
    // the form's rule refused a directorate without a running conversation; one that ended since is no longer waited for
    if (conversationId != null) {
      conversations.withdraw(round, directorateGroup, conversationId, reason,
          "uit de ronde gehaald door " + round.getVariable(REMOVED_BY) + "; reden: " + reason);
    }
    round.removeVariable(REMOVE_DIRECTORATE);
    round.removeVariable(REMOVAL_REASON);
    round.removeVariable(REMOVED_BY);
  }
}

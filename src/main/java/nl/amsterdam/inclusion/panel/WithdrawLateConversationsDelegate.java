package nl.amsterdam.inclusion.panel;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.panel.PanelProcess.ROUND_NUMBER;

/**
 * The round's deadline passed: conversations without a report leave the round, so its red threads are written with
 * the conversations that were held. Those with a report go on (reflection, follow-up) and are counted.
 */
@Component("withdrawLatePanelConversations")
public class WithdrawLateConversationsDelegate implements JavaDelegate {

  private final RoundConversations conversations;

  public WithdrawLateConversationsDelegate(RoundConversations conversations) {
    this.conversations = conversations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DelegateExecution round = execution.getProcessInstance();
    String reason = "De termijn van ronde " + round.getVariable(ROUND_NUMBER)
        + " van het groeipanel is verstreken voordat het verslag van het panelgesprek klaar was.";
    for (Map.Entry<String, String> conversation : conversations.running(round.getId()).entrySet()) {
      if (!conversations.hasReport(conversation.getValue())) {
        conversations.withdraw(round, conversation.getKey(), conversation.getValue(), reason,
            "geen verslag voor het einde van de termijn van de ronde");
      }
    }
  }
}

package nl.amsterdam.inclusion.panel;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.engine.CaseVariables.DIRECTORATE;
import static nl.amsterdam.inclusion.form.FormValues.option;
import static nl.amsterdam.inclusion.form.FormValues.options;
import static nl.amsterdam.inclusion.panel.PanelProcess.*;

/**
 * Names the directorate and puts the panel members and the theme list into the conversation's forms; for a
 * directorate that took part before, its previous round's report and reflection for the panel's reading and the
 * moderator's preparation (the same directorate's own conversation, so the same readers).
 */
@Component("preparePanelConversation")
public class PrepareConversationDelegate implements JavaDelegate {

  private final IdentityService identityService;
  private final PanelRounds rounds;
  private final PanelThemes themes;
  private final PreviousConversations previous;

  public PrepareConversationDelegate(IdentityService identityService, PanelRounds rounds, PanelThemes themes,
      PreviousConversations previous) {
    this.identityService = identityService;
    this.rounds = rounds;
    this.themes = themes;
    this.previous = previous;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String groupId = (String) execution.getVariable(DIRECTORATE_GROUP);
    Group group = identityService.createGroupQuery().groupId(groupId).singleResult();
    if (group == null) {
      throw new IllegalStateException("No directorate group " + groupId);
    }
    execution.setVariable(DIRECTORATE, group.getName());
    execution.setVariable(PANEL_MEMBER_OPTIONS, options(rounds.panelMemberUsers().stream()
        .map(user -> option(user.getFirstName() + " " + user.getLastName(), user.getId())).toList()));
    execution.setVariable(THEME_OPTIONS, options(themes.active().stream()
        .map(theme -> option(theme.name(), theme.id())).toList()));
    Object round = execution.getVariable(ROUND_NUMBER);
    if (round instanceof Number number) {
      previous.of(groupId, number.intValue(), execution.getProcessInstanceId()).ifPresent(earlier -> {
        execution.setVariable(PREVIOUS_ROUND_NUMBER, earlier.roundNumber());
        execution.setVariable(PREVIOUS_REPORT, earlier.report());
        execution.setVariable(PREVIOUS_REFLECTION, earlier.reflection() == null
            ? "De directie heeft na dat gesprek geen reflectie geschreven." : earlier.reflection());
      });
    }
  }
}

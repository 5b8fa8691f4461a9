package nl.amsterdam.inclusion.panel;

import nl.amsterdam.inclusion.identity.Groups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.form.FormValues.option;
import static nl.amsterdam.inclusion.form.FormValues.options;
import static nl.amsterdam.inclusion.panel.PanelProcess.DIRECTORATE_OPTIONS;

/** Offers Bureau I&D every directorate (groups of type DIRECTORATE) to choose the round's participants. */
@Component("preparePanelRound")
public class PrepareRoundDelegate implements JavaDelegate {

  private final IdentityService identityService;

  public PrepareRoundDelegate(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(DIRECTORATE_OPTIONS, options(identityService.createGroupQuery()
        .groupType(Groups.TYPE_DIRECTORATE).orderByGroupName().asc().list().stream()
        .map(group -> option(group.getName(), group.getId())).toList()));
  }
}

package nl.amsterdam.inclusion.security;

import java.util.ArrayList;
import java.util.List;

import nl.amsterdam.inclusion.form.FormSubmissions;
import nl.amsterdam.inclusion.form.StartFormView;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Puts {@link EngineRules} into the engine's command chain and narrows what the engine itself grants people:
 * <ul>
 *   <li>an assignee or candidate of a task gets {@code TASK_WORK} (claim, complete), not {@code UPDATE} (which
 *       also writes variables, reassigns and changes candidate groups);</li>
 *   <li>reading variables needs the specific variable permissions: a case's variables ({@code READ_INSTANCE_VARIABLE},
 *       ...) only for the roles that follow its process; a task's ({@code READ_VARIABLE}, which the engine gives its
 *       assignee and candidates) only as far as the task's form shows them ({@link EngineRules});</li>
 *   <li>a failed login delays the account's next one by at most 5 seconds and never locks it: user ids are first
 *       names, so with Camunda's default (ten attempts, then locked for good; delays up to a minute) anyone could
 *       lock out anyone. Guessing is slowed per client address instead ({@link LoginThrottle}).</li>
 * </ul>
 */
@Component
public class EngineRulesPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<FormSubmissions> forms;
  private final ObjectProvider<StartFormView> startForms;

  public EngineRulesPlugin(ObjectProvider<FormSubmissions> forms, ObjectProvider<StartFormView> startForms) {
    this.forms = forms;
    this.startForms = startForms;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = configuration.getCustomPostCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
    interceptors.add(0, new EngineRules(forms::getObject, startForms::getObject));
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
    configuration.setDefaultUserPermissionNameForTask(Permissions.TASK_WORK.getName());
    configuration.setEnforceSpecificVariablePermission(true);
    configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
    configuration.setLoginDelayBase(1);
    configuration.setLoginDelayFactor(2);
    configuration.setLoginDelayMaxTime(5);
  }
}

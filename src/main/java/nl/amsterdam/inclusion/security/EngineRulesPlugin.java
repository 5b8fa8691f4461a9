package nl.amsterdam.inclusion.security;

import java.util.ArrayList;
import java.util.List;

import nl.amsterdam.inclusion.form.FormSubmissions;
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
 *   <li>reading variables needs the specific variable permissions ({@code READ_VARIABLE},
 *       {@code READ_INSTANCE_VARIABLE}, ...), which only roles that follow a process are granted;</li>
 *   <li>failed logins delay the next attempt (up to a minute) but never lock the account: user ids are first names,
 *       so with Camunda's default of ten attempts anyone could lock out anyone for good.</li>
 * </ul>
 */
@Component
public class EngineRulesPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<FormSubmissions> forms;

  public EngineRulesPlugin(ObjectProvider<FormSubmissions> forms) {
    this.forms = forms;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = configuration.getCustomPostCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
    interceptors.add(0, new EngineRules(forms::getObject));
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
    configuration.setDefaultUserPermissionNameForTask(Permissions.TASK_WORK.getName());
    configuration.setEnforceSpecificVariablePermission(true);
    configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
  }
}

package nl.amsterdam.inclusion.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.property.AdminUserProperty;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The starter gives an administrator configured without a password the user id as password. We
 * refuse to start instead: outside the demo profile nothing has a default password.
 */
@Component
public class AdminUserGuard extends AbstractProcessEnginePlugin {

  private final CamundaBpmProperties properties;

  public AdminUserGuard(CamundaBpmProperties properties) {
    this.properties = properties;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    AdminUserProperty admin = properties.getAdminUser();
    if (admin != null && StringUtils.hasText(admin.getId()) && !hasExplicitPassword(admin)) {
      throw new IllegalStateException("CAMUNDA_BPM_ADMINUSER_ID is set without CAMUNDA_BPM_ADMINUSER_PASSWORD; "
          + "set a password for administrator '" + admin.getId() + "'");
    }
  }

  private static boolean hasExplicitPassword(AdminUserProperty admin) {
    String password = admin.getPassword();
    return StringUtils.hasText(password) && !password.equals(admin.getId());
  }
}

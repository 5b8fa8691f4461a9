package nl.amsterdam.inclusion.security;

import org.camunda.bpm.spring.boot.starter.property.AdminUserProperty;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AdminUserGuardTest {

  @Test
  void refusesAnAdministratorWithoutPassword() {
    assertThatThrownBy(() -> guard("beheer", null).preInit(null))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("CAMUNDA_BPM_ADMINUSER_PASSWORD");
    assertThatThrownBy(() -> guard("beheer", "beheer").preInit(null)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void acceptsNoAdministratorOrOneWithAPassword() {
    assertThatCode(() -> guard(null, null).preInit(null)).doesNotThrowAnyException();
    assertThatCode(() -> guard("beheer", "S3cret!-passphrase").preInit(null)).doesNotThrowAnyException();
  }

  private static AdminUserGuard guard(String id, String password) {
    CamundaBpmProperties properties = new CamundaBpmProperties();
    AdminUserProperty admin = new AdminUserProperty();
    admin.setId(id);
    admin.setPassword(password);
    properties.setAdminUser(admin);
    return new AdminUserGuard(properties);
  }
}

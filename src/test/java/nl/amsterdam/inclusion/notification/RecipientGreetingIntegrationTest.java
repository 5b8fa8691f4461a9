package nl.amsterdam.inclusion.notification;

import java.util.List;

import nl.amsterdam.inclusion.support.ProcessTestCase;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Mails greet people by name, never by an address or a user id ("Beste fatima@example.org"). */
class RecipientGreetingIntegrationTest extends ProcessTestCase {

  @Autowired RecipientResolver resolver;

  @Test
  void anAddressOfAKnownUserIsGreetedWithTheirName() {
    List<Recipient> recipients = resolver.resolve("fatima@example.org");

    assertThat(recipients).singleElement().satisfies(fatima -> {
      assertThat(fatima.greeting()).isEqualTo("Fatima El Amrani");
      assertThat(fatima.userId()).isEqualTo("fatima");
      assertThat(fatima.email()).isEqualTo("fatima@example.org");
    });
  }

  @Test
  void anUnknownAddressIsGreetedNeutrallyAndShownByItsAddressInCalendars() {
    Recipient outsider = resolver.resolve("trainer@extern.nl").get(0);

    assertThat(outsider.greeting()).isEqualTo("collega");
    assertThat(outsider.displayName()).isEqualTo("trainer@extern.nl");
    assertThat(outsider.userId()).isNull();
  }

  @Test
  void aUserWithoutANameIsGreetedNeutrallyNotByTheirId() {
    User nameless = identityService.newUser("nameless-greeting");
    nameless.setEmail("nameless-greeting@example.org");
    identityService.saveUser(nameless);
    try {
      assertThat(resolver.resolve("nameless-greeting").get(0).greeting()).isEqualTo("collega");
      assertThat(resolver.resolve("nameless-greeting@example.org").get(0).greeting()).isEqualTo("collega");
    } finally {
      identityService.deleteUser("nameless-greeting");
    }
  }
}

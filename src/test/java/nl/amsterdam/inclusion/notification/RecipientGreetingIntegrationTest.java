package nl.amsterdam.inclusion.notification;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;

import nl.amsterdam.inclusion.support.FailAfterSend;
import nl.amsterdam.inclusion.support.Mails;
import nl.amsterdam.inclusion.support.ProcessTestCase;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/** Mails greet people by name, never by an address or a user id ("Beste fatima@example.org"). */
// the foundation test's context, with its SMTP host (see CalendarInvitationIntegrationTest)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=false",
    "spring.mail.host=127.0.0.1",
    "spring.mail.port=3025",
    "inclusion.demo.enabled=true",
    "inclusion.demo.password=demo"})
@Import(FailAfterSend.class)
class RecipientGreetingIntegrationTest extends ProcessTestCase {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired RecipientResolver resolver;
  @Autowired NotificationService notifications;

  @Test
  void aMailToAnAddressGreetsAKnownOwnerByNameAndAnyoneElseAsColleague() throws Exception {
    notifications.notify("greeting-" + UUID.randomUUID(), "test-notification", "fatima@example.org, trainer@extern.nl",
        Map.of("subjectText", "de groet"), "geen-zaak");

    Map<String, MimeMessage> byRecipient = Arrays.stream(smtp.getReceivedMessages())
        .collect(Collectors.toMap(Mails::recipient, mail -> mail));
    assertThat(byRecipient.get("fatima@example.org").getSubject()).isEqualTo("Testbericht voor Fatima El Amrani");
    assertThat(GreenMailUtil.getBody(byRecipient.get("fatima@example.org"))).contains("Beste Fatima El Amrani,");
    assertThat(GreenMailUtil.getBody(byRecipient.get("trainer@extern.nl"))).contains("Beste collega,")
        .doesNotContain("Beste trainer@extern.nl");
  }

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

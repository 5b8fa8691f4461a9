package nl.amsterdam.inclusion.notification;

import java.util.Map;

import com.samskivert.mustache.MustacheException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailTemplatesTest {

  private final MailTemplates templates = new MailTemplates();

  @Test
  void rendersSubjectAsTextAndEscapesTheBody() {
    MailTemplates.RenderedTemplate mail = templates.render("test-notification", Map.of(
        "recipientName", "Jan & Sanne", "subjectText", "<script>x</script>", "tasklistUrl", "http://host/tasklist"));

    assertThat(mail.subject()).isEqualTo("Testbericht voor Jan & Sanne");
    assertThat(mail.htmlBody())
        .contains("Beste Jan &amp; Sanne")
        .contains("&lt;script&gt;x&lt;/script&gt;")
        .contains("href=\"http://host/tasklist\"");
  }

  @Test
  void aVariableMissingFromTheModelFailsInsteadOfSendingABrokenMail() {
    assertThatThrownBy(() -> templates.render("test-notification", Map.of("recipientName", "Jan")))
        .isInstanceOf(MustacheException.class);
  }
}

package nl.amsterdam.inclusion.notification;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.samskivert.mustache.MustacheException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailTemplatesTest {

  private final MailTemplates templates = new MailTemplates();

  @Test
  void rendersSubjectAsTextAndEscapesTheBody() {
    MailTemplates.RenderedTemplate mail = templates.render("test-notification", Map.of(
        "recipientName", "Jan & Sanne", "subjectText", "<script>x</script>", "tasklistUrl", "http://host/tasklist",
        "myCasesUrl", "http://host/mijn-aanvragen/"));

    assertThat(mail.subject()).isEqualTo("Testbericht voor Jan & Sanne");
    assertThat(mail.htmlBody())
        .contains("Beste Jan &amp; Sanne")
        .contains("&lt;script&gt;x&lt;/script&gt;")
        .contains("href=\"http://host/tasklist\"");
  }

  @Test
  void datesAndAmountsReadTheDutchWayNotAsStored() {
    MailTemplates.RenderedTemplate mail = templates.render("learning-budget-approval-requested", Map.of(
        "recipientName", "Noor", "interventionTitle", "Training", "teamName", "Team Oost", "estimatedCost", 4800L,
        "budgetAvailable", 12500.0, "requestReference", "LV-2026-0001", "tasklistUrl", "http://host/tasklist",
        "myCasesUrl", "http://host/mijn-aanvragen/"));
    assertThat(mail.htmlBody()).contains("Geraamde kosten: € 4.800").contains("clusterbudget: € 12.500")
        .doesNotContain("EUR").doesNotContain("4800");

    MailTemplates.RenderedTemplate reminder = templates.render("alderman-dialogue-reminder", Map.of(
        "recipientName", "Noor", "dialogueDate", "2026-12-19", "dialogueTime", "15:00", "dialogueLocation", "Stadhuis",
        "dialogueRoom", "Zaal 1", "tasklistUrl", "http://host/tasklist", "myCasesUrl", "http://host/mijn-aanvragen/"));
    assertThat(reminder.subject()).isEqualTo("Herinnering: dialoog met de wethouder op 19 december 2026");
  }

  @Test
  void everyTemplateEscapesMarkupInEveryVariable() throws Exception {
    Path folder = Path.of("src/main/resources/mail");
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(file -> !file.getFileName().toString().equals("footer.mustache")).sorted().toList();
    }
    Pattern variable = Pattern.compile("\\{\\{[#^/&{]?\\s*([\\w.]+)\\s*}?}}");
    for (Path file : files) {
      Map<String, Object> model = new HashMap<>();
      Matcher matcher = variable.matcher(Files.readString(file));
      while (matcher.find()) {
        model.put(matcher.group(1), "<script>alert('" + matcher.group(1) + "')</script>");
      }
      model.put("tasklistUrl", "http://host/tasklist");
      model.put("myCasesUrl", "http://host/mijn-aanvragen/");
      String name = file.getFileName().toString().replace(".mustache", "");

      MailTemplates.RenderedTemplate mail = templates.render(name, model);

      assertThat(mail.htmlBody()).as(name).doesNotContain("<script");
    }
    assertThat(files).hasSizeGreaterThan(40);
  }

  @Test
  void aStandInReadsWhyTheMailCameToThemAndOthersReadNoNote() {
    Map<String, Object> model = new HashMap<>(Map.of("recipientName", "Mila", "subjectText", "een aanvraag",
        "tasklistUrl", "http://host/tasklist", "myCasesUrl", "http://host/mijn-aanvragen/"));
    model.put("standInNote", "Niemand heeft de rol Accounthouder P&O Bestuur en Organisatie; Bureau I&D neemt dit over.");

    assertThat(templates.render("test-notification", model).htmlBody())
        .contains("Je ontvangt dit bericht omdat niemand deze rol heeft.")
        .contains("Niemand heeft de rol Accounthouder P&amp;O Bestuur en Organisatie; Bureau I&amp;D neemt dit over.");

    model.put("standInNote", null);
    assertThat(templates.render("test-notification", model).htmlBody()).doesNotContain("niemand deze rol");
  }

  @Test
  void aVariableMissingFromTheModelFailsInsteadOfSendingABrokenMail() {
    assertThatThrownBy(() -> templates.render("test-notification", Map.of("recipientName", "Jan")))
        .isInstanceOf(MustacheException.class);
  }
}

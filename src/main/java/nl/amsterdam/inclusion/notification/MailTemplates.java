package nl.amsterdam.inclusion.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Dutch e-mail templates in {@code src/main/resources/mail/NAME.mustache}: the first line is the
 * subject, the rest (after one blank line) the HTML body. Values are HTML-escaped in the body; a
 * variable the template names but the model lacks fails loudly rather than sending a broken mail. Dates and
 * amounts are written the Dutch way ({@link MailValues}).
 */
@Component
public class MailTemplates {

  private static final String FOLDER = "mail/";

  private final Mustache.Compiler body = Mustache.compiler()
      .nullValue("")
      .withLoader(name -> new StringReader(read(FOLDER + name + ".mustache")));
  private final Mustache.Compiler subject = body.escapeHTML(false);
  private final Map<String, Template[]> cache = new ConcurrentHashMap<>();

  public RenderedTemplate render(String name, Map<String, ?> model) {
    Template[] template = cache.computeIfAbsent(name, this::compile);
    Map<String, Object> readable = MailValues.readable(model);
    return new RenderedTemplate(template[0].execute(readable).strip(), template[1].execute(readable));
  }

  private Template[] compile(String name) {
    String source = read(FOLDER + name + ".mustache");
    int split = source.indexOf("\n\n");
    if (split < 0) {
      throw new IllegalStateException("Mail template " + name + " needs a subject line, a blank line and a body");
    }
    return new Template[] {subject.compile(source.substring(0, split)), body.compile(source.substring(split + 2))};
  }

  private static String read(String path) {
    try (InputStream in = new ClassPathResource(path).getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("No mail template " + path, e);
    }
  }

  public record RenderedTemplate(String subject, String htmlBody) {
  }
}

package nl.amsterdam.inclusion;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.mustache.MustacheAutoConfiguration;

// Mustache renders e-mails only (notification.MailTemplates), not web views.
@SpringBootApplication(exclude = MustacheAutoConfiguration.class)
public class InclusionApplication {

  public static void main(String[] args) {
    SpringApplication.run(InclusionApplication.class, args);
  }
}

package nl.amsterdam.inclusion.notification;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.util.StringUtils;

@Configuration
public class NotificationConfiguration {

  /** SMTP when a mail host (MAIL_HOST) is configured, otherwise the log. */
  @Bean
  MailGateway mailGateway(ObjectProvider<JavaMailSenderImpl> sender, @Value("${spring.mail.host:}") String host,
      @Value("${inclusion.mail.from}") String from) {
    return StringUtils.hasText(host) ? new SmtpMailGateway(sender.getObject(), from) : new LogOnlyMailGateway();
  }
}

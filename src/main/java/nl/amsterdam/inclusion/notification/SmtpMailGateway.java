package nl.amsterdam.inclusion.notification;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Sends over SMTP with Spring's JavaMailSender (timeouts in {@code spring.mail.properties}). */
public class SmtpMailGateway implements MailGateway {

  private final JavaMailSender sender;
  private final String from;

  public SmtpMailGateway(JavaMailSender sender, String from) {
    this.sender = sender;
    this.from = from;
  }

  @Override
  public void deliver(Mail mail) {
    MimeMessage message = sender.createMimeMessage();
    try {
      MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
      helper.setFrom(from);
      helper.setTo(mail.to());
      helper.setSubject(mail.subject());
      helper.setText(mail.htmlBody(), true);
    } catch (MessagingException e) {
      throw new MailSendException("Cannot compose mail to " + mail.to(), e);
    }
    sender.send(message);
  }

  @Override
  public boolean sends() {
    return true;
  }
}

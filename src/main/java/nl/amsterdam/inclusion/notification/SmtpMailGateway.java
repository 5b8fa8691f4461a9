package nl.amsterdam.inclusion.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends over SMTP with Spring's JavaMailSender (timeouts in {@code spring.mail.properties}).
 *
 * <p>The Message-ID derives from the notification key. A node that dies after the SMTP server took
 * a mail but before the notification log recorded it sends that mail again on retry; both copies
 * then carry one Message-ID, by which mail servers and clients recognise the repeat.
 */
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
      // JavaMailSenderImpl keeps a Message-ID that was set explicitly
      message.setHeader("Message-ID", messageId(mail.key()));
    } catch (MessagingException e) {
      throw new MailSendException("Cannot compose mail to " + mail.to(), e);
    }
    sender.send(message);
  }

  String messageId(String key) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return "<notification." + HexFormat.of().formatHex(hash, 0, 16) + "@" + from.substring(from.indexOf('@') + 1) + ">";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  @Override
  public boolean sends() {
    return true;
  }
}

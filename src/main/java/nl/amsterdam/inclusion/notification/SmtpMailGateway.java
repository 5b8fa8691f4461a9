package nl.amsterdam.inclusion.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends over SMTP with the session Spring Boot configures (timeouts in {@code spring.mail.properties}), over
 * connections that stay open between mails (SmtpConnections).
 *
 * <p>The Message-ID derives from the notification key. A node that dies after the SMTP server took
 * a mail but before the notification log recorded it sends that mail again on retry; both copies
 * then carry one Message-ID, by which mail servers and clients recognise the repeat.
 *
 * <p>A mail that announces or calls off a meeting carries its iCalendar part (see MeetingInvitations).
 */
public class SmtpMailGateway implements MailGateway, AutoCloseable {

  private final JavaMailSenderImpl sender;
  private final SmtpConnections connections;
  private final String from;

  public SmtpMailGateway(JavaMailSenderImpl sender, String from) {
    this.sender = sender;
    this.connections = new SmtpConnections(sender);
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
      if (mail.calendar().isEmpty()) {
        helper.setText(mail.htmlBody(), true);
      } else {
        message.setContent(withCalendar(mail));
      }
      message.setSentDate(new Date());
      message.saveChanges();
      // after saveChanges, which would give the message a new, random Message-ID
      message.setHeader("Message-ID", messageId(mail.key()));
    } catch (MessagingException e) {
      throw new MailSendException("Cannot compose mail to " + mail.to(), e);
    }
    try {
      connections.send(message);
    } catch (MessagingException e) {
      throw new MailSendException("Cannot send mail to " + mail.to(), e);
    }
  }

  /**
   * The HTML body with the calendar items: each as an attachment ({@code uitnodiging.ics} or
   * {@code afzegging.ics}) and, when there is only one, also as the text/calendar alternative of the
   * body, where Outlook and Gmail look for a meeting request.
   */
  private static MimeMultipart withCalendar(Mail mail) throws MessagingException {
    // the calendar item's DTSTAMP is when the mail leaves: the wall clock, not the engine's
    Instant stamp = Instant.now();
    MimeMultipart alternative = new MimeMultipart("alternative");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(mail.htmlBody(), StandardCharsets.UTF_8.name(), "html");
    alternative.addBodyPart(html);
    MimeMultipart mixed = new MimeMultipart("mixed");
    MimeBodyPart body = new MimeBodyPart();
    body.setContent(alternative);
    mixed.addBodyPart(body);
    int number = 0;
    for (CalendarInvitation invitation : mail.calendar()) {
      String ics = CalendarEvents.toIcs(invitation, stamp);
      String contentType = "text/calendar; charset=UTF-8; method=" + invitation.method().name();
      if (mail.calendar().size() == 1) {
        MimeBodyPart inline = new MimeBodyPart();
        inline.setDataHandler(new DataHandler(new ByteArrayDataSource(ics.getBytes(StandardCharsets.UTF_8), contentType)));
        inline.setHeader("Content-Type", contentType);
        alternative.addBodyPart(inline);
      }
      number++;
      MimeBodyPart attachment = new MimeBodyPart();
      attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(ics.getBytes(StandardCharsets.UTF_8), contentType)));
      attachment.setHeader("Content-Type", contentType);
      attachment.setDisposition(Part.ATTACHMENT);
      attachment.setFileName(fileName(invitation, number, mail.calendar().size()));
      mixed.addBodyPart(attachment);
    }
    return mixed;
  }

  private static String fileName(CalendarInvitation invitation, int number, int count) {
    String base = invitation.method() == CalendarInvitation.Method.CANCEL ? "afzegging" : "uitnodiging";
    return count == 1 ? base + ".ics" : base + "-" + number + ".ics";
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

  @Override
  public void close() {
    connections.close();
  }
}

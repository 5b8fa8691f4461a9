package nl.amsterdam.inclusion.support;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** Reading received test mails without checked exceptions. */
public final class Mails {

  private Mails() {
  }

  public static String recipient(MimeMessage mail) {
    try {
      return mail.getAllRecipients()[0].toString();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String messageId(MimeMessage mail) {
    try {
      return mail.getMessageID();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}

package nl.amsterdam.inclusion.notification;

/** Where rendered e-mails go: an SMTP server, or the log when none is configured. */
public interface MailGateway {

  /** Delivers the mail or throws; a throw leaves the notification job to be retried. */
  void deliver(Mail mail);

  /** Whether mails really leave the application (false for the quick start without mail host). */
  boolean sends();
}

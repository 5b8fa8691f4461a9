package nl.amsterdam.inclusion.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Quick start without a mail host: the rendered mail goes to the log, marked as not sent. */
public class LogOnlyMailGateway implements MailGateway {

  private static final Logger LOG = LoggerFactory.getLogger(LogOnlyMailGateway.class);

  @Override
  public void deliver(Mail mail) {
    LOG.info("E-MAIL NOT SENT (no MAIL_HOST configured) to={} subject=\"{}\"\n{}", mail.to(), mail.subject(),
        mail.htmlBody());
    mail.calendar().forEach(invitation -> LOG.info("  with calendar {} {} sequence {} at {}", invitation.method(),
        invitation.uid(), invitation.sequence(), invitation.start()));
  }

  @Override
  public boolean sends() {
    return false;
  }
}

package nl.amsterdam.inclusion.notification;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.util.StringUtils;

/**
 * One SMTP connection per sending thread (the job executor's), kept open and reused for its next mail.
 *
 * <p>Problem: Spring's JavaMailSender opens a connection per mail (connect, greeting, EHLO, and on the
 * city's relay STARTTLS and AUTH) and quits after it. In the reminder burst (docs/benchmarks.md, section 3)
 * each EHLO answer came 44 ms late: a server that writes its multi-line EHLO reply line by line meets
 * Nagle's algorithm and the client's delayed ACK. Four job threads then sent about 65 mails/s while the
 * CPU stood half idle. Fix: the connection stays open between mails; a NOOP before each mail checks the
 * server still holds it (servers drop idle connections), and a connection that failed in a send is closed,
 * so the next mail opens a new one. A failed send still fails its job, which the engine retries.
 */
final class SmtpConnections implements AutoCloseable {

  private final JavaMailSenderImpl settings;
  private final ThreadLocal<Transport> ofThisThread = new ThreadLocal<>();
  private final Set<Transport> open = ConcurrentHashMap.newKeySet();

  SmtpConnections(JavaMailSenderImpl settings) {
    this.settings = settings;
  }

  void send(MimeMessage message) throws MessagingException {
    Transport transport = connected();
    try {
      transport.sendMessage(message, message.getAllRecipients());
    } catch (MessagingException | RuntimeException e) {
      discard(transport);
      throw e;
    }
  }

  private Transport connected() throws MessagingException {
    Transport transport = ofThisThread.get();
    if (transport != null) {
      if (transport.isConnected()) {
        return transport;
      }
      discard(transport);
    }
    Transport fresh = settings.getSession().getTransport(
        StringUtils.hasText(settings.getProtocol()) ? settings.getProtocol() : "smtp");
    fresh.connect(settings.getHost(), settings.getPort(), emptyAsNull(settings.getUsername()),
        emptyAsNull(settings.getPassword()));
    ofThisThread.set(fresh);
    open.add(fresh);
    return fresh;
  }

  private void discard(Transport transport) {
    ofThisThread.remove();
    open.remove(transport);
    closeQuietly(transport);
  }

  private static String emptyAsNull(String value) {
    return StringUtils.hasLength(value) ? value : null;
  }

  private static void closeQuietly(Transport transport) {
    try {
      transport.close();
    } catch (MessagingException e) {
      // the connection is gone either way
    }
  }

  /** Quits the open connections when the application stops. */
  @Override
  public void close() {
    open.forEach(SmtpConnections::closeQuietly);
    open.clear();
  }
}

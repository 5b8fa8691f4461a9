package nl.amsterdam.inclusion.notification;

import java.util.List;

/**
 * A rendered e-mail, ready to send: HTML body with every variable already escaped. {@code key}
 * identifies this notification to this recipient across retries (see NotificationService).
 * {@code calendar} holds the iCalendar invitations or cancellations that go with it (often none).
 */
public record Mail(String key, String to, String subject, String htmlBody, List<CalendarInvitation> calendar) {

  public Mail {
    calendar = List.copyOf(calendar);
  }

  public Mail(String key, String to, String subject, String htmlBody) {
    this(key, to, subject, htmlBody, List.of());
  }
}

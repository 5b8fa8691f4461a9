package nl.amsterdam.inclusion.notification;

/**
 * A rendered e-mail, ready to send: HTML body with every variable already escaped. {@code key}
 * identifies this notification to this recipient across retries (see NotificationService).
 */
public record Mail(String key, String to, String subject, String htmlBody) {
}

package nl.amsterdam.inclusion.notification;

/** A rendered e-mail, ready to send: HTML body with every variable already escaped. */
public record Mail(String to, String subject, String htmlBody) {
}

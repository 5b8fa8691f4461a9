package nl.amsterdam.inclusion.notification;

/** Who gets a mail: the address, how the mail greets them, and their user id (null for a bare address). */
public record Recipient(String email, String name, String userId) {
}

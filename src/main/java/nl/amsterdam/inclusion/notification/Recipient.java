package nl.amsterdam.inclusion.notification;

/** Who gets a mail: the address and how the mail greets them. */
public record Recipient(String email, String name) {
}

package nl.amsterdam.inclusion.notification;

/**
 * Who gets a mail: the address, how the mail greets them, their user id (null for a bare address) and, when they get
 * it only because nobody holds the role it was meant for, the Dutch note that says so (otherwise null).
 */
public record Recipient(String email, String name, String userId, String standInNote) {

  public Recipient(String email, String name, String userId) {
    this(email, name, userId, null);
  }

  Recipient standingIn(String note) {
    return new Recipient(email, name, userId, note);
  }
}

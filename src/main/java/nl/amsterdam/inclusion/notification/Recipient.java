package nl.amsterdam.inclusion.notification;

/**
 * Who gets a mail: the address, their name (null when unknown), their user id (null for a bare address) and, when they get
 * it only because nobody holds the role it was meant for, the Dutch note that says so (otherwise null).
 */
public record Recipient(String email, String name, String userId, String standInNote) {

  public Recipient(String email, String name, String userId) {
    this(email, name, userId, null);
  }

  /** How a mail addresses them after "Beste": their name, never an address or a user id. */
  public String greeting() {
    return name == null ? "collega" : name;
  }

  /** The name a calendar shows for them: the address when their name is unknown. */
  public String displayName() {
    return name == null ? email : name;
  }

  Recipient standingIn(String note) {
    return new Recipient(email, name, userId, note);
  }
}

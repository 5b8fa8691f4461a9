package nl.amsterdam.inclusion.panel;

/** The panel's contributions to the red threads as the moderator reads them: one block per member, in order. */
public final class RedThreadsContributions {

  private RedThreadsContributions() {
  }

  public static String add(String earlier, String member, String observation) {
    String block = member + ":\n" + observation.strip();
    return earlier == null || earlier.isBlank() ? block : earlier + "\n\n" + block;
  }
}

package nl.amsterdam.inclusion.learning;

/**
 * Which way a new learning request goes, from who started it (the engine's start user, never a variable): a leader's
 * own request goes straight to P&amp;O; an employee's goes to their leader first, since "leidinggevenden [worden]
 * betrokken, zelfs wanneer de hulpvraag vanuit een individuele medewerker komt" (seed 001 §1.5); an employee without a
 * known leader cannot ask yet (the start form says so).
 */
public enum RequestRoute {
  LEADERS_OWN, VIA_LEADER, NO_LEADER;

  /**
   * @param starterIsLeader whether the one who started it holds the leaders' role
   * @param hasLeader       whether the directory names a leader for them
   */
  public static RequestRoute of(boolean starterIsLeader, boolean hasLeader) {
    if (starterIsLeader) {
      return LEADERS_OWN;
    }
    return hasLeader ? VIA_LEADER : NO_LEADER;
  }

  /**
   * Whether {@code decider} may decide on the employee's request: anyone the step reached (its leader, or a leader
   * Bureau I&amp;D handed it to) except the employee who asked.
   */
  public static boolean mayDecide(String decider, String employee) {
    return decider != null && !decider.equals(employee);
  }
}

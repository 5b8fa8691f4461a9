package nl.amsterdam.inclusion.engine;

/**
 * Variable names several processes share: who a case is about, as the sign-up forms ask it and as one process hands
 * it to the next (a pilot participant's e-mail becomes the Leadershipfacts trajectory's). Names one process alone uses
 * stay in its own constants class.
 */
public final class CaseVariables {

  public static final String LEADER_NAME = "leaderName";
  public static final String EMAIL = "email";
  public static final String FUNCTION = "function";
  public static final String DIRECTORATE = "directorate";
  public static final String CLUSTER = "cluster";

  private CaseVariables() {
  }
}

package nl.amsterdam.inclusion.pilot;

/** What one grouped participant's journey produced; null where the journey did not get that far. */
public record ParticipantOutcome(
    boolean withdrawn,
    Boolean attended,
    Integer rating,
    String learningYield,
    String usefulAspects,
    String improvementPoints,
    boolean wantsIntervision,
    boolean wantsLeadershipfacts) {

  public boolean completed() {
    return !withdrawn && rating != null;
  }
}

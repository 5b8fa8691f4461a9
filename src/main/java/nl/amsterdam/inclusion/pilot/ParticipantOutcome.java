package nl.amsterdam.inclusion.pilot;

/** What one grouped participant's journey produced; null where the journey did not get that far. */
public record ParticipantOutcome(
    String caseId,
    String participantId,
    String participantName,
    String email,
    String function,
    String directorate,
    String coreQuestion,
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

  /** Took part in the group session but has not evaluated (yet): what the report is missing. */
  public boolean evaluationMissing() {
    return !withdrawn && !Boolean.FALSE.equals(attended) && rating == null;
  }
}

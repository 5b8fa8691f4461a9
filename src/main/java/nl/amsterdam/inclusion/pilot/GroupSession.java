package nl.amsterdam.inclusion.pilot;

/**
 * A group session that took place, as its coach recorded it: whether the short presentation on the pilot's
 * background was given (the seed: always give it; the reason when not) and the coach's observations of the group.
 */
public record GroupSession(int group, boolean presentationGiven, String presentationSkippedReason, String observations) {
}

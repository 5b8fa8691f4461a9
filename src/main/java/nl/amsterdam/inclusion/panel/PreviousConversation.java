package nl.amsterdam.inclusion.panel;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which earlier conversation of a directorate the panel reads before a second (or later) one: the one of the latest
 * earlier round that has a report. A conversation that left its round without a report, or one of this round or a
 * later one, is not it; of two in the same round (a directorate started twice), the later. A pure function of the directorate's conversations.
 */
final class PreviousConversation {

  private PreviousConversation() {
  }

  /** One earlier conversation of the directorate, as history holds it. */
  record Candidate(String conversationId, int roundNumber, String report, Instant startedAt) {

    Candidate(String conversationId, int roundNumber, String report) {
      this(conversationId, roundNumber, report, Instant.EPOCH);
    }
  }

  static Optional<Candidate> before(int roundNumber, List<Candidate> conversations) {
    return conversations.stream()
        .filter(candidate -> candidate.roundNumber() < roundNumber)
        .filter(candidate -> candidate.report() != null && !candidate.report().isBlank())
        .max(Comparator.comparingInt(Candidate::roundNumber).thenComparing(Candidate::startedAt));
  }
}

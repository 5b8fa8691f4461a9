package nl.amsterdam.inclusion.panel;

import java.time.Instant;
import java.util.List;

import nl.amsterdam.inclusion.panel.PreviousConversation.Candidate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which earlier conversation of a directorate the panel reads before its next one. */
class PreviousConversationTest {

  @Test
  void theLatestEarlierRoundWithAReportIsChosen() {
    List<Candidate> conversations = List.of(new Candidate("r1", 1, "Verslag ronde 1"),
        new Candidate("r2", 2, "Verslag ronde 2"), new Candidate("r3-left", 3, null), new Candidate("r4", 4, "Nu"));

    assertThat(PreviousConversation.before(4, conversations)).map(Candidate::conversationId).hasValue("r2");
    assertThat(PreviousConversation.before(2, conversations)).map(Candidate::conversationId).hasValue("r1");
  }

  @Test
  void ofTwoInTheSameRoundTheLaterStartedIsChosen() {
    List<Candidate> conversations = List.of(new Candidate("later", 1, "Tweede start", Instant.parse("2026-03-01T09:00:00Z")),
        new Candidate("earlier", 1, "Eerste start", Instant.parse("2026-01-01T09:00:00Z")));

    assertThat(PreviousConversation.before(2, conversations)).map(Candidate::conversationId).hasValue("later");
  }

  @Test
  void aFirstTimeDirectorateOrOneWithoutAnEarlierReportHasNone() {
    assertThat(PreviousConversation.before(1, List.of(new Candidate("r1", 1, "Dit gesprek")))).isEmpty();
    assertThat(PreviousConversation.before(2, List.of(new Candidate("r1", 1, " ")))).isEmpty();
    assertThat(PreviousConversation.before(2, List.of())).isEmpty();
  }
}

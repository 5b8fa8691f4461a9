package nl.amsterdam.inclusion.panel;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the moderator may record about a planned conversation, by the planned date and today. */
class ConversationRecordTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
  private static final Function<String, Object> PLANNED_TODAY = Map.<String, Object>of(
      "conversationDate", "2026-12-01", "conversationTime", "14:00")::get;
  private static final Function<String, Object> PLANNED_NEXT_WEEK = Map.<String, Object>of(
      "conversationDate", "2026-12-08", "conversationTime", "14:00")::get;

  @Test
  void heldIsRecordedFromThePlannedDateOnNotBefore() {
    assertThat(ConversationRecord.refusal(Map.<String, Object>of("conversationOutcome", "held")::get, PLANNED_TODAY,
        TODAY)).isEmpty();
    assertThat(ConversationRecord.refusal(Map.<String, Object>of("conversationOutcome", "held")::get, PLANNED_NEXT_WEEK,
        TODAY)).singleElement().satisfies(error -> {
          assertThat(error.field()).isEqualTo("conversationOutcome");
          assertThat(error.message()).contains("8 december 2026");
        });
  }

  @Test
  void aMoveNeedsAnotherDateOrTime() {
    Function<String, Object> sameSlot = Map.<String, Object>of("conversationOutcome", "moved",
        "conversationDate", "2026-12-08", "conversationTime", "14:00")::get;
    assertThat(ConversationRecord.refusal(sameSlot, PLANNED_NEXT_WEEK, TODAY)).singleElement()
        .satisfies(error -> assertThat(error.field()).isEqualTo("conversationDate"));
    Function<String, Object> laterThatDay = Map.<String, Object>of("conversationOutcome", "moved",
        "conversationDate", "2026-12-08", "conversationTime", "16:00")::get;
    Function<String, Object> anotherDay = Map.<String, Object>of("conversationOutcome", "moved",
        "conversationDate", "2026-12-15", "conversationTime", "14:00")::get;
    assertThat(ConversationRecord.refusal(laterThatDay, PLANNED_NEXT_WEEK, TODAY)).isEmpty();
    assertThat(ConversationRecord.refusal(anotherDay, PLANNED_NEXT_WEEK, TODAY)).isEmpty();
  }

  @Test
  void aCancellationIsAlwaysPossibleItsReasonIsTheFormsToAsk() {
    assertThat(ConversationRecord.refusal(Map.<String, Object>of("conversationOutcome", "cancelled")::get,
        PLANNED_NEXT_WEEK, TODAY)).isEmpty();
  }
}

package nl.amsterdam.inclusion.panel;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.amsterdam.inclusion.form.FieldError;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The programme actions of a round: read from the discussion form, checked, carried over and summarised. */
class RoundActionsTest {

  private static RoundActions.Stored stored(int position, String what, String status, String note, String newDue) {
    return new RoundActions.Stored("4-" + position, 4, position, what, "Bureau I&D", "2027-03-01", null, status, note,
        newDue, status == null ? null : "Mila Jansen");
  }

  @Test
  void theFormsSlotsUpToTheCountAreTheNewActions() {
    Map<String, Object> form = new HashMap<>(Map.of("actionCount", 2,
        "action1What", " Doelen formuleren ", "action1Who", "GMT", "action1Due", "2027-02-01",
        "action2What", "Kopgroep oprichten", "action2Who", "Bureau I&D", "action2Due", "15-03-2027",
        "action3What", "Verborgen derde actie", "action3Who", "P&O", "action3Due", "2027-04-01"));

    assertThat(RoundActions.fromForm(form)).containsExactly(
        new RoundActions.Action("Doelen formuleren", "GMT", LocalDate.of(2027, 2, 1), null),
        new RoundActions.Action("Kopgroep oprichten", "Bureau I&D", LocalDate.of(2027, 3, 15), null));
    assertThat(RoundActions.fromForm(Map.of("actionCount", 0))).isEmpty();
  }

  @Test
  void anActionDueBeforeTheDiscussionAndTooManyActionsWithTheCarriedOverOnesAreRefused() {
    Map<String, Object> form = Map.of("discussionDate", "2027-01-10", "actionCount", 2,
        "action1Due", "2027-01-09", "action2Due", "2027-01-10");

    assertThat(RoundActions.check(form, 0)).extracting(FieldError::field).containsExactly("action1Due");
    assertThat(RoundActions.check(form, 7)).extracting(FieldError::field).containsExactly("actionCount", "action1Due");
    assertThat(RoundActions.check(form, 7).get(0).message())
        .isEqualTo("mag met de 7 meegenomen acties van de vorige ronde samen niet meer dan 8 zijn: kies de belangrijkste");
    assertThat(RoundActions.check(Map.of("discussionDate", "2027-01-10", "actionCount", 5), 3)).isEmpty();
  }

  @Test
  void onlyCarriedOverActionsGoOnIntoTheNextRoundWithTheirNewDate() {
    List<RoundActions.Stored> previous = List.of(stored(1, "Doelen formuleren", RoundActions.DONE, null, null),
        stored(2, "Kopgroep oprichten", RoundActions.CARRIED_OVER, "Loopt nog", "2027-06-01"),
        stored(3, "Data verzamelen", RoundActions.NOT_DONE, "Geen capaciteit", null));

    assertThat(RoundActions.carriedOver(previous)).containsExactly(
        new RoundActions.Action("Kopgroep oprichten", "Bureau I&D", LocalDate.of(2027, 6, 1), "4-2"));
    assertThat(RoundActions.carriedOverSummary(previous))
        .isEqualTo("- Kopgroep oprichten — Bureau I&D, gereed op 01-06-2027");
    assertThat(RoundActions.carriedOverSummary(List.of()))
        .isEqualTo("Geen: er zijn geen acties van de vorige ronde meegenomen.");
  }

  @Test
  void theFollowUpSummaryNamesEachActionsOutcome() {
    assertThat(RoundActions.followUpSummary(4, List.of(
        stored(1, "Doelen formuleren", RoundActions.DONE, " ", null),
        stored(2, "Data verzamelen", RoundActions.NOT_DONE, "Geen capaciteit", null),
        stored(3, "Kopgroep oprichten", null, null, null)))).isEqualTo("""
        Acties uit ronde 4:
        1. Doelen formuleren — Bureau I&D, gereed op 01-03-2027
           Uitgevoerd (Mila Jansen)
        2. Data verzamelen — Bureau I&D, gereed op 01-03-2027
           Niet uitgevoerd: Geen capaciteit (Mila Jansen)
        3. Kopgroep oprichten — Bureau I&D, gereed op 01-03-2027
           Nog niet opgevolgd.""");
    assertThat(RoundActions.followUpSummary(4, List.of())).isEqualTo("In ronde 4 zijn geen acties afgesproken.");
  }

  @Test
  void discussedThemesAreTheNonEmptyLinesWithoutListMarks() {
    assertThat(RoundActions.themes("1. Metaalmoeheid\n2) De stad centraal\n\n- Racisme\n• Representatie\r\nKaderstelling"))
        .containsExactly("Metaalmoeheid", "De stad centraal", "Racisme", "Representatie", "Kaderstelling");
    assertThat(RoundActions.themes(null)).isEmpty();
  }
}

package nl.amsterdam.inclusion.panel;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThemeAnalysisTest {

  @Test
  void countsEachThemeOncePerConversationMostFrequentFirst() {
    Map<String, Integer> counts = ThemeAnalysis.count(List.of(
        List.of("urgentie", "rol-leiderschap"),
        List.of("rol-leiderschap", "rol-leiderschap", "sociale-veiligheid"),
        List.of("rol-leiderschap", "urgentie")));

    assertThat(counts).containsExactly(Map.entry("rol-leiderschap", 3), Map.entry("urgentie", 2),
        Map.entry("sociale-veiligheid", 1));
  }

  @Test
  void comparesWithThePreviousRound() {
    String summary = ThemeAnalysis.summary(Map.of("urgentie", 2), Map.of("urgentie", 5, "omarmen-ongemak", 1),
        Map.of("urgentie", "Urgentie", "omarmen-ongemak", "Omarmen ongemak"), 3);

    assertThat(summary).isEqualTo("""
        Gesprekken in deze ronde: 3
        - Urgentie: 2 (vorige ronde 5)
        Niet meer genoemd: Omarmen ongemak""");
  }

  @Test
  void aFirstRoundHasNothingToCompareWith() {
    assertThat(ThemeAnalysis.summary(Map.of("tegenspraak", 1), null, Map.of(), 1))
        .isEqualTo("Gesprekken in deze ronde: 1\n- tegenspraak: 1");
  }
}

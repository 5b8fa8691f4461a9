package nl.amsterdam.inclusion.leadershipfacts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The development points as the coach reads them, and the final report that carries them. */
class FinalReportTest {

  private static Map<String, Integer> all(int score) {
    Map<String, Integer> scores = new HashMap<>();
    Behaviour.all().forEach(behaviour -> scores.put(behaviour.id(), score));
    return scores;
  }

  @Test
  void developmentPointsReadInTheBehavioursOrderWithTheGoal() {
    assertThat(DevelopmentPoints.summary(List.of("veiligheid", "luisteren"), "  Iedereen komt aan het woord. "))
        .isEqualTo("- Luistert naar alle perspectieven\n- Bevordert sociale veiligheid in het team\n"
            + "Doel: Iedereen komt aan het woord.");
  }

  @Test
  void developmentPointsWithoutAGoalAreTheLabelsOnly() {
    assertThat(DevelopmentPoints.summary(List.of("ongemak"), " ")).isEqualTo("- Maakt ongemak bespreekbaar");
    assertThat(DevelopmentPoints.summary(List.of("ongemak"), null)).isEqualTo("- Maakt ongemak bespreekbaar");
  }

  @Test
  void theFinalReportHasThePointsBothMeasurementsTheChangeAndTheCoachsWords() {
    MeasurementAnalysis.Result first = MeasurementAnalysis.analyse(1, all(3), List.of(all(2), all(2), all(2)), 0.5);
    MeasurementAnalysis.Result second = MeasurementAnalysis.analyse(2, all(4), List.of(all(3), all(3), all(3)), 0.5);

    String report = FinalReport.text("- Maakt ongemak bespreekbaar", first, second, "Open rondje.", null);

    assertThat(report.split("\n\n")).containsExactly(
        "Gekozen ontwikkelpunten\n- Maakt ongemak bespreekbaar",
        MeasurementAnalysis.summary(first),
        MeasurementAnalysis.summary(second),
        MeasurementAnalysis.comparison(first, second),
        "Afspraken uit het eerste consult\nOpen rondje.",
        "Aanbevelingen uit het tweede consult\n-");
  }
}

package nl.amsterdam.inclusion.leadershipfacts;

import java.util.Optional;

/**
 * The final report (step 6 of the seed's trajectory): the chosen development points, both
 * measurements, the change per behaviour, and what the coach agreed and recommends.
 */
public final class FinalReport {

  private FinalReport() {
  }

  public static String text(String developmentPoints, MeasurementAnalysis.Result first, MeasurementAnalysis.Result second,
      String consultAgreements, String consultRecommendations) {
    return String.join("\n\n",
        "Gekozen ontwikkelpunten\n" + developmentPoints,
        MeasurementAnalysis.summary(first),
        MeasurementAnalysis.summary(second),
        MeasurementAnalysis.comparison(first, second),
        "Afspraken uit het eerste consult\n" + orDash(consultAgreements),
        "Aanbevelingen uit het tweede consult\n" + orDash(consultRecommendations));
  }

  private static String orDash(String text) {
    return Optional.ofNullable(text).filter(t -> !t.isBlank()).map(String::strip).orElse("-");
  }
}

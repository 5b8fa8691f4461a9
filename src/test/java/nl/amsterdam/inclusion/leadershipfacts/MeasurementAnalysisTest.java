package nl.amsterdam.inclusion.leadershipfacts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.amsterdam.inclusion.leadershipfacts.MeasurementAnalysis.Valuation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MeasurementAnalysisTest {

  private static Map<String, Integer> all(int score) {
    Map<String, Integer> scores = new HashMap<>();
    for (Behaviour behaviour : Behaviour.values()) {
      scores.put(behaviour.id(), score);
    }
    return scores;
  }

  private static Map<String, Integer> with(int score, String behaviour, int other) {
    Map<String, Integer> scores = all(score);
    scores.put(behaviour, other);
    return scores;
  }

  @Test
  void computesMeanSpreadAndValuationByHand() {
    // listening: self 5, others 3, 4, 2 -> mean 3.0, spread sqrt(2/3) = 0.82, over-valued by 2
    // safety: self 2, others 3, 4, 2 -> mean 3.0, under-valued by 1
    // the rest: self 3, others 3, 4, 2 -> aligned
    Map<String, Integer> self = with(3, "luisteren", 5);
    self.put("veiligheid", 2);
    List<Map<String, Integer>> others = List.of(all(3), all(4), all(2));

    MeasurementAnalysis.Result result = MeasurementAnalysis.analyse(1, self, others, 0.5);

    assertThat(result.enoughRaters()).isTrue();
    assertThat(result.raters()).isEqualTo(3);
    MeasurementAnalysis.Row listening = result.rows().get(0);
    assertThat(listening.othersMean()).isEqualTo(3.0);
    assertThat(listening.spread()).isEqualTo(0.82);
    assertThat(listening.valuation()).isEqualTo(Valuation.OVER);
    assertThat(result.rows().get(5).valuation()).isEqualTo(Valuation.UNDER);
    assertThat(result.rows().get(1).valuation()).isEqualTo(Valuation.ALIGNED);
  }

  @Test
  void theThresholdDecidesWhatCountsAsADifference() {
    List<Map<String, Integer>> others = List.of(all(3), all(3), all(4)); // mean 3.33
    assertThat(MeasurementAnalysis.analyse(1, all(4), others, 0.5).rows().get(0).valuation()).isEqualTo(Valuation.OVER);
    assertThat(MeasurementAnalysis.analyse(1, all(4), others, 1.0).rows().get(0).valuation()).isEqualTo(Valuation.ALIGNED);
  }

  @Test
  void withFewerThanThreeRatersNothingOfTheOthersIsShown() {
    MeasurementAnalysis.Result result = MeasurementAnalysis.analyse(1, all(4), List.of(all(2), all(5)), 0.5);

    assertThat(result.enoughRaters()).isFalse();
    assertThat(result.rows()).allSatisfy(row -> {
      assertThat(row.othersMean()).isNull();
      assertThat(row.spread()).isNull();
      assertThat(row.valuation()).isEqualTo(Valuation.UNKNOWN);
    });
    assertThat(MeasurementAnalysis.summary(result)).contains("Te weinig beoordelaars").doesNotContain("anderen 3");
  }

  @Test
  void comparesTheTwoMeasurements() {
    MeasurementAnalysis.Result first = MeasurementAnalysis.analyse(1, all(4), List.of(all(2), all(3), all(3)), 0.5);
    MeasurementAnalysis.Result second = MeasurementAnalysis.analyse(2, all(4), List.of(all(3), all(4), all(4)), 0.5);

    assertThat(MeasurementAnalysis.comparison(first, second))
        .contains("- Luistert naar alle perspectieven: zelf 0, anderen +1\n"); // others 2.67 -> 3.67
  }
}

package nl.amsterdam.inclusion.monitoring;

import java.util.ArrayList;
import java.util.List;

import nl.amsterdam.inclusion.monitoring.StepDurations.Spent;
import nl.amsterdam.inclusion.monitoring.StepDurations.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class StepDurationsTest {

  private static final long HOUR = 3_600_000L;

  @Test
  void medianAndNinetiethPercentileByNearestRankLongestStepFirst() {
    List<Spent> spent = new ArrayList<>();
    for (int days = 1; days <= 10; days++) {
      spent.add(new Spent("Task_CheckActionPlan", "Actieplan toetsen", days * 24 * HOUR));
    }
    spent.add(new Spent("Task_ReviewSignUp", "Aanmelding beoordelen", 2 * HOUR));
    spent.add(new Spent("Task_ReviewSignUp", "Aanmelding beoordelen", 30 * 60_000L));
    spent.add(new Spent("Task_ReviewSignUp", "Aanmelding beoordelen", 10 * 60_000L));

    List<Step> steps = StepDurations.of(spent);

    assertThat(steps).extracting(Step::activityId).containsExactly("Task_CheckActionPlan", "Task_ReviewSignUp");
    Step check = steps.get(0);
    assertThat(check.count()).isEqualTo(10);
    assertThat(check.medianMillis()).isEqualTo(5 * 24 * HOUR);
    assertThat(check.p90Millis()).isEqualTo(9 * 24 * HOUR);
    assertThat(check.median()).isEqualTo("5,0 dagen");
    assertThat(check.level()).isEqualTo("dagen");
    Step review = steps.get(1);
    assertThat(review.median()).isEqualTo("30 min");
    assertThat(review.p90()).isEqualTo("2 uur");
    assertThat(review.level()).isEqualTo("kort");
  }

  @Test
  void aStepFinishedFewerThanThreeTimesShowsNoTimeAndComesLast() {
    List<Step> steps = StepDurations.of(List.of(new Spent("Task_HoldConsult", "Consult houden", 40 * 24 * HOUR),
        new Spent("Task_HoldConsult", "Consult houden", 2 * 24 * HOUR), new Spent("Task_Quick", "Snel", HOUR),
        new Spent("Task_Quick", "Snel", HOUR), new Spent("Task_Quick", "Snel", HOUR)));

    assertThat(steps).extracting(Step::activityId).containsExactly("Task_Quick", "Task_HoldConsult");
    assertThat(steps.get(1)).isEqualTo(new Step("Task_HoldConsult", "Consult houden", 2, null, null,
        "minder dan 3 keer", "minder dan 3 keer", null));
  }

  @ParameterizedTest(name = "{0} hours: {1}")
  @CsvSource({"0, kort", "23, kort", "24, dagen", "167, dagen", "168, weken", "671, weken", "672, lang"})
  void levelsSayInWordsHowLongCasesWait(long hours, String level) {
    assertThat(StepDurations.level(hours * HOUR)).isEqualTo(level);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Actieplan ${directorate} toetsen | Actieplan … toetsen",
      "Reflectie op het panelgesprek (${directorate}) | Reflectie op het panelgesprek",
      "Case formuleren | Case formuleren"})
  void stepNamesLeaveOutTheCasesDetails(String modelled, String readable) {
    assertThat(StepDurations.readable(modelled)).isEqualTo(readable);
  }

  @Test
  void oneValueIsItsOwnMedianAndPercentile() {
    assertThat(StepDurations.percentile(new long[] {7}, 50)).isEqualTo(7);
    assertThat(StepDurations.percentile(new long[] {7}, 90)).isEqualTo(7);
  }
}

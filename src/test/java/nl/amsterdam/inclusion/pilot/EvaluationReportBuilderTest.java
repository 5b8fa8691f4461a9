package nl.amsterdam.inclusion.pilot;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EvaluationReportBuilderTest {

  private static ParticipantOutcome evaluated(int rating, boolean intervision, boolean leadershipfacts) {
    return new ParticipantOutcome("case" + rating, "leider" + rating, "Leider " + rating, "leider" + rating + "@example.org",
        false, true, rating, "Yield " + rating, "Nuttig " + rating, "Beter " + rating,
        intervision, leadershipfacts);
  }

  @Test
  void computesFiguresByHand() {
    List<ParticipantOutcome> outcomes = List.of(
        evaluated(7, true, false),
        evaluated(8, false, true),
        evaluated(10, true, true),
        new ParticipantOutcome("c1", "weg", "Weg", "weg@example.org", true, null, null, null, null, null, false, false),
        new ParticipantOutcome("c2", "afwezig", "Afwezig", "afwezig@example.org", false, false, null, null, null, null, false,
            false));

    EvaluationReport report = EvaluationReportBuilder.build("Cohort A", outcomes);

    assertThat(report.participants()).isEqualTo(5);
    assertThat(report.completed()).isEqualTo(3);
    assertThat(report.withdrawn()).isEqualTo(1);
    assertThat(report.absent()).isEqualTo(1);
    assertThat(report.completionRate()).isEqualTo(0.6);
    assertThat(report.averageRating()).isEqualTo(8.3); // 25 / 3 = 8.33
    assertThat(report.ratingDistribution()).hasSize(10).containsEntry(7, 1).containsEntry(8, 1).containsEntry(10, 1)
        .containsEntry(1, 0);
    assertThat(report.learningYields()).containsExactly("Yield 7", "Yield 8", "Yield 10");
    assertThat(report.interestedInIntervision()).isEqualTo(2);
    assertThat(report.interestedInLeadershipfacts()).isEqualTo(2);
    assertThat(report.missingEvaluations()).as("withdrawn and absent leaders owe no evaluation").isZero();
    assertThat(EvaluationReportBuilder.summary(report)).doesNotContain("Evaluatie ontbreekt");
  }

  @Test
  void aParticipantWhoAttendedButNeverEvaluatedIsCountedAndNamedAsMissing() {
    EvaluationReport report = EvaluationReportBuilder.build("Cohort D", List.of(evaluated(8, false, false),
        new ParticipantOutcome("c3", "laat", "Lotte Laat", "laat@example.org", false, true, null, null, null, null, false,
            false)));

    assertThat(report.participants()).isEqualTo(2);
    assertThat(report.completed()).isEqualTo(1);
    assertThat(report.averageRating()).as("the average is of the evaluations there are").isEqualTo(8.0);
    assertThat(report.missingEvaluations()).isEqualTo(1);
    assertThat(report.missingParticipants()).containsExactly("Lotte Laat");
    assertThat(EvaluationReportBuilder.summary(report)).contains("Evaluatie ontbreekt (termijn verstreken): 1 (Lotte Laat)");
  }

  @Test
  void aCohortWithoutEvaluationsHasNoAverage() {
    EvaluationReport report = EvaluationReportBuilder.build("Cohort B", List.of());

    assertThat(report.averageRating()).isNull();
    assertThat(report.completionRate()).isZero();
    assertThat(EvaluationReportBuilder.summary(report)).contains("Gemiddeld cijfer: -").contains("Deelnemers: 0");
  }

  @Test
  void theSummaryListsTheFiguresAndTexts() {
    String summary = EvaluationReportBuilder.summary(EvaluationReportBuilder.build("Cohort C",
        List.of(evaluated(8, true, false), evaluated(9, false, false))));

    assertThat(summary).contains("Cohort: Cohort C").contains("afgerond: 2 (100%)").contains("Gemiddeld cijfer: 8.5")
        .contains("8×1 9×1").contains("- Yield 9").contains("Interesse intervisie na 3 maanden: 1");
  }
}

package nl.amsterdam.inclusion.pilot;

import java.util.List;

import nl.amsterdam.inclusion.monitoring.Figure;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EvaluationReportBuilderTest {

  private static ParticipantOutcome evaluated(int rating, boolean intervision, boolean leadershipfacts) {
    return evaluated(rating, "teammanager", "Sociaal Domein", "Vraag " + rating, intervision, leadershipfacts);
  }

  private static ParticipantOutcome evaluated(int rating, String function, String directorate, String coreQuestion,
      boolean intervision, boolean leadershipfacts) {
    return new ParticipantOutcome("case" + rating, "leider" + rating, "Leider " + rating, "leider" + rating + "@example.org",
        function, directorate, coreQuestion, false, true, rating, "Yield " + rating, "Nuttig " + rating, "Beter " + rating,
        intervision, leadershipfacts);
  }

  private static ParticipantOutcome withdrawn(String name, String function, String directorate, String coreQuestion) {
    return new ParticipantOutcome("c-" + name, name, name, name + "@example.org", function, directorate, coreQuestion,
        true, null, null, null, null, null, false, false);
  }

  private static EvaluationReport build(String cohortName, List<ParticipantOutcome> outcomes) {
    return EvaluationReportBuilder.build(cohortName, outcomes, List.of(), null);
  }

  @Test
  void computesFiguresByHand() {
    List<ParticipantOutcome> outcomes = List.of(
        evaluated(7, true, false),
        evaluated(8, false, true),
        evaluated(10, true, true),
        withdrawn("weg", "teammanager", "Ruimte", "Vraag weg"),
        new ParticipantOutcome("c2", "afwezig", "Afwezig", "afwezig@example.org", "directeur", "Ruimte", "Vraag afwezig",
            false, false, null, null, null, null, false, false));

    EvaluationReport report = build("Cohort A", outcomes);

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
    EvaluationReport report = build("Cohort D", List.of(evaluated(8, false, false),
        new ParticipantOutcome("c3", "laat", "Lotte Laat", "laat@example.org", "teammanager", "Wonen", "Vraag laat", false,
            true, null, null, null, null, false, false)));

    assertThat(report.participants()).isEqualTo(2);
    assertThat(report.completed()).isEqualTo(1);
    assertThat(report.averageRating()).as("the average is of the evaluations there are").isEqualTo(8.0);
    assertThat(report.missingEvaluations()).isEqualTo(1);
    assertThat(report.missingParticipants()).containsExactly("Lotte Laat");
    assertThat(EvaluationReportBuilder.summary(report)).contains("Evaluatie ontbreekt (termijn verstreken): 1 (Lotte Laat)");
  }

  @Test
  void aCohortWithoutEvaluationsHasNoAverage() {
    EvaluationReport report = build("Cohort B", List.of());

    assertThat(report.averageRating()).isNull();
    assertThat(report.completionRate()).isZero();
    assertThat(EvaluationReportBuilder.summary(report)).contains("Gemiddeld cijfer: -").contains("Deelnemers: 0");
  }

  @Test
  void theSummaryListsTheFiguresAndTexts() {
    String summary = EvaluationReportBuilder.summary(build("Cohort C",
        List.of(evaluated(8, true, false), evaluated(9, false, false))));

    assertThat(summary).contains("Cohort: Cohort C").contains("afgerond: 2 (100%)").contains("Gemiddeld cijfer: 8.5")
        .contains("8×1 9×1").contains("- Yield 9").contains("Interesse intervisie na 3 maanden: 1");
  }

  @Test
  void participantsAreCountedByFunctionAndDirectorateWithGroupsUnderThreeTogether() {
    EvaluationReport report = build("Cohort E", List.of(
        evaluated(6, "teammanager", "Sociaal Domein", "q", false, false),
        evaluated(7, "teammanager", "Sociaal Domein", "q", false, false),
        evaluated(8, "teammanager", "Sociaal Domein", "q", false, false),
        evaluated(9, "directeur", "Ruimte", "q", false, false),
        withdrawn("weg", "afdelingsmanager", "Wonen", "q")));

    assertThat(report.participantsByFunction()).containsExactly(
        Figure.count("Teammanager", 3), new Figure(EvaluationReportBuilder.OTHER_FUNCTIONS, null, "minder dan 3"));
    assertThat(report.participantsByDirectorate()).as("Ruimte (1) and Wonen (1) are not shown on their own")
        .containsExactly(Figure.count("Sociaal Domein", 3),
            new Figure(EvaluationReportBuilder.OTHER_DIRECTORATES, null, "minder dan 3"));
    assertThat(EvaluationReportBuilder.summary(report))
        .contains("Deelnemers per functie: Teammanager 3, Overige functies (minder dan 3 per functie) minder dan 3")
        .doesNotContain("Ruimte").doesNotContain("Directeur");
  }

  @Test
  void smallCategoriesTogetherOfThreeOrMoreShowTheirNumber() {
    EvaluationReport report = build("Cohort F", List.of(evaluated(6, "directeur", "A", "q", false, false),
        evaluated(7, "afdelingsmanager", "B", "q", false, false), evaluated(8, "anders", "C", "q", false, false)));

    assertThat(report.participantsByDirectorate())
        .containsExactly(Figure.count(EvaluationReportBuilder.OTHER_DIRECTORATES, 3));
    assertThat(report.participantsByFunction())
        .containsExactly(Figure.count(EvaluationReportBuilder.OTHER_FUNCTIONS, 3));
  }

  @Test
  void theKernvragenAreListedUnattributedInAlphabeticalOrderWithoutThoseOfWithdrawnLeaders() {
    EvaluationReport report = build("Cohort G", List.of(
        evaluated(9, "teammanager", "A", "Hoe voer ik een inclusief gesprek?", false, false),
        evaluated(6, "teammanager", "A", "Hoe kan ik groeien als leidinggevende?", false, false),
        withdrawn("weg", "teammanager", "A", "Mijn vraag van voor de afmelding")));

    assertThat(report.coreQuestions())
        .containsExactly("Hoe kan ik groeien als leidinggevende?", "Hoe voer ik een inclusief gesprek?");
    assertThat(EvaluationReportBuilder.summary(report)).contains("Kernvragen:\n- Hoe kan ik groeien")
        .doesNotContain("Leider");
  }

  @Test
  void eachGroupSessionShowsWhetherTheBackgroundPresentationWasGivenAndTheCoachsObservations() {
    EvaluationReport report = EvaluationReportBuilder.build("Cohort H", List.of(evaluated(8, false, false)), List.of(
        new GroupSession(1, false, "Tijd te krap door late start", "Geen aanleiding besproken; lastiger op gang."),
        new GroupSession(2, true, null, "Open en constructief; deelnemers coachbaar.")), null);

    assertThat(report.backgroundPresentationsGiven()).isEqualTo(1);
    assertThat(report.groupSessions()).extracting(GroupSession::group).containsExactly(1, 2);
    assertThat(EvaluationReportBuilder.summary(report))
        .contains("Presentatie over de aanleiding gegeven: 1 van 2 groepen")
        .contains("- groep 1 zonder presentatie: Tijd te krap door late start")
        .contains("Observaties van de coaches:\n- groep 1: Geen aanleiding besproken; lastiger op gang.\n"
            + "- groep 2: Open en constructief; deelnemers coachbaar.");
  }

  @Test
  void aSummaryLongerThanATextVariableIsCutWithANoteWhereTheWholeReportIs() {
    String observations = "Open en constructief. ".repeat(180);
    EvaluationReport report = EvaluationReportBuilder.build("Cohort I", List.of(evaluated(8, false, false)),
        List.of(new GroupSession(1, true, null, observations), new GroupSession(2, true, null, observations)), null);

    String summary = EvaluationReportBuilder.summary(report);
    assertThat(summary).hasSize(4000).startsWith("Cohort: Cohort I").endsWith(EvaluationReportBuilder.SHORTENED);
    assertThat(report.groupSessions()).extracting(GroupSession::observations).as("the report keeps all of it")
        .containsOnly(observations);
  }

  @Test
  void theReunionOfAllGroupsIsInTheReportWithWhatCameOutOrWhyItDidNotTakePlace() {
    Reunion held = new Reunion("12 maart 2027", true, null, "Meer open gesprekken gevoerd; behoefte aan feedback.");
    EvaluationReport report = EvaluationReportBuilder.build("Cohort J", List.of(evaluated(8, false, false)), List.of(),
        held);
    assertThat(report.reunion()).isEqualTo(held);
    assertThat(EvaluationReportBuilder.summary(report)).contains("Terugkomdag (alle groepen samen): gehouden op "
        + "12 maart 2027. Opbrengst: Meer open gesprekken gevoerd; behoefte aan feedback.");

    Reunion cancelled = new Reunion("12 maart 2027", false, "Te weinig aanmeldingen", null);
    assertThat(EvaluationReportBuilder.summary(EvaluationReportBuilder.build("Cohort J",
        List.of(evaluated(8, false, false)), List.of(), cancelled)))
        .contains("Terugkomdag (alle groepen samen): niet doorgegaan (gepland op 12 maart 2027): Te weinig aanmeldingen");
    assertThat(EvaluationReportBuilder.summary(build("Cohort J", List.of(evaluated(8, false, false)))))
        .contains("Terugkomdag (alle groepen samen): niet vastgelegd");
  }
}

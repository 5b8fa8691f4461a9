package nl.amsterdam.inclusion.leadershipfacts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.amsterdam.inclusion.leadershipfacts.OrganisationReport.BehaviourFigures;
import nl.amsterdam.inclusion.leadershipfacts.OrganisationReport.Report;
import nl.amsterdam.inclusion.leadershipfacts.OrganisationReport.Trajectory;
import nl.amsterdam.inclusion.leadershipfacts.OrganisationReport.Unit;
import nl.amsterdam.inclusion.monitoring.Figure;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The organisation-wide report, figures worked out by hand. */
class OrganisationReportTest {

  /** A measurement where the leader rated every behaviour {@code self} and three raters {@code others} each. */
  private static MeasurementAnalysis.Result measured(int number, int self, int... others) {
    List<Map<String, Integer>> raters = new ArrayList<>();
    for (int score : others) {
      Map<String, Integer> rating = new java.util.HashMap<>();
      Behaviour.all().forEach(behaviour -> rating.put(behaviour.id(), score));
      raters.add(rating);
    }
    Map<String, Integer> own = new java.util.HashMap<>();
    Behaviour.all().forEach(behaviour -> own.put(behaviour.id(), self));
    return MeasurementAnalysis.analyse(number, own, raters, 0.5);
  }

  private static Trajectory completed(String leader, String directorate, List<String> points, int self1, int others1,
      int self2, int others2) {
    return new Trajectory(leader, directorate, true, points, measured(1, self1, others1, others1, others1),
        measured(2, self2, others2, others2, others2));
  }

  private static BehaviourFigures listening(Unit unit) {
    return unit.behaviours().stream().filter(b -> b.behaviour().equals("luisteren")).findFirst().orElseThrow();
  }

  @Test
  void aDirectorateOfThreeLeadersShowsTheMeansPerBehaviourAndTheChange() {
    Report report = OrganisationReport.build(List.of(
        completed("fatima", "Stadsdeel Oost", List.of("luisteren", "ongemak"), 4, 3, 4, 4),
        completed("jan", "Stadsdeel Oost", List.of("luisteren"), 5, 2, 4, 3),
        completed("sanne", "Stadsdeel Oost", List.of("ingrijpen"), 3, 3, 4, 5)));

    Unit oost = report.directorates().get(0);
    assertThat(report.directorates()).hasSize(1);
    assertThat(oost.name()).isEqualTo("Stadsdeel Oost");
    assertThat(oost.leaders()).isEqualTo(Figure.count("Leidinggevenden", 3));
    assertThat(oost.trajectoriesStarted().value()).isEqualTo(3);
    assertThat(oost.trajectoriesCompleted().value()).isEqualTo(3);
    BehaviourFigures listening = listening(oost);
    assertThat(listening.selfFirst()).isEqualTo(4.0); // (4 + 5 + 3) / 3
    assertThat(listening.selfSecond()).isEqualTo(4.0); // (4 + 4 + 4) / 3
    assertThat(listening.selfChange()).isEqualTo(0.0);
    assertThat(listening.othersFirst()).isEqualTo(2.67); // (3 + 2 + 3) / 3
    assertThat(listening.othersSecond()).isEqualTo(4.0); // (4 + 3 + 5) / 3
    assertThat(listening.othersChange()).isEqualTo(1.33); // (1 + 1 + 2) / 3
    assertThat(listening.leadersOthersChange()).isEqualTo(3);
    assertThat(listening.chosenAsDevelopmentPoint()).as("two leaders: not shown as a number")
        .isEqualTo(Figure.people("Luistert naar alle perspectieven", 2));
    assertThat(listening.chosenAsDevelopmentPoint().value()).isNull();
    assertThat(oost.mostChosenDevelopmentPoints()).extracting(Figure::label)
        .containsExactly("Luistert naar alle perspectieven", "Maakt ongemak bespreekbaar",
            "Grijpt in bij uitsluiting en ongewenst gedrag");
    assertThat(report.organisation()).as("the organisation is that one directorate here")
        .isEqualTo(new Unit(OrganisationReport.ORGANISATION, oost.leaders(), oost.trajectoriesStarted(),
            oost.trajectoriesCompleted(), oost.mostChosenDevelopmentPoints(), oost.behaviours()));
  }

  @Test
  void aLeadersOwnScoresNeverShowWhereFewerThanThreeLeadersAreCounted() {
    Report report = OrganisationReport.build(List.of(
        completed("fatima", "Stadsdeel Oost", List.of("luisteren"), 4, 3, 4, 4),
        completed("jan", "Stadsdeel Oost", List.of("luisteren"), 5, 2, 4, 3)));

    assertThat(report.directorates()).extracting(Unit::name).containsExactly(OrganisationReport.OTHER_DIRECTORATES);
    for (Unit unit : List.of(report.organisation(), report.directorates().get(0))) {
      assertThat(unit.leaders().value()).isNull();
      assertThat(unit.leaders().text()).isEqualTo("minder dan 3");
      assertThat(unit.behaviours()).allSatisfy(behaviour -> {
        assertThat(behaviour.selfFirst()).isNull();
        assertThat(behaviour.othersFirst()).isNull();
        assertThat(behaviour.othersChange()).isNull();
        assertThat(behaviour.leadersOthersChange()).as("not even how many").isNull();
      });
    }
  }

  @Test
  void smallDirectoratesArePooledAndTheSmallestShownJoinsAPoolOfOneOrTwo() {
    List<Trajectory> trajectories = new ArrayList<>();
    for (String leader : List.of("a1", "a2", "a3", "a4")) {
      trajectories.add(completed(leader, "Stadsdeel Oost", List.of("luisteren"), 4, 3, 4, 4));
    }
    for (String leader : List.of("b1", "b2", "b3")) {
      trajectories.add(completed(leader, "Stadsdeel West", List.of("ongemak"), 4, 3, 4, 4));
    }
    // one leader of a third directorate: alone in the pool, the organisation minus Oost and West would be her
    trajectories.add(completed("c1", "Sport en Bos", List.of("veiligheid"), 2, 5, 3, 5));

    Report report = OrganisationReport.build(trajectories);

    assertThat(report.directorates()).extracting(Unit::name)
        .containsExactly("Stadsdeel Oost", OrganisationReport.OTHER_DIRECTORATES);
    Unit pool = report.directorates().get(1);
    assertThat(pool.leaders()).as("West (3) joined Sport en Bos (1)").isEqualTo(Figure.count("Leidinggevenden", 4));
    assertThat(listening(pool).selfFirst()).isEqualTo(3.5); // (4 + 4 + 4 + 2) / 4
    assertThat(report.organisation().leaders().value()).isEqualTo(8);
  }

  @Test
  void aTrajectoryWithoutItsSecondMeasurementCountsAsStartedNotInTheChange() {
    List<Trajectory> trajectories = new ArrayList<>(List.of(
        completed("a1", "Stadsdeel Oost", List.of("luisteren"), 4, 3, 4, 4),
        completed("a2", "Stadsdeel Oost", List.of("luisteren"), 4, 3, 4, 4),
        completed("a3", "Stadsdeel Oost", List.of("luisteren"), 4, 3, 4, 4),
        new Trajectory("a4", "Stadsdeel Oost", false, List.of("luisteren"), measured(1, 2, 1, 1, 1), null),
        // too few raters: the others' view of this measurement counts nowhere
        new Trajectory("a5", "Stadsdeel Oost", false, List.of("ongemak"), measured(1, 5, 1, 1), null),
        new Trajectory("a6", null, false, List.of(), null, null)));

    Report report = OrganisationReport.build(trajectories);

    assertThat(report.directorates()).extracting(Unit::name)
        .as("the one without a directorate alone would be the organisation minus Oost: Oost joins her in the pool")
        .containsExactly(OrganisationReport.OTHER_DIRECTORATES);
    Unit organisation = report.organisation();
    assertThat(organisation.trajectoriesStarted().value()).isEqualTo(6);
    assertThat(organisation.trajectoriesCompleted().value()).isEqualTo(3);
    BehaviourFigures listening = listening(organisation);
    assertThat(listening.selfFirst()).isEqualTo(3.8); // (4 + 4 + 4 + 2 + 5) / 5
    assertThat(listening.othersFirst()).isEqualTo(2.5); // (3 + 3 + 3 + 1) / 4
    assertThat(listening.othersChange()).isEqualTo(1.0);
    assertThat(listening.leadersOthersChange()).isEqualTo(3);
    assertThat(listening.chosenAsDevelopmentPoint()).isEqualTo(Figure.count("Luistert naar alle perspectieven", 4));
    assertThat(report.directorates().get(0)).isEqualTo(new Unit(OrganisationReport.OTHER_DIRECTORATES,
        organisation.leaders(), organisation.trajectoriesStarted(), organisation.trajectoriesCompleted(),
        organisation.mostChosenDevelopmentPoints(), organisation.behaviours()));
  }
}

package nl.amsterdam.inclusion.leadershipfacts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.amsterdam.inclusion.monitoring.Figure;

/**
 * The organisation-wide Leadershipfacts report for Bureau I&D (seed 000, "Mogelijke aanpak": a leadership analysis of
 * which competences are seen as strong or weak organisation-wide, and a comparison between departments). A pure
 * function over the trajectories that started (the leader chose development points).
 *
 * <p>Never an individual score: a directorate is shown on its own only with at least {@link Figure#MIN_GROUP}
 * leaders; the others are pooled as {@link #OTHER_DIRECTORATES}, which itself shows no averages while it holds fewer
 * than three (then the smallest directorate shown joins the pool, so that the organisation minus the directorates
 * shown never reveals one or two leaders). Every average says how many leaders it covers and is left out (null) when that is fewer than three, and
 * counts of people of one or two read "minder dan 3" ({@link Figure#people}).
 */
public final class OrganisationReport {

  public static final String ORGANISATION = "Hele organisatie";
  public static final String OTHER_DIRECTORATES = "Overige directies (minder dan 3 leidinggevenden per directie)";
  public static final String UNKNOWN_DIRECTORATE = "Directie onbekend";

  /**
   * One started trajectory: the leader, the directorate captured at its start, whether its final report was read,
   * the chosen development points (behaviour ids) and the two measurements' analyses (null until taken).
   */
  public record Trajectory(String leaderId, String directorate, boolean completed, List<String> developmentPoints,
      MeasurementAnalysis.Result first, MeasurementAnalysis.Result second) {
  }

  /**
   * Per behaviour, over the unit's leaders: the mean of the leaders' own scores and of how others saw them (only
   * measurements with enough raters) at the first and second measurement, and the mean change between them of the
   * leaders who have both. Each mean is null when fewer than three leaders are in it; {@code leaders*Change} say how
   * many leaders a change covers (null below three, as every count of people here).
   */
  public record BehaviourFigures(String behaviour, String label, Figure chosenAsDevelopmentPoint,
      Double selfFirst, Double selfSecond, Double selfChange, Integer leadersSelfChange,
      Double othersFirst, Double othersSecond, Double othersChange, Integer leadersOthersChange) {
  }

  /** The organisation, one directorate, or the pooled small directorates. */
  public record Unit(String name, Figure leaders, Figure trajectoriesStarted, Figure trajectoriesCompleted,
      List<Figure> mostChosenDevelopmentPoints, List<BehaviourFigures> behaviours) {
  }

  public record Report(Unit organisation, List<Unit> directorates) {
  }

  private OrganisationReport() {
  }

  public static Report build(List<Trajectory> trajectories) {
    Map<String, List<Trajectory>> shown = trajectories.stream()
        .collect(Collectors.groupingBy(OrganisationReport::directorate, TreeMap::new, Collectors.toList()));
    List<Trajectory> pooled = new ArrayList<>();
    shown.entrySet().removeIf(directorate -> {
      if (leaders(directorate.getValue()) < Figure.MIN_GROUP) {
        pooled.addAll(directorate.getValue());
        return true;
      }
      return false;
    });
    // a pool of one or two would be the organisation minus the directorates shown: the smallest shown directorate
    // joins it until it holds three (so no subtraction reveals a leader)
    while (!pooled.isEmpty() && leaders(pooled) < Figure.MIN_GROUP && !shown.isEmpty()) {
      String smallest = shown.entrySet().stream()
          .min(Map.Entry.<String, List<Trajectory>>comparingByValue(java.util.Comparator.comparingInt(
              OrganisationReport::leaders)).thenComparing(Map.Entry.comparingByKey()))
          .orElseThrow().getKey();
      pooled.addAll(shown.remove(smallest));
    }
    List<Unit> directorates = new ArrayList<>();
    shown.forEach((directorate, theirs) -> directorates.add(unit(directorate, theirs)));
    if (!pooled.isEmpty()) {
      directorates.add(unit(OTHER_DIRECTORATES, pooled));
    }
    return new Report(unit(ORGANISATION, trajectories), directorates);
  }

  private static Unit unit(String name, List<Trajectory> trajectories) {
    int leaders = leaders(trajectories);
    boolean enough = leaders >= Figure.MIN_GROUP;
    List<BehaviourFigures> behaviours = Behaviour.all().stream().map(behaviour -> enough
        ? behaviour(behaviour, trajectories)
        : new BehaviourFigures(behaviour.id(), behaviour.label(), Figure.people(behaviour.label(),
            chosenBy(behaviour, trajectories)), null, null, null, null, null, null, null, null)).toList();
    List<Figure> mostChosen = Behaviour.all().stream()
        .map(behaviour -> Map.entry(behaviour, chosenBy(behaviour, trajectories)))
        .filter(entry -> entry.getValue() > 0)
        .sorted(Map.Entry.<Behaviour, Integer>comparingByValue().reversed()
            .thenComparing(entry -> entry.getKey().ordinal()))
        .map(entry -> Figure.people(entry.getKey().label(), entry.getValue()))
        .toList();
    return new Unit(name, Figure.people("Leidinggevenden", leaders),
        Figure.people("Trajecten gestart", trajectories.size()),
        Figure.people("Trajecten afgerond", (int) trajectories.stream().filter(Trajectory::completed).count()),
        mostChosen, behaviours);
  }

  private static BehaviourFigures behaviour(Behaviour behaviour, List<Trajectory> trajectories) {
    Mean selfFirst = mean(trajectories, t -> self(t.first(), behaviour));
    Mean selfSecond = mean(trajectories, t -> self(t.second(), behaviour));
    Mean selfChange = mean(trajectories, t -> difference(self(t.first(), behaviour), self(t.second(), behaviour)));
    Mean othersFirst = mean(trajectories, t -> others(t.first(), behaviour));
    Mean othersSecond = mean(trajectories, t -> others(t.second(), behaviour));
    Mean othersChange = mean(trajectories, t -> difference(others(t.first(), behaviour), others(t.second(), behaviour)));
    return new BehaviourFigures(behaviour.id(), behaviour.label(),
        Figure.people(behaviour.label(), chosenBy(behaviour, trajectories)),
        selfFirst.value(), selfSecond.value(), selfChange.value(), selfChange.leaders(),
        othersFirst.value(), othersSecond.value(), othersChange.value(), othersChange.leaders());
  }

  /** A mean over leaders and how many, both null when fewer than three leaders are in it. */
  private record Mean(Double value, Integer leaders) {
  }

  private static Mean mean(List<Trajectory> trajectories, Function<Trajectory, Double> value) {
    List<Map.Entry<String, Double>> values = trajectories.stream()
        .map(t -> new java.util.AbstractMap.SimpleEntry<>(t.leaderId(), value.apply(t)))
        .filter(entry -> entry.getValue() != null)
        .map(entry -> (Map.Entry<String, Double>) entry)
        .toList();
    int leaders = (int) values.stream().map(Map.Entry::getKey).distinct().count();
    if (leaders < Figure.MIN_GROUP) {
      return new Mean(null, null);
    }
    return new Mean(round(values.stream().mapToDouble(Map.Entry::getValue).average().orElseThrow()), leaders);
  }

  private static Double self(MeasurementAnalysis.Result result, Behaviour behaviour) {
    return row(result, behaviour).map(row -> (double) row.self()).orElse(null);
  }

  private static Double others(MeasurementAnalysis.Result result, Behaviour behaviour) {
    return row(result, behaviour).filter(row -> row.othersMean() != null).map(MeasurementAnalysis.Row::othersMean)
        .orElse(null);
  }

  private static java.util.Optional<MeasurementAnalysis.Row> row(MeasurementAnalysis.Result result, Behaviour behaviour) {
    return result == null ? java.util.Optional.empty()
        : result.rows().stream().filter(row -> behaviour.id().equals(row.behaviour())).findFirst();
  }

  private static Double difference(Double first, Double second) {
    return first == null || second == null ? null : second - first;
  }

  /** Leaders who chose the behaviour as a development point (a leader counts once). */
  private static int chosenBy(Behaviour behaviour, List<Trajectory> trajectories) {
    return (int) trajectories.stream()
        .filter(t -> t.developmentPoints() != null && t.developmentPoints().contains(behaviour.id()))
        .map(Trajectory::leaderId).distinct().count();
  }

  private static int leaders(List<Trajectory> trajectories) {
    Set<String> leaders = trajectories.stream().map(Trajectory::leaderId).filter(Objects::nonNull)
        .collect(Collectors.toSet());
    return leaders.size();
  }

  private static String directorate(Trajectory trajectory) {
    return trajectory.directorate() == null || trajectory.directorate().isBlank() ? UNKNOWN_DIRECTORATE
        : trajectory.directorate().strip();
  }

  private static double round(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
  }
}

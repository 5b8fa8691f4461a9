package nl.amsterdam.inclusion.monitoring;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;

import nl.amsterdam.inclusion.monitoring.ProgrammeFacts.Conversation;
import nl.amsterdam.inclusion.monitoring.ProgrammeFacts.PlanCheck;
import nl.amsterdam.inclusion.monitoring.ProgrammeFacts.Person;

/** The programme's monitoring figures (seed 004) from the facts in history, as pure functions. */
public final class ProgrammeMonitor {

  /**
   * Where a directorate stands at a moment: it has handed in an action plan, Bureau I&D's latest check of a plan
   * found all basic preconditions in order, the rounds in which its conversation with the panel was held, and
   * whether a follow-up conversation was held.
   */
  public record DirectorateStatus(String directorate, boolean actionPlan, boolean preconditions,
      List<Integer> rounds, boolean followUp) {
  }

  /** The share of all directorates (whole percentages) at the end of a year, or now for the current year. */
  public record Percentages(int year, int directorates, int actionPlan, int preconditions, int tookPart,
      int followUp) {
  }

  private ProgrammeMonitor() {
  }

  /** Every directorate's status by the end of the period (directorates without a conversation included). */
  public static List<DirectorateStatus> statusAt(ProgrammeFacts facts, Period period) {
    List<DirectorateStatus> statuses = new ArrayList<>();
    facts.directorates().forEach((group, name) -> {
      List<Conversation> own = facts.conversations().stream().filter(c -> c.directorate().equals(group)).toList();
      boolean actionPlan = own.stream().anyMatch(c -> period.byEnd(c.planSubmitted()));
      boolean preconditions = own.stream().flatMap(c -> c.checks().stream()).filter(check -> period.byEnd(check.at()))
          .max(Comparator.comparing(PlanCheck::at)).map(PlanCheck::inOrder).orElse(false);
      List<Integer> rounds = new ArrayList<>(new TreeSet<>(own.stream().filter(c -> period.byEnd(c.held()))
          .map(Conversation::round).toList()));
      boolean followUp = own.stream().anyMatch(c -> period.byEnd(c.followUpHeld()));
      statuses.add(new DirectorateStatus(name, actionPlan, preconditions, rounds, followUp));
    });
    statuses.sort(Comparator.comparing(DirectorateStatus::directorate));
    return statuses;
  }

  public static Percentages percentages(int year, List<DirectorateStatus> statuses) {
    return new Percentages(year, statuses.size(), percent(statuses, DirectorateStatus::actionPlan),
        percent(statuses, DirectorateStatus::preconditions), percent(statuses, status -> !status.rounds().isEmpty()),
        percent(statuses, DirectorateStatus::followUp));
  }

  /** The percentages at the end of each year from the first with a growth-panel conversation up to {@code last}. */
  public static List<Percentages> trend(ProgrammeFacts facts, int first, int last) {
    List<Percentages> trend = new ArrayList<>();
    for (int year = Math.min(first, last); year <= last; year++) {
      trend.add(percentages(year, statusAt(facts, Period.year(year))));
    }
    return trend;
  }

  /** Per round, the conversations with the panel held by the end of the period. */
  public static List<Figure> heldPerRound(ProgrammeFacts facts, Period period) {
    Map<Integer, Integer> perRound = new TreeMap<>();
    facts.conversations().stream().filter(c -> period.byEnd(c.held()))
        .forEach(c -> perRound.merge(c.round(), 1, Integer::sum));
    List<Figure> figures = new ArrayList<>();
    perRound.forEach((round, held) -> figures.add(Figure.count("Ronde " + round, held)));
    return figures;
  }

  /** The counts the seed reports, for the year (and the panel conversations since the programme's start). */
  public static List<Figure> counts(ProgrammeFacts facts, Period period) {
    List<ProgrammeFacts.Training> trainings = facts.trainings().stream()
        .filter(training -> period.contains(training.arranged())).toList();
    List<ProgrammeFacts.Dialogue> dialogues = facts.dialogues().stream()
        .filter(dialogue -> period.contains(dialogue.held())).toList();
    Set<String> reached = new HashSet<>();
    dialogues.forEach(dialogue -> reached.addAll(dialogue.placed()));
    return List.of(
        Figure.count("Panelgesprekken gevoerd in " + period.year(),
            count(facts.conversations(), c -> period.contains(c.held()))),
        Figure.count("Panelgesprekken gevoerd sinds de start (t/m " + period.year() + ")",
            count(facts.conversations(), c -> period.byEnd(c.held()))),
        Figure.count("Trainingen en leerinterventies", trainings.size()),
        Figure.people("Deelnemers aan leerinterventies",
            trainings.stream().mapToInt(ProgrammeFacts.Training::participants).sum()),
        Figure.people("Deelnemers pilot Inclusief Leiderschap", people(facts.pilotParticipants(), period)),
        Figure.people("Leadershipfacts-trajecten gestart", people(facts.trajectoriesStarted(), period)),
        Figure.people("Leadershipfacts-trajecten afgerond", people(facts.trajectoriesCompleted(), period)),
        Figure.count("Dialogen met de wethouder gevoerd", dialogues.size()),
        Figure.people("Leidinggevenden bereikt met de dialogen", reached.size()));
  }

  /** The first year with a growth-panel conversation held or a plan handed in, else the given year. */
  public static int firstYear(ProgrammeFacts facts, int otherwise, ZoneId zone) {
    return facts.conversations().stream()
        .flatMap(c -> Stream.of(c.planSubmitted(), c.held()))
        .filter(Objects::nonNull).min(Instant::compareTo)
        .map(moment -> moment.atZone(zone).getYear()).orElse(otherwise);
  }

  /** Distinct people who reached the step in the period (one person twice counts once). */
  private static int people(List<Person> reached, Period period) {
    return (int) reached.stream().filter(person -> period.contains(person.at())).map(Person::person).distinct().count();
  }

  private static <T> int count(List<T> items, Predicate<T> which) {
    return (int) items.stream().filter(which).count();
  }

  private static int percent(List<DirectorateStatus> statuses, Predicate<DirectorateStatus> which) {
    return statuses.isEmpty() ? 0 : Math.round(100f * count(statuses, which) / statuses.size());
  }
}

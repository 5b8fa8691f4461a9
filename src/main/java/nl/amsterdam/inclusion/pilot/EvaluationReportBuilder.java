package nl.amsterdam.inclusion.pilot;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import nl.amsterdam.inclusion.form.FormField;
import nl.amsterdam.inclusion.monitoring.Figure;

/** Computes the evaluation report from the participants' outcomes and the groups' sessions; no engine involved. */
public final class EvaluationReportBuilder {

  static final String OTHER_FUNCTIONS = "Overige functies (minder dan 3 per functie)";
  static final String OTHER_DIRECTORATES = "Overige directies (minder dan 3 per directie)";
  private static final String UNKNOWN = "Onbekend";
  static final String SHORTENED = "\n… (ingekort; het volledige rapport staat als JSON in de API van de applicatie)";

  private EvaluationReportBuilder() {
  }

  public static EvaluationReport build(String cohortName, List<ParticipantOutcome> outcomes, List<GroupSession> sessions,
      Reunion reunion) {
    List<ParticipantOutcome> completed = outcomes.stream().filter(ParticipantOutcome::completed).toList();
    Map<Integer, Integer> distribution = new TreeMap<>();
    IntStream.rangeClosed(1, 10).forEach(rating -> distribution.put(rating, 0));
    completed.forEach(o -> distribution.merge(o.rating(), 1, Integer::sum));
    Double average = completed.isEmpty() ? null : round(completed.stream().mapToInt(ParticipantOutcome::rating)
        .average().orElseThrow(), 1);
    int participants = outcomes.size();
    return new EvaluationReport(
        cohortName,
        participants,
        byCategory(outcomes.stream().map(o -> PilotProcess.FUNCTIONS.getOrDefault(o.function(), o.function())).toList(),
            OTHER_FUNCTIONS),
        byCategory(outcomes.stream().map(ParticipantOutcome::directorate).toList(), OTHER_DIRECTORATES),
        completed.size(),
        (int) outcomes.stream().filter(ParticipantOutcome::withdrawn).count(),
        (int) outcomes.stream().filter(o -> !o.withdrawn() && Boolean.FALSE.equals(o.attended())).count(),
        participants == 0 ? 0 : round((double) completed.size() / participants, 2),
        // sorted, so that the order says nothing about whose question it is
        texts(outcomes.stream().filter(o -> !o.withdrawn()).toList(), ParticipantOutcome::coreQuestion).stream()
            .sorted().toList(),
        sessions,
        (int) sessions.stream().filter(GroupSession::presentationGiven).count(),
        reunion,
        average,
        distribution,
        texts(completed, ParticipantOutcome::learningYield),
        texts(completed, ParticipantOutcome::usefulAspects),
        texts(completed, ParticipantOutcome::improvementPoints),
        (int) completed.stream().filter(ParticipantOutcome::wantsIntervision).count(),
        (int) completed.stream().filter(ParticipantOutcome::wantsLeadershipfacts).count(),
        (int) outcomes.stream().filter(ParticipantOutcome::evaluationMissing).count(),
        outcomes.stream().filter(ParticipantOutcome::evaluationMissing).map(ParticipantOutcome::participantName).toList());
  }

  /**
   * People per category (alphabetical). A category of one or two people would point at them, so those are counted
   * together under {@code others}, itself shown as "minder dan 3" when it holds one or two.
   */
  static List<Figure> byCategory(List<String> categories, String others) {
    Map<String, Integer> counts = new TreeMap<>();
    categories.forEach(category -> counts.merge(category == null || category.isBlank() ? UNKNOWN : category.strip(), 1,
        Integer::sum));
    List<Figure> figures = new ArrayList<>();
    int pooled = 0;
    for (Map.Entry<String, Integer> count : counts.entrySet()) {
      if (count.getValue() >= Figure.MIN_GROUP) {
        figures.add(Figure.count(count.getKey(), count.getValue()));
      } else {
        pooled += count.getValue();
      }
    }
    if (pooled > 0) {
      figures.add(Figure.people(others, pooled));
    }
    return figures;
  }

  /**
   * A short Dutch summary for the follow-up decision in Tasklist, at most a text variable's length; a longer one is
   * cut with a note where the whole report is.
   */
  public static String summary(EvaluationReport report) {
    StringBuilder text = new StringBuilder();
    text.append("Cohort: ").append(report.cohortName()).append('\n')
        .append("Deelnemers: ").append(report.participants())
        .append(", afgerond: ").append(report.completed())
        .append(" (").append(Math.round(report.completionRate() * 100)).append("%)")
        .append(", afgemeld: ").append(report.withdrawn())
        .append(", afwezig bij groepsbijeenkomst: ").append(report.absent()).append('\n')
        .append("Deelnemers per functie: ").append(figures(report.participantsByFunction())).append('\n')
        .append("Deelnemers per directie: ").append(figures(report.participantsByDirectorate())).append('\n')
        .append("Presentatie over de aanleiding gegeven: ").append(report.backgroundPresentationsGiven())
        .append(" van ").append(report.groupSessions().size()).append(" groepen").append('\n');
    report.groupSessions().stream().filter(session -> !session.presentationGiven()).forEach(session ->
        text.append("- groep ").append(session.group()).append(" zonder presentatie: ")
            .append(session.presentationSkippedReason()).append('\n'));
    text.append("Terugkomdag (alle groepen samen): ").append(reunion(report.reunion())).append('\n');
    text.append("Gemiddeld cijfer: ").append(report.averageRating() == null ? "-" : report.averageRating()).append('\n')
        .append("Verdeling cijfers: ");
    report.ratingDistribution().forEach((rating, count) -> {
      if (count > 0) {
        text.append(rating).append("×").append(count).append(' ');
      }
    });
    text.append('\n')
        .append("Interesse intervisie na 3 maanden: ").append(report.interestedInIntervision()).append('\n')
        .append("Interesse Leadershipfacts: ").append(report.interestedInLeadershipfacts()).append('\n');
    if (report.missingEvaluations() > 0) {
      text.append("Evaluatie ontbreekt (termijn verstreken): ").append(report.missingEvaluations())
          .append(" (").append(String.join(", ", report.missingParticipants())).append(")\n");
    }
    appendList(text, "Kernvragen", report.coreQuestions());
    appendList(text, "Observaties van de coaches", report.groupSessions().stream()
        .map(session -> "groep " + session.group() + ": " + session.observations()).toList());
    appendList(text, "Leeropbrengst", report.learningYields());
    appendList(text, "Wat was nuttig", report.usefulAspects());
    appendList(text, "Verbeterpunten", report.improvementPoints());
    String summary = text.toString().strip();
    return summary.length() <= FormField.MAX_TEXT_LENGTH ? summary
        : summary.substring(0, FormField.MAX_TEXT_LENGTH - SHORTENED.length()) + SHORTENED;
  }

  private static String reunion(Reunion reunion) {
    if (reunion == null) {
      return "niet vastgelegd";
    }
    return reunion.held() ? "gehouden op " + reunion.date() + ". Opbrengst: " + reunion.outcome()
        : "niet doorgegaan (gepland op " + reunion.date() + "): " + reunion.notHeldReason();
  }

  private static void appendList(StringBuilder text, String title, List<String> items) {
    text.append('\n').append(title).append(":\n");
    items.forEach(item -> text.append("- ").append(item).append('\n'));
  }

  private static String figures(List<Figure> figures) {
    return figures.isEmpty() ? "-" : figures.stream().map(figure -> figure.label() + " " + figure.text())
        .collect(Collectors.joining(", "));
  }

  private static List<String> texts(List<ParticipantOutcome> outcomes, Function<ParticipantOutcome, String> field) {
    return outcomes.stream().map(field).filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static double round(double value, int decimals) {
    return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
  }
}

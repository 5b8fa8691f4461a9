package nl.amsterdam.inclusion.pilot;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.IntStream;

/** Computes the evaluation report from the participants' outcomes; no engine involved. */
public final class EvaluationReportBuilder {

  private EvaluationReportBuilder() {
  }

  public static EvaluationReport build(String cohortName, List<ParticipantOutcome> outcomes) {
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
        completed.size(),
        (int) outcomes.stream().filter(ParticipantOutcome::withdrawn).count(),
        (int) outcomes.stream().filter(o -> !o.withdrawn() && Boolean.FALSE.equals(o.attended())).count(),
        participants == 0 ? 0 : round((double) completed.size() / participants, 2),
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

  /** A short Dutch summary for the follow-up decision in Tasklist. */
  public static String summary(EvaluationReport report) {
    StringBuilder text = new StringBuilder();
    text.append("Cohort: ").append(report.cohortName()).append('\n')
        .append("Deelnemers: ").append(report.participants())
        .append(", afgerond: ").append(report.completed())
        .append(" (").append(Math.round(report.completionRate() * 100)).append("%)")
        .append(", afgemeld: ").append(report.withdrawn())
        .append(", afwezig bij groepsbijeenkomst: ").append(report.absent()).append('\n')
        .append("Gemiddeld cijfer: ").append(report.averageRating() == null ? "-" : report.averageRating()).append('\n')
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
    appendList(text, "Leeropbrengst", report.learningYields());
    appendList(text, "Wat was nuttig", report.usefulAspects());
    appendList(text, "Verbeterpunten", report.improvementPoints());
    return text.toString().strip();
  }

  private static void appendList(StringBuilder text, String title, List<String> items) {
    text.append('\n').append(title).append(":\n");
    items.forEach(item -> text.append("- ").append(item).append('\n'));
  }

  private static List<String> texts(List<ParticipantOutcome> outcomes, Function<ParticipantOutcome, String> field) {
    return outcomes.stream().map(field).filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static double round(double value, int decimals) {
    return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
  }
}

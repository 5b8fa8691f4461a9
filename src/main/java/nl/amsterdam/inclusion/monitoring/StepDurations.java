package nl.amsterdam.inclusion.monitoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Time spent per step of a process, from the finished steps in history: the median and the 90th percentile (nearest
 * rank), so the process owner sees where cases wait. Each step also gets a Dutch level, so the heat view does not
 * speak through colour alone. A step finished fewer than {@link Figure#MIN_GROUP} times shows no time: it would be
 * one case's own.
 */
public final class StepDurations {

  private static final long HOUR = 3_600_000L;
  private static final long DAY = 24 * HOUR;

  /** One finished step: how long it was open. */
  public record Spent(String activityId, String name, long millis) {
  }

  /** A step's times; medianMillis, p90Millis and level are null when it finished too few times to show. */
  public record Step(String activityId, String name, int count, Long medianMillis, Long p90Millis, String median,
      String p90, String level) {
  }

  static final String TOO_FEW = "minder dan " + Figure.MIN_GROUP + " keer";

  /** The levels of the heat view, by the median: upper bound (exclusive) and Dutch label. */
  static final Map<Long, String> LEVELS = levels();

  private StepDurations() {
  }

  /** Per step, in the order of the longest median first. */
  public static List<Step> of(List<Spent> spent) {
    Map<String, List<Spent>> perStep = new LinkedHashMap<>();
    spent.forEach(one -> perStep.computeIfAbsent(one.activityId(), id -> new ArrayList<>()).add(one));
    List<Step> steps = new ArrayList<>();
    perStep.forEach((activityId, all) -> {
      long[] millis = all.stream().mapToLong(Spent::millis).sorted().toArray();
      String name = all.get(0).name() == null ? activityId : readable(all.get(0).name());
      if (millis.length < Figure.MIN_GROUP) {
        steps.add(new Step(activityId, name, millis.length, null, null, TOO_FEW, TOO_FEW, null));
        return;
      }
      long median = percentile(millis, 50);
      long p90 = percentile(millis, 90);
      steps.add(new Step(activityId, name, millis.length, median, p90, text(median), text(p90), level(median)));
    });
    steps.sort(Comparator.comparing(Step::medianMillis, Comparator.nullsLast(Comparator.reverseOrder()))
        .thenComparing(Step::name));
    return steps;
  }

  /** Nearest rank: the smallest value with at least {@code percent}% of the values at or below it. */
  static long percentile(long[] sorted, int percent) {
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
    return sorted[Math.max(rank, 1) - 1];
  }

  /**
   * A step's name without the case's details the model puts in it: "Actieplan ${directorate} toetsen" reads
   * "Actieplan … toetsen", a trailing "(${directorate})" goes.
   */
  public static String readable(String name) {
    return name == null ? null : name.replaceAll("\\s*\\(\\$\\{[^}]*}\\)", "").replaceAll("\\$\\{[^}]*}", "…").trim();
  }

  /** A duration as a Dutch reader says it: minutes, hours up to two days, then days. */
  public static String text(long millis) {
    if (millis < HOUR) {
      return Math.round(millis / 60_000.0) + " min";
    }
    if (millis < 2 * DAY) {
      return Math.round((double) millis / HOUR) + " uur";
    }
    return String.format(Locale.forLanguageTag("nl-NL"), "%.1f dagen", (double) millis / DAY);
  }

  static String level(long medianMillis) {
    return LEVELS.entrySet().stream().filter(level -> medianMillis < level.getKey()).findFirst()
        .map(Map.Entry::getValue).orElseThrow();
  }

  private static Map<Long, String> levels() {
    Map<Long, String> levels = new LinkedHashMap<>();
    levels.put(DAY, "kort");
    levels.put(7 * DAY, "dagen");
    levels.put(28 * DAY, "weken");
    levels.put(Long.MAX_VALUE, "lang");
    return levels;
  }
}

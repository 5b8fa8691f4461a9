package nl.amsterdam.inclusion.leadershipfacts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Self-image against how others see the leader, per behaviour: the others' mean and spread
 * (population standard deviation) and over- or under-valuation when self and others differ by at
 * least the threshold. With fewer than {@link #MIN_RATERS} raters nothing of the others is shown,
 * so that no single rater's answers can be read from it.
 */
public final class MeasurementAnalysis {

  public static final int MIN_RATERS = 3;

  public enum Valuation { OVER, UNDER, ALIGNED, UNKNOWN }

  public record Row(String behaviour, String label, int self, Double othersMean, Double spread, Valuation valuation) {
  }

  public record Result(int measurement, int raters, boolean enoughRaters, List<Row> rows) {
  }

  private MeasurementAnalysis() {
  }

  /**
   * @param self   the leader's score per behaviour id
   * @param others each responding rater's scores per behaviour id
   */
  public static Result analyse(int measurement, Map<String, Integer> self, List<Map<String, Integer>> others,
      double threshold) {
    boolean enough = others.size() >= MIN_RATERS;
    List<Row> rows = new ArrayList<>();
    for (Behaviour behaviour : Behaviour.values()) {
      int own = self.get(behaviour.id());
      if (!enough) {
        rows.add(new Row(behaviour.id(), behaviour.label(), own, null, null, Valuation.UNKNOWN));
        continue;
      }
      double[] scores = others.stream().mapToDouble(rater -> rater.get(behaviour.id())).toArray();
      double mean = java.util.Arrays.stream(scores).average().orElseThrow();
      double variance = java.util.Arrays.stream(scores).map(s -> (s - mean) * (s - mean)).average().orElseThrow();
      double difference = own - mean;
      Valuation valuation = difference >= threshold ? Valuation.OVER
          : -difference >= threshold ? Valuation.UNDER : Valuation.ALIGNED;
      rows.add(new Row(behaviour.id(), behaviour.label(), own, round(mean), round(Math.sqrt(variance)), valuation));
    }
    return new Result(measurement, others.size(), enough, rows);
  }

  /** A Dutch summary for the consult and the leader. */
  public static String summary(Result result) {
    StringBuilder text = new StringBuilder("Meting ").append(result.measurement()).append(": ")
        .append(result.raters()).append(" beoordelaars\n");
    if (!result.enoughRaters()) {
      text.append("Te weinig beoordelaars (minder dan ").append(MIN_RATERS)
          .append("): het beeld van anderen wordt niet getoond.\n");
    }
    for (Row row : result.rows()) {
      text.append("- ").append(row.label()).append(": zelf ").append(row.self());
      if (row.othersMean() != null) {
        text.append(", anderen ").append(row.othersMean()).append(" (spreiding ").append(row.spread()).append(')')
            .append(switch (row.valuation()) {
              case OVER -> ", overwaardering";
              case UNDER -> ", onderwaardering";
              default -> "";
            });
      }
      text.append('\n');
    }
    return text.toString().strip();
  }

  /** Per behaviour the change from the first to the second measurement. */
  public static String comparison(Result first, Result second) {
    StringBuilder text = new StringBuilder("Ontwikkeling tussen meting 1 en meting 2\n");
    for (int i = 0; i < first.rows().size(); i++) {
      Row before = first.rows().get(i);
      Row after = second.rows().get(i);
      text.append("- ").append(before.label()).append(": zelf ").append(signed(after.self() - before.self()));
      if (before.othersMean() != null && after.othersMean() != null) {
        text.append(", anderen ").append(signed(round(after.othersMean() - before.othersMean())));
      } else {
        text.append(", anderen: niet te vergelijken (te weinig beoordelaars)");
      }
      text.append('\n');
    }
    return text.toString().strip();
  }

  private static String signed(double value) {
    return (value > 0 ? "+" : "") + (value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value));
  }

  private static double round(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
  }
}

package nl.amsterdam.inclusion.monitoring;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;

import nl.amsterdam.inclusion.monitoring.ProgrammeMonitor.Percentages;
import nl.amsterdam.inclusion.monitoring.ProgressReport.ProcessSteps;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** The report's charts as PNG images (the same pictures in the XLSX and the PDF). */
final class ProgressCharts {

  static final int WIDTH = 800;
  static final int HEIGHT = 400;
  /** The longest steps shown in the chart of waiting times; the table lists them all. */
  static final int LONGEST_STEPS = 10;
  private static final Color[] SERIES = {new Color(0xEC0000), new Color(0x004699), new Color(0x00A03C),
      new Color(0xFF9100)};

  private ProgressCharts() {
  }

  /** The share of directorates per year: action plan, basics in order, a round taken part in, a follow-up held. */
  static byte[] trend(List<Percentages> trend) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Percentages year : trend) {
      String column = String.valueOf(year.year());
      data.addValue(year.actionPlan(), "Actieplan", column);
      data.addValue(year.preconditions(), "Basis op orde", column);
      data.addValue(year.tookPart(), "Gesprek met het panel", column);
      data.addValue(year.followUp(), "Vervolggesprek", column);
    }
    JFreeChart chart = ChartFactory.createBarChart("Directies per jaar (% van alle directies)", "Jaar", "%", data,
        PlotOrientation.VERTICAL, true, false, false);
    chart.getCategoryPlot().getRangeAxis().setRange(0, 100);
    return png(chart);
  }

  static byte[] conversationsPerRound(List<Figure> heldPerRound) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    heldPerRound.forEach(round -> data.addValue(round.value(), "Gesprekken gevoerd", round.label()));
    JFreeChart chart = ChartFactory.createBarChart("Gesprekken met het groeipanel per ronde", "Ronde", "Gesprekken",
        data, PlotOrientation.VERTICAL, false, false, false);
    // whole conversations on the axis
    ((NumberAxis) chart.getCategoryPlot().getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    return png(chart);
  }

  /** The steps with the longest median over all processes, in days. */
  static byte[] longestSteps(List<ProcessSteps> processes) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    processes.stream().flatMap(process -> process.steps().stream())
        .filter(step -> step.medianMillis() != null)
        .sorted(Comparator.comparing(StepDurations.Step::medianMillis).reversed()).limit(LONGEST_STEPS)
        .forEach(step -> {
          data.addValue(step.medianMillis() / 86_400_000.0, "Mediaan", step.name());
          data.addValue(step.p90Millis() / 86_400_000.0, "90% binnen", step.name());
        });
    return png(ChartFactory.createBarChart("Waar zaken het langst wachten (dagen)", null, "Dagen", data,
        PlotOrientation.HORIZONTAL, true, false, false));
  }

  private static byte[] png(JFreeChart chart) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    for (int series = 0; series < SERIES.length; series++) {
      renderer.setSeriesPaint(series, SERIES[series]);
    }
    try {
      return ChartUtils.encodeAsPNG(chart.createBufferedImage(WIDTH, HEIGHT));
    } catch (IOException e) {
      throw new UncheckedIOException("chart could not be encoded", e);
    }
  }
}

package nl.amsterdam.inclusion.monitoring;

import java.util.List;

import nl.amsterdam.inclusion.monitoring.ProgrammeMonitor.Percentages;

/**
 * The yearly progress report's content: aggregates only. It holds no directorate, person or case, so neither the
 * download nor anything built from it can show one.
 */
public record ProgressReport(int year, Percentages percentages, List<Percentages> trend, List<Figure> figures,
    List<Figure> heldPerRound, List<ProcessSteps> steps) {

  public String title() {
    return "Voortgangsrapportage Inclusie & Diversiteit " + year;
  }

  /** The directorates' percentages as the report's lines (seed 004: "94% van de directies heeft een Actieplan"). */
  public List<Figure> directorateLines() {
    return List.of(
        Figure.percent("Directies met een actieplan", percentages.actionPlan()),
        Figure.percent("Directies met de basisrandvoorwaarden op orde", percentages.preconditions()),
        Figure.percent("Directies die een gesprek met het groeipanel voerden", percentages.tookPart()),
        Figure.percent("Directies met een vervolggesprek", percentages.followUp()));
  }

  /** The trend table's column headings, in the order of {@link #trendRow}. */
  public static List<String> trendHeadings() {
    return List.of("Jaar", "Actieplan", "Basis op orde", "Gesprek met het panel", "Vervolggesprek");
  }

  public static List<Integer> trendRow(Percentages year) {
    return List.of(year.year(), year.actionPlan(), year.preconditions(), year.tookPart(), year.followUp());
  }

  /** Whether any step finished often enough to show its time (else there is nothing to chart). */
  public boolean hasTimedSteps() {
    return steps.stream().flatMap(process -> process.steps().stream()).anyMatch(step -> step.medianMillis() != null);
  }

  /** A process's waiting steps in the year, the longest median first. */
  public record ProcessSteps(String processKey, String name, List<StepDurations.Step> steps) {
  }
}

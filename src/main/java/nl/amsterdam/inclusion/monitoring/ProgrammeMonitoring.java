package nl.amsterdam.inclusion.monitoring;

import java.util.ArrayList;
import java.util.List;

import nl.amsterdam.inclusion.engine.CityTime;
import nl.amsterdam.inclusion.identity.AccessModel;
import nl.amsterdam.inclusion.monitoring.ProgrammeMonitor.DirectorateStatus;
import nl.amsterdam.inclusion.monitoring.ProgressReport.ProcessSteps;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Service;

/** Bureau I&D's view of the whole programme (seed 004), computed on request from the engine's history. */
@Service
public class ProgrammeMonitoring {

  /** The dashboard's monitoring page: the report's aggregates, each directorate's status and the heat diagrams. */
  public record Page(ProgressReport report, List<DirectorateStatus> directorates, List<DiagramHeat.Diagram> diagrams) {
  }

  private final MonitoringHistory history;
  private final RepositoryService repository;
  private final DiagramHeat heat;

  ProgrammeMonitoring(MonitoringHistory history, RepositoryService repository, DiagramHeat heat) {
    this.history = history;
    this.repository = repository;
    this.heat = heat;
  }

  public ProgressReport report(int year) {
    return report(history.facts(), Period.year(year));
  }

  /** This year's page for the dashboard. */
  public Page page() {
    Period period = Period.year(CityTime.today().getYear());
    ProgrammeFacts facts = history.facts();
    ProgressReport report = report(facts, period);
    return new Page(report, ProgrammeMonitor.statusAt(facts, period), heat.diagrams(report.steps()));
  }

  private ProgressReport report(ProgrammeFacts facts, Period period) {
    int first = ProgrammeMonitor.firstYear(facts, period.year(), CityTime.ZONE);
    return new ProgressReport(period.year(),
        ProgrammeMonitor.percentages(period.year(), ProgrammeMonitor.statusAt(facts, period)),
        ProgrammeMonitor.trend(facts, first, period.year()), ProgrammeMonitor.counts(facts, period),
        ProgrammeMonitor.heldPerRound(facts, period), steps(period));
  }

  /** Every process with finished waiting steps in the period. */
  private List<ProcessSteps> steps(Period period) {
    List<ProcessSteps> steps = new ArrayList<>();
    for (String process : AccessModel.PROCESSES) {
      List<StepDurations.Step> durations = StepDurations.of(history.spent(process, period));
      ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(process)
          .latestVersion().singleResult();
      if (!durations.isEmpty() && latest != null) {
        steps.add(new ProcessSteps(process, latest.getName(), durations));
      }
    }
    return steps;
  }
}

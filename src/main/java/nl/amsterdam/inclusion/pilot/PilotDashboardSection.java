package nl.amsterdam.inclusion.pilot;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import nl.amsterdam.inclusion.reporting.CaseHistory;
import nl.amsterdam.inclusion.reporting.DashboardFigures;
import nl.amsterdam.inclusion.reporting.DashboardSection;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/** The pilot's funnel on the dashboard: per cohort, how many people reached each stage. */
@Component
class PilotDashboardSection implements DashboardSection {

  /** A stage counts a journey once the step that ends it has been completed. */
  static final Map<String, String> STAGES = CaseHistory.stages(
      "Aangemeld", null,
      "Case geschreven", PilotProcess.TASK_FORMULATE_CASE,
      "Groepsbijeenkomst", PilotProcess.RECEIVE_FEEDBACK_RETURNED,
      "1-op-1 verfijnen", PilotProcess.TASK_HOLD_REFINE_CONVERSATION,
      "Slotgesprek", PilotProcess.TASK_HOLD_REFLECT_CONVERSATION,
      "Geëvalueerd", PilotProcess.TASK_EVALUATE_PILOT);

  private final CaseHistory history;

  PilotDashboardSection(CaseHistory history) {
    this.history = history;
  }

  @Override
  public void addTo(DashboardFigures.Page page) {
    page.pilot(List.copyOf(STAGES.keySet()), funnel());
  }

  /** Per cohort and stage the people (start users) who reached it: a second sign-up of one person counts once. */
  private List<DashboardFigures.Funnel> funnel() {
    List<HistoricProcessInstance> journeys = history.cases(PilotProcess.PARTICIPANT);
    Map<String, String> cohortOf = history.variablePerInstance(journeys, PilotProcess.COHORT_ID);
    Map<String, String> cohortNames = history.history().createHistoricVariableInstanceQuery()
        .variableName(PilotProcess.COHORT_NAME).list().stream()
        .collect(Collectors.toMap(HistoricVariableInstance::getProcessInstanceId, v -> String.valueOf(v.getValue()),
            (a, b) -> a));
    Map<String, Set<String>> reached = history.activities(STAGES.values(), true);
    // the conversations run in a process of their own that the journey calls: they count for the journey
    for (HistoricProcessInstance conversations : history.cases(PilotProcess.COACHING_CONVERSATIONS)) {
      reached.computeIfAbsent(conversations.getSuperProcessInstanceId(), id -> new HashSet<>())
          .addAll(reached.getOrDefault(conversations.getId(), Set.of()));
    }

    Map<String, List<Set<String>>> perCohort = new TreeMap<>();
    for (HistoricProcessInstance journey : journeys) {
      String cohortId = cohortOf.get(journey.getId());
      String cohort = cohortId == null ? PilotProcess.WAITING_LIST : cohortNames.getOrDefault(cohortId, cohortId);
      List<Set<String>> people = perCohort.computeIfAbsent(cohort, c -> STAGES.keySet().stream()
          .<Set<String>>map(stage -> new HashSet<>()).toList());
      int stage = 0;
      for (String activity : STAGES.values()) {
        if (activity == null || reached.getOrDefault(journey.getId(), Set.of()).contains(activity)) {
          people.get(stage).add(CaseHistory.person(journey));
        }
        stage++;
      }
    }
    return perCohort.entrySet().stream()
        .map(cohort -> new DashboardFigures.Funnel(cohort.getKey(), cohort.getValue().stream().map(Set::size).toList()))
        .toList();
  }
}

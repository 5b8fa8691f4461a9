package nl.amsterdam.inclusion.learning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import nl.amsterdam.inclusion.engine.CaseVariables;
import nl.amsterdam.inclusion.engine.CityTime;
import nl.amsterdam.inclusion.reporting.CaseHistory;
import nl.amsterdam.inclusion.reporting.DashboardFigures;
import nl.amsterdam.inclusion.reporting.DashboardSection;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

/** Learning interventions on the dashboard: requests per outcome and cluster, and this year's cluster budgets. */
@Component
class LearningDashboardSection implements DashboardSection {

  /** An employee's request waiting for their leader (seed 001: leaders are always involved). */
  static final String AT_LEADER = "Bij de leidinggevende";
  static final String RUNNING = "Lopend";
  static final String CARRIED_OUT = "Ingeschreven of uitgevoerd";
  static final String DECLINED = "Afgewezen";
  static final String WITHDRAWN = "Ingetrokken";
  static final String NOT_SUPPORTED = "Niet gesteund door de leidinggevende";
  static final String UNKNOWN_CLUSTER = "onbekend";

  private final CaseHistory history;
  private final ClusterBudgets budgets;

  LearningDashboardSection(CaseHistory history, ClusterBudgets budgets) {
    this.history = history;
    this.budgets = budgets;
  }

  @Override
  public void addTo(DashboardFigures.Page page) {
    page.learning(requests(), budgets());
  }

  /** Learning requests per outcome, then per cluster. */
  private Map<String, Map<String, Integer>> requests() {
    List<HistoricProcessInstance> requests = history.cases(LearningProcess.REQUEST);
    Map<String, String> clusters = history.variablePerInstance(requests, CaseVariables.CLUSTER);
    Set<String> atLeader = history.activities(List.of(LearningProcess.TASK_DISCUSS_EMPLOYEE_REQUEST), false).keySet();
    Set<String> leftLeader = history.activities(List.of(LearningProcess.TASK_DISCUSS_EMPLOYEE_REQUEST), true).keySet();
    Map<String, Map<String, Integer>> result = new LinkedHashMap<>();
    for (String status : List.of(AT_LEADER, RUNNING, CARRIED_OUT, DECLINED, NOT_SUPPORTED, WITHDRAWN)) {
      result.put(status, new TreeMap<>());
    }
    for (HistoricProcessInstance request : requests) {
      boolean waitsForLeader = atLeader.contains(request.getId()) && !leftLeader.contains(request.getId());
      result.get(status(request, waitsForLeader))
          .merge(clusters.getOrDefault(request.getId(), UNKNOWN_CLUSTER), 1, Integer::sum);
    }
    return result;
  }

  /** @param waitsForLeader whether the request's leader has yet to discuss it (its step is open) */
  static String status(HistoricProcessInstance request, boolean waitsForLeader) {
    if (request.getEndTime() == null) {
      return waitsForLeader ? AT_LEADER : RUNNING;
    }
    String end = String.valueOf(request.getEndActivityId());
    if (end.equals(LearningProcess.END_REQUEST_WITHDRAWN)) {
      return WITHDRAWN;
    }
    if (end.equals(LearningProcess.END_EMPLOYEE_REQUEST_DECLINED)) {
      return NOT_SUPPORTED;
    }
    if (Set.of(LearningProcess.END_ENROLLED, LearningProcess.END_FOLLOWED_UP).contains(end)) {
      return CARRIED_OUT;
    }
    return DECLINED;
  }

  private List<DashboardFigures.Budget> budgets() {
    int year = CityTime.today().getYear();
    return budgets.all().stream().filter(status -> status.year() == year)
        .map(status -> new DashboardFigures.Budget(status.cluster(), status.amount(), status.claimed(),
            status.available()))
        .toList();
  }
}

package nl.amsterdam.inclusion.leadershipfacts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.amsterdam.inclusion.engine.CaseVariables;
import nl.amsterdam.inclusion.form.FormValues;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.leadershipfacts.LeadershipfactsProcess.*;

/**
 * Reads the facts of {@link OrganisationReport} from the engine's history: every trajectory whose leader chose
 * development points (an offer declined or a cost rejected is no trajectory), its directorate, development points and
 * measurements, and whether its final report was read. Bounded by the trajectory's history time to live (two years).
 * Runs as the system (the caller's authorizations were checked before): leaders' cases are not Bureau I&D's to open.
 */
@Component
public class OrganisationReportHistory {

  private final HistoryService history;
  private final ObjectMapper json;

  public OrganisationReportHistory(HistoryService history, ObjectMapper json) {
    this.history = history;
    this.json = json;
  }

  public List<OrganisationReport.Trajectory> trajectories() {
    List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(TRAJECTORY).list();
    if (instances.isEmpty()) {
      return List.of();
    }
    Set<String> ids = new HashSet<>();
    instances.forEach(instance -> ids.add(instance.getId()));
    Set<String> started = finished(TASK_CHOOSE_DEVELOPMENT_POINTS, ids);
    Set<String> completed = finished(TASK_READ_FINAL_REPORT, ids);
    Map<String, Map<String, Object>> variables = new HashMap<>();
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
        .processDefinitionKey(TRAJECTORY)
        .variableNameIn(LEADER_ID, CaseVariables.DIRECTORATE, DEVELOPMENT_POINTS, MEASUREMENT_1, MEASUREMENT_2).list()) {
      // the case's own values (process scope) win over a step's local copy of the same name
      boolean caseScope = variable.getProcessInstanceId().equals(variable.getActivityInstanceId());
      Map<String, Object> values = variables.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>());
      if (variable.getValue() != null && (caseScope || !values.containsKey(variable.getName()))) {
        values.put(variable.getName(), variable.getValue());
      }
    }
    List<OrganisationReport.Trajectory> trajectories = new ArrayList<>();
    for (HistoricProcessInstance instance : instances) {
      if (!started.contains(instance.getId())) {
        continue;
      }
      Map<String, Object> values = variables.getOrDefault(instance.getId(), Map.of());
      trajectories.add(new OrganisationReport.Trajectory(
          (String) values.getOrDefault(LEADER_ID, instance.getStartUserId()),
          (String) values.get(CaseVariables.DIRECTORATE),
          completed.contains(instance.getId()),
          FormValues.strings(values.get(DEVELOPMENT_POINTS)),
          measurement(values.get(MEASUREMENT_1)),
          measurement(values.get(MEASUREMENT_2))));
    }
    return trajectories;
  }

  /** The trajectories among {@code ids} where the step was completed (not cancelled by a withdrawal). */
  private Set<String> finished(String activityId, Set<String> ids) {
    Set<String> done = new HashSet<>();
    for (HistoricActivityInstance step : history.createHistoricActivityInstanceQuery().activityId(activityId).finished()
        .list()) {
      if (!step.isCanceled() && ids.contains(step.getProcessInstanceId())) {
        done.add(step.getProcessInstanceId());
      }
    }
    return done;
  }

  private MeasurementAnalysis.Result measurement(Object value) {
    if (!(value instanceof String text)) {
      return null;
    }
    try {
      return json.readValue(text, MeasurementAnalysis.Result.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Leadershipfacts measurement not readable", e);
    }
  }
}

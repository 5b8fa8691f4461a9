package nl.amsterdam.inclusion.reporting;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BinaryOperator;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricActivityInstanceQuery;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/** The history look-ups the dashboard's sections share: a variable per case, the activities each case reached. */
@Component
public class CaseHistory {

  private final HistoryService history;

  public CaseHistory(HistoryService history) {
    this.history = history;
  }

  public HistoryService history() {
    return history;
  }

  /** Every case of a process, running or ended. */
  public List<HistoricProcessInstance> cases(String processKey) {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(processKey).list();
  }

  /** Per case, the value of one variable as text. */
  public Map<String, String> variablePerInstance(List<HistoricProcessInstance> instances, String name) {
    if (instances.isEmpty()) {
      return Map.of();
    }
    Map<String, String> values = new HashMap<>();
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(ids(instances)).variableName(name).list()) {
      boolean processLevel = variable.getProcessInstanceId().equals(variable.getActivityInstanceId());
      // the case's own variable wins over a local copy in a task or sub-process
      if (variable.getValue() != null && (processLevel || !values.containsKey(variable.getProcessInstanceId()))) {
        values.put(variable.getProcessInstanceId(), String.valueOf(variable.getValue()));
      }
    }
    return values;
  }

  /** Per case, which of the given activities it has completed (or only reached, when not finishedOnly). */
  public Map<String, Set<String>> activities(Collection<String> activityIds, boolean finishedOnly) {
    Map<String, Set<String>> perCase = new HashMap<>();
    for (String activityId : activityIds) {
      if (activityId == null) {
        continue;
      }
      HistoricActivityInstanceQuery query = history.createHistoricActivityInstanceQuery().activityId(activityId);
      for (HistoricActivityInstance done : (finishedOnly ? query.finished() : query).list()) {
        perCase.computeIfAbsent(done.getProcessInstanceId(), id -> new HashSet<>()).add(activityId);
      }
    }
    return perCase;
  }

  /** Per called instance (a process another calls, growth-panel-follow-up), the case that called it. */
  public static Map<String, String> callers(List<HistoricProcessInstance> called) {
    Map<String, String> callers = new HashMap<>();
    called.stream().filter(instance -> instance.getSuperProcessInstanceId() != null)
        .forEach(instance -> callers.put(instance.getId(), instance.getSuperProcessInstanceId()));
    return callers;
  }

  /**
   * Figures per instance counted on the case: a called instance's on the case that called it (merged with the case's
   * own), so a step moved into a called process still counts where it did before.
   */
  public static <V> Map<String, V> onCallers(Map<String, V> perInstance, Map<String, String> callers,
      BinaryOperator<V> merge) {
    Map<String, V> perCase = new HashMap<>();
    perInstance.forEach((instance, value) -> perCase.merge(callers.getOrDefault(instance, instance), value, merge));
    return perCase;
  }

  /** Who a case is for: the person who started it (a case the application started counts on its own). */
  public static String person(HistoricProcessInstance started) {
    return started.getStartUserId() != null ? started.getStartUserId() : "case:" + started.getId();
  }

  public static String[] ids(List<HistoricProcessInstance> instances) {
    return instances.stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
  }

  /** Ordered stages from alternating labels and activity ids. */
  public static Map<String, String> stages(String... labelsAndActivities) {
    Map<String, String> stages = new LinkedHashMap<>();
    for (int i = 0; i < labelsAndActivities.length; i += 2) {
      stages.put(labelsAndActivities[i], labelsAndActivities[i + 1]);
    }
    return stages;
  }
}

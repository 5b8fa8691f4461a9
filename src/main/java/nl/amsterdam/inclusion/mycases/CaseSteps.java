package nl.amsterdam.inclusion.mycases;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.amsterdam.inclusion.engine.CityTime;
import nl.amsterdam.inclusion.learning.LearningProcess;
import nl.amsterdam.inclusion.pilot.PilotProcess;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Where a running case stands, in Dutch: the steps it waits at and since when. Callers read as the system. */
@Component
public class CaseSteps {

  /** Scopes and markers the engine keeps as activity instances, which are no step a person takes. */
  private static final Set<String> NOT_A_STEP = Set.of("subProcess", "multiInstanceBody", "processDefinition");
  /**
   * Called processes whose steps are the case's own to the people who follow it: the request's custom work and the
   * pilot's coaching conversations were part of their case before they became processes of their own. Other called
   * processes show as their call activity's step (a trajectory's "Meting 1").
   */
  private static final Set<String> SHOWN_BY_THEIR_STEPS = Set.of(LearningProcess.CUSTOM_WORK,
      PilotProcess.COACHING_CONVERSATIONS);

  /** The case's current steps; {@code since} is when the latest of them began, null when it waits at none. */
  public record Where(List<String> steps, OffsetDateTime since) {
  }

  private final HistoryService historyService;
  private final TaskService taskService;

  public CaseSteps(HistoryService historyService, TaskService taskService) {
    this.historyService = historyService;
    this.taskService = taskService;
  }

  /** Open tasks by their (resolved) names, other wait states by theirs; a learning request's custom work by its steps. */
  public Where of(String caseId) {
    List<String> steps = new ArrayList<>();
    List<HistoricActivityInstance> current = new ArrayList<>();
    addCurrent(caseId, steps, current);
    OffsetDateTime since = current.stream().map(HistoricActivityInstance::getStartTime).max(Comparator.naturalOrder())
        .map(start -> start.toInstant().atZone(CityTime.ZONE).toOffsetDateTime()).orElse(null);
    return new Where(steps, since);
  }

  private void addCurrent(String instanceId, List<String> steps, List<HistoricActivityInstance> current) {
    Map<String, String> taskNames = taskService.createTaskQuery().processInstanceId(instanceId).list().stream()
        .collect(Collectors.toMap(Task::getId, Task::getName));
    for (HistoricActivityInstance step : historyService.createHistoricActivityInstanceQuery()
        .processInstanceId(instanceId).unfinished().orderByHistoricActivityInstanceStartTime().asc().list()) {
      if (step.getCalledProcessInstanceId() != null && SHOWN_BY_THEIR_STEPS.contains(processKeyOf(
          step.getCalledProcessInstanceId()))) {
        addCurrent(step.getCalledProcessInstanceId(), steps, current);
        continue;
      }
      String name = step.getTaskId() != null ? taskNames.get(step.getTaskId()) : step.getActivityName();
      if (name != null && !NOT_A_STEP.contains(step.getActivityType())) {
        current.add(step);
        if (!steps.contains(name)) {
          steps.add(name);
        }
      }
    }
  }

  private String processKeyOf(String instanceId) {
    HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery().processInstanceId(instanceId)
        .singleResult();
    return instance == null ? null : instance.getProcessDefinitionKey();
  }
}

package nl.amsterdam.inclusion.leadershipfacts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.leadershipfacts.LeadershipfactsProcess.*;

/**
 * Closes a measurement: the leader's own scores and the scores of every rater who rated (each held
 * locally in that rater's task, so no rater and no leader ever sees another's answers) become the
 * aggregated analysis that leaves the measurement.
 */
@Component("analyseLeadershipfactsMeasurement")
public class AnalyseMeasurementDelegate implements JavaDelegate {

  private final HistoryService historyService;
  private final ObjectMapper json;
  private final double threshold;

  public AnalyseMeasurementDelegate(HistoryService historyService, ObjectMapper json,
      @Value("${inclusion.leadershipfacts.valuation-threshold:0.5}") double threshold) {
    this.historyService = historyService;
    this.json = json;
    this.threshold = threshold;
  }

  @Override
  public void execute(DelegateExecution execution) throws JsonProcessingException {
    List<HistoricVariableInstance> variables = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(execution.getProcessInstanceId()).list();
    Map<String, Integer> self = new HashMap<>();
    for (Behaviour behaviour : Behaviour.values()) {
      variables.stream().filter(v -> v.getName().equals(behaviour.selfVariable()) && v.getValue() != null)
          .findFirst().ifPresent(v -> self.put(behaviour.id(), ((Number) v.getValue()).intValue()));
    }
    Map<String, Map<String, Object>> perRater = variables.stream()
        .filter(v -> v.getValue() != null && (v.getName().startsWith("rating_") || v.getName().equals(RATER_DECISION)))
        .collect(Collectors.groupingBy(HistoricVariableInstance::getActivityInstanceId,
            Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue, (a, b) -> b)));
    List<Map<String, Integer>> others = perRater.values().stream()
        .filter(answers -> "rate".equals(answers.get(RATER_DECISION)))
        .map(AnalyseMeasurementDelegate::scores)
        .toList();

    MeasurementAnalysis.Result result = MeasurementAnalysis.analyse(
        ((Number) execution.getVariable(MEASUREMENT_NUMBER)).intValue(), self, others, threshold);
    execution.setVariable(MEASUREMENT_RESULT, json.writeValueAsString(result));
    execution.setVariable(MEASUREMENT_SUMMARY, MeasurementAnalysis.summary(result));
  }

  private static Map<String, Integer> scores(Map<String, Object> answers) {
    Map<String, Integer> scores = new HashMap<>();
    for (Behaviour behaviour : Behaviour.values()) {
      scores.put(behaviour.id(), ((Number) answers.get(behaviour.ratingVariable())).intValue());
    }
    return scores;
  }
}

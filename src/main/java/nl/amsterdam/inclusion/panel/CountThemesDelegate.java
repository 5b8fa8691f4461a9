package nl.amsterdam.inclusion.panel;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.amsterdam.inclusion.form.FormValues;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.panel.PanelProcess.*;

/**
 * Counts the themes tagged in the round's conversations (themes only: no report text leaves a
 * conversation) and compares them with the previous round, for the moderator's red-threads analysis.
 */
@Component("countPanelThemes")
public class CountThemesDelegate implements JavaDelegate {

  private static final TypeReference<Map<String, Integer>> COUNTS = new TypeReference<>() {
  };

  private final HistoryService historyService;
  private final PanelThemes themes;
  private final ObjectMapper json;

  public CountThemesDelegate(HistoryService historyService, PanelThemes themes, ObjectMapper json) {
    this.historyService = historyService;
    this.themes = themes;
    this.json = json;
  }

  @Override
  public void execute(DelegateExecution execution) throws JsonProcessingException {
    // a directorate taken out of the round (by Bureau I&D or its deadline) is not part of its red threads
    List<String> withdrawn = FormValues.strings(execution.getVariable(WITHDRAWN_DIRECTORATES));
    List<String> conversations = historyService.createHistoricProcessInstanceQuery()
        .superProcessInstanceId(execution.getProcessInstanceId()).list().stream()
        .map(HistoricProcessInstance::getId)
        .filter(conversation -> !withdrawn.contains(directorateGroupOf(conversation))).toList();
    List<List<String>> tagged = conversations.isEmpty() ? List.of() : historyService.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(conversations.toArray(String[]::new)).variableName(REPORT_THEMES).list().stream()
        .map(variable -> FormValues.strings(variable.getValue())).toList();
    Map<String, Integer> counts = ThemeAnalysis.count(tagged);
    Map<String, Integer> previous = previousRound(((Number) execution.getVariable(ROUND_NUMBER)).intValue());
    Map<String, String> names = themes.all().stream()
        .collect(Collectors.toMap(PanelThemes.Theme::id, PanelThemes.Theme::name));

    execution.setVariable(THEME_COUNTS, json.writeValueAsString(counts));
    execution.setVariable(THEME_SUMMARY, ThemeAnalysis.summary(counts, previous, names, conversations.size()));
  }

  private String directorateGroupOf(String conversationId) {
    HistoricVariableInstance group = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(conversationId).variableName(DIRECTORATE_GROUP).singleResult();
    return group == null ? null : (String) group.getValue();
  }

  /** The theme counts of the last completed round before this one, or null in the first round. */
  private Map<String, Integer> previousRound(int roundNumber) throws JsonProcessingException {
    List<HistoricVariableInstance> earlier = historyService.createHistoricVariableInstanceQuery()
        .variableName(THEME_COUNTS).list().stream()
        .filter(counts -> roundOf(counts.getProcessInstanceId()) == roundNumber - 1)
        .toList();
    return earlier.isEmpty() ? null : json.readValue((String) earlier.get(earlier.size() - 1).getValue(), COUNTS);
  }

  private int roundOf(String processInstanceId) {
    HistoricVariableInstance round = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId).variableName(ROUND_NUMBER).singleResult();
    return round == null ? -1 : ((Number) round.getValue()).intValue();
  }
}

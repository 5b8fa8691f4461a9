package nl.amsterdam.inclusion.panel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import nl.amsterdam.inclusion.engine.CaseVariables;
import nl.amsterdam.inclusion.form.FormValues;
import nl.amsterdam.inclusion.reporting.CaseHistory;
import nl.amsterdam.inclusion.reporting.DashboardFigures;
import nl.amsterdam.inclusion.reporting.DashboardSection;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/** The growth panel on the dashboard: each conversation's status and the themes of the latest round. */
@Component
class PanelDashboardSection implements DashboardSection {

  /** A panel conversation's status: the last of these steps it has reached. */
  static final Map<String, String> STAGES = CaseHistory.stages(
      "Actieplan gevraagd", PanelProcess.TASK_SUBMIT_ACTION_PLAN,
      "Actieplan getoetst", PanelProcess.TASK_CHECK_ACTION_PLAN,
      "Panel leest", PanelProcess.TASK_READ_ACTION_PLAN,
      "Gesprek gepland", PanelProcess.TASK_SCHEDULE_CONVERSATION,
      "Verslag", PanelProcess.TASK_WRITE_REPORT,
      "Reflectie", PanelProcess.TASK_WRITE_REFLECTION,
      "Reactie panel", PanelProcess.TASK_RESPOND_TO_REFLECTION,
      "Vervolg", PanelProcess.TASK_DECIDE_FOLLOW_UP);

  static final String DONE = "Afgerond";
  /** A panel conversation stopped because its directorate left the round (Bureau I&D or the round's deadline). */
  static final String WITHDRAWN = "Uit de ronde";

  private final CaseHistory history;
  private final PanelThemes themes;

  PanelDashboardSection(CaseHistory history, PanelThemes themes) {
    this.history = history;
    this.themes = themes;
  }

  @Override
  public void addTo(DashboardFigures.Page page) {
    // the status table and the themes read the same conversations and round numbers
    List<HistoricProcessInstance> conversations = history.cases(PanelProcess.CONVERSATION);
    Map<String, String> rounds = history.variablePerInstance(conversations, PanelProcess.ROUND_NUMBER);
    List<String> stages = new ArrayList<>(STAGES.keySet());
    stages.add(DONE);
    stages.add(WITHDRAWN);
    page.panel(stages, conversations(conversations, rounds), themes(conversations, rounds));
  }

  private List<DashboardFigures.Conversation> conversations(List<HistoricProcessInstance> conversations,
      Map<String, String> rounds) {
    Map<String, String> directorates = history.variablePerInstance(conversations, CaseVariables.DIRECTORATE);
    Map<String, String> groups = history.variablePerInstance(conversations, PanelProcess.DIRECTORATE_GROUP);
    // reflection and follow-up run in the conversation's called instance: their stages count on the conversation
    Map<String, Set<String>> started = CaseHistory.onCallers(history.activities(STAGES.values(), false),
        CaseHistory.callers(history.cases(PanelProcess.FOLLOW_UP)), PanelDashboardSection::union);
    Map<String, Set<String>> withdrawn = history.activities(List.of(PanelProcess.END_WITHDRAWN), true);
    List<DashboardFigures.Conversation> result = new ArrayList<>();
    for (HistoricProcessInstance conversation : conversations) {
      String status = conversation.getEndTime() == null ? lastStage(started.get(conversation.getId()))
          : withdrawn.containsKey(conversation.getId()) ? WITHDRAWN : DONE;
      String directorate = directorates.getOrDefault(conversation.getId(), groups.get(conversation.getId()));
      int round = rounds.containsKey(conversation.getId()) ? Integer.parseInt(rounds.get(conversation.getId())) : 0;
      result.add(new DashboardFigures.Conversation(round, directorate, status));
    }
    result.sort(Comparator.comparing(DashboardFigures.Conversation::round).reversed()
        .thenComparing(DashboardFigures.Conversation::directorate, Comparator.nullsLast(Comparator.naturalOrder())));
    return result;
  }

  /** Theme counts over the reports of the latest round that has any. */
  private Map<String, Integer> themes(List<HistoricProcessInstance> conversations, Map<String, String> rounds) {
    if (conversations.isEmpty()) {
      return Map.of();
    }
    Map<String, String> names = themes.all().stream()
        .collect(Collectors.toMap(PanelThemes.Theme::id, PanelThemes.Theme::name));
    TreeMap<Integer, Map<String, Integer>> perRound = new TreeMap<>();
    for (HistoricVariableInstance tagged : history.history().createHistoricVariableInstanceQuery()
        .processInstanceIdIn(CaseHistory.ids(conversations)).variableName(PanelProcess.REPORT_THEMES).list()) {
      int round = Integer.parseInt(rounds.getOrDefault(tagged.getProcessInstanceId(), "0"));
      Map<String, Integer> counts = perRound.computeIfAbsent(round, r -> new TreeMap<>());
      for (String theme : FormValues.strings(tagged.getValue())) {
        counts.merge(names.getOrDefault(theme, theme), 1, Integer::sum);
      }
    }
    return perRound.isEmpty() ? Map.of() : perRound.lastEntry().getValue();
  }

  private static Set<String> union(Set<String> one, Set<String> other) {
    Set<String> both = new HashSet<>(one);
    both.addAll(other);
    return both;
  }

  private static String lastStage(Set<String> started) {
    String last = STAGES.keySet().iterator().next();
    for (Map.Entry<String, String> stage : STAGES.entrySet()) {
      if (started != null && started.contains(stage.getValue())) {
        last = stage.getKey();
      }
    }
    return last;
  }
}

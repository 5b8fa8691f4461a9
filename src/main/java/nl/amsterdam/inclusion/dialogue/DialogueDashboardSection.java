package nl.amsterdam.inclusion.dialogue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import nl.amsterdam.inclusion.reporting.CaseHistory;
import nl.amsterdam.inclusion.reporting.DashboardFigures;
import nl.amsterdam.inclusion.reporting.DashboardSection;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

/** Per session of the alderman's dialogue ("date: theme"), the people who signed up for it. */
@Component
class DialogueDashboardSection implements DashboardSection {

  private final CaseHistory history;

  DialogueDashboardSection(CaseHistory history) {
    this.history = history;
  }

  @Override
  public void addTo(DashboardFigures.Page page) {
    List<HistoricProcessInstance> signUps = history.cases(DialogueProcess.SIGN_UP);
    Map<String, String> sessionOf = history.variablePerInstance(signUps, DialogueProcess.DIALOGUE_ID);
    Map<String, String> dates = history.variablePerInstance(signUps, DialogueProcess.DIALOGUE_DATE);
    Map<String, String> themes = history.variablePerInstance(signUps, DialogueProcess.DIALOGUE_THEME);
    Map<String, Set<String>> people = new TreeMap<>();
    for (HistoricProcessInstance signUp : signUps) {
      if (sessionOf.containsKey(signUp.getId())) {
        String session = dates.get(signUp.getId()) + ": " + themes.get(signUp.getId());
        people.computeIfAbsent(session, s -> new HashSet<>()).add(CaseHistory.person(signUp));
      }
    }
    Map<String, Integer> counts = new TreeMap<>();
    people.forEach((session, who) -> counts.put(session, who.size()));
    page.dialogueSignUps(counts);
  }
}

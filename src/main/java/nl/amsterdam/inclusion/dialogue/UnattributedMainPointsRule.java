package nl.amsterdam.inclusion.dialogue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import nl.amsterdam.inclusion.form.FieldError;
import nl.amsterdam.inclusion.form.SubmissionRule;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.dialogue.DialogueProcess.*;
import static nl.amsterdam.inclusion.engine.CaseVariables.LEADER_NAME;

/**
 * The alderman's conversation is confidential: only its main points and the listener's signals are recorded,
 * unattributed. A text that names a participant is refused before it is stored (history and the register would keep
 * it otherwise).
 */
@Component
public class UnattributedMainPointsRule implements SubmissionRule {

  static final String FORM = "alderman-record-session";
  /** The texts that go into the register, with their labels. */
  private static final Map<String, String> TEXTS = Map.of(MAIN_POINTS, "Hoofdpunten",
      LISTENER_SIGNALS, "Signalen van de toehoorder");
  private static final Set<String> NAME_PARTICLES = Set.of("van", "de", "der", "den", "het", "ter", "ten", "el", "al");

  private final HistoryService historyService;

  public UnattributedMainPointsRule(HistoryService historyService) {
    this.historyService = historyService;
  }

  @Override
  public String formId() {
    return FORM;
  }

  @Override
  public List<FieldError> check(Task task, Map<String, Object> submitted) {
    List<String> nameParts = participantNames(task.getProcessInstanceId()).stream()
        .flatMap(name -> List.of(name.toLowerCase(Locale.ROOT).split("\\s+")).stream())
        .filter(part -> part.length() >= 3 && !NAME_PARTICLES.contains(part)).toList();
    return TEXTS.entrySet().stream().filter(field -> namesSomeone(submitted.get(field.getKey()), nameParts))
        .map(field -> new FieldError(field.getKey(), field.getValue(),
            "mag geen namen van deelnemers bevatten: leg alleen niet-herleidbare punten vast"))
        .toList();
  }

  private static boolean namesSomeone(Object text, List<String> nameParts) {
    if (!(text instanceof String written)) {
      return false;
    }
    String lowerText = written.toLowerCase(Locale.ROOT);
    return nameParts.stream().anyMatch(part -> Pattern.compile("\\b" + Pattern.quote(part) + "\\b").matcher(lowerText).find());
  }

  private List<String> participantNames(String dialogueId) {
    List<String> signUps = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(SIGN_UP)
        .variableValueEquals(DIALOGUE_ID, dialogueId).list().stream().map(HistoricProcessInstance::getId).toList();
    if (signUps.isEmpty()) {
      return List.of();
    }
    return historyService.createHistoricVariableInstanceQuery().processInstanceIdIn(signUps.toArray(String[]::new))
        .variableName(LEADER_NAME).list().stream().map(v -> (String) v.getValue()).filter(Objects::nonNull).toList();
  }
}

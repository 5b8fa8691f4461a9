package nl.amsterdam.inclusion.dialogue;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.amsterdam.inclusion.engine.CityTime;
import nl.amsterdam.inclusion.form.FieldError;
import nl.amsterdam.inclusion.form.SubmissionRule;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.dialogue.DialogueProcess.*;
import static nl.amsterdam.inclusion.engine.CaseVariables.LEADER_NAME;

/**
 * One sign-up per person per session: a second one would take two of its eight places. The person is the one the
 * engine records as starter (the login); a sign-up whose session is not linked yet counts for the session it will be
 * linked to (its choice, or the earliest open one for the person).
 */
@Component
public class OneSignUpPerSessionRule implements SubmissionRule {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm");

  private final DialogueCases cases;
  private final HistoryService historyService;
  private final RuntimeService runtimeService;

  public OneSignUpPerSessionRule(DialogueCases cases, HistoryService historyService, RuntimeService runtimeService) {
    this.cases = cases;
    this.historyService = historyService;
    this.runtimeService = runtimeService;
  }

  @Override
  public String formId() {
    return "alderman-sign-up";
  }

  @Override
  public List<FieldError> checkStart(String starter, Map<String, Object> submitted) {
    Optional<String> session = starter == null ? Optional.empty() : cases.sessionFor(submitted.get(DIALOGUE_CHOICE), starter);
    if (session.isEmpty()) {
      return List.of(); // without an open session the sign-up is answered by mail
    }
    String sessionId = session.get();
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(SIGN_UP).startedBy(starter)
        .unfinished().orderByProcessInstanceStartTime().asc().list().stream()
        .filter(signUp -> {
          // not yet linked (no variable at all): the session it will be linked to; linked to none (null) is none
          TypedValue linked = runtimeService.getVariableTyped(signUp.getId(), DIALOGUE_ID);
          Object linkedTo = linked != null ? linked.getValue()
              : cases.sessionFor(runtimeService.getVariable(signUp.getId(), DIALOGUE_CHOICE), starter).orElse(null);
          return sessionId.equals(linkedTo);
        })
        .findFirst()
        .map(existing -> List.of(new FieldError(LEADER_NAME, "Naam", describe(existing, sessionId))))
        .orElse(List.of());
  }

  private String describe(HistoricProcessInstance existing, String sessionId) {
    Object placement = runtimeService.getVariable(existing.getId(), PLACEMENT);
    return "je bent al aangemeld voor de dialoog met de wethouder van " + cases.variable(sessionId, DIALOGUE_DATE)
        + " (" + cases.variable(sessionId, DIALOGUE_THEME) + "): aanmelding van "
        + DAY.format(existing.getStartTime().toInstant().atZone(CityTime.ZONE))
        + (placement == null ? "" : ", status " + placement)
        + ". Die aanmelding zie je in Tasklist en in 'Mijn aanvragen'; daar kun je je ook afmelden.";
  }
}

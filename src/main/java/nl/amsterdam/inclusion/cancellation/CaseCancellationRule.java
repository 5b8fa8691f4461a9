package nl.amsterdam.inclusion.cancellation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.amsterdam.inclusion.form.FieldError;
import nl.amsterdam.inclusion.form.SubmissionRule;
import nl.amsterdam.inclusion.identity.AccessModel;
import nl.amsterdam.inclusion.security.CurrentUser;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.cancellation.CancellationProcess.CASE_ID;

/**
 * Only a running case that can be cancelled, and only by the role that owns its process (or an
 * administrator): Bureau I&D cancels the programme's cases, nobody else's and nobody else theirs.
 */
@Component
public class CaseCancellationRule implements SubmissionRule {

  private static final String LABEL = "Zaak";

  private final CancellableCases cases;
  private final CurrentUser caller;

  public CaseCancellationRule(CancellableCases cases, CurrentUser caller) {
    this.cases = cases;
    this.caller = caller;
  }

  @Override
  public String formId() {
    return CancellationProcess.START_FORM;
  }

  @Override
  public List<FieldError> checkStart(String starter, Map<String, Object> submitted) {
    if (!(submitted.get(CASE_ID) instanceof String caseId) || caseId.isBlank()) {
      return List.of();
    }
    Optional<ProcessInstance> found = cases.find(caseId);
    if (found.isEmpty()) {
      return List.of(new FieldError(CASE_ID, LABEL,
          "geen lopende leervraag, pilotdeelname of Leadershipfacts-traject met dit id of deze referentie"));
    }
    if (!AccessModel.ownedBy(caller.groups(), cases.processKeyOf(found.get()))) {
      return List.of(new FieldError(CASE_ID, LABEL, "deze zaak kun je niet annuleren: dat doet de eigenaar van het proces"));
    }
    return List.of();
  }
}

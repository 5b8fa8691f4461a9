package nl.amsterdam.inclusion.correction;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.amsterdam.inclusion.form.FieldError;
import nl.amsterdam.inclusion.form.SubmissionRule;
import nl.amsterdam.inclusion.identity.AccessModel;
import nl.amsterdam.inclusion.security.CurrentUser;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.correction.CorrectionProcess.CASE_ID;
import static nl.amsterdam.inclusion.correction.CorrectionProcess.DECISION;

/**
 * A decision is taken again only in a running case of a process the caller owns, only a decision of that process,
 * and only while the case waits right after it.
 */
@Component
public class DecisionCorrectionRule implements SubmissionRule {

  private final ReopenableCases cases;
  private final CurrentUser caller;

  public DecisionCorrectionRule(ReopenableCases cases, CurrentUser caller) {
    this.cases = cases;
    this.caller = caller;
  }

  @Override
  public String formId() {
    return CorrectionProcess.START_FORM;
  }

  @Override
  public List<FieldError> checkStart(String starter, Map<String, Object> submitted) {
    if (!(submitted.get(CASE_ID) instanceof String caseId) || !(submitted.get(DECISION) instanceof String decision)) {
      return List.of();
    }
    Optional<ReopenableCases.Reopening> reopening = cases.find(caseId, decision);
    if (reopening.isEmpty()) {
      return List.of(new FieldError(CASE_ID, "Zaak",
          "geen lopende leervraag of pilotdeelname met dit id of deze referentie waarin dit besluit is genomen"));
    }
    String process = reopening.get().decision().processKey();
    if (!AccessModel.ownedBy(caller.groups(), process)) {
      return List.of(new FieldError(CASE_ID, "Zaak", "een besluit in deze zaak laat alleen de eigenaar van het proces opnieuw nemen"));
    }
    if (!reopening.get().waitingRightAfter()) {
      return List.of(new FieldError(DECISION, "Besluit", "de zaak staat niet meer direct na dit besluit: er is al op"
          + " voortgebouwd, dus annuleer de zaak als die niet verder kan"));
    }
    return List.of();
  }
}

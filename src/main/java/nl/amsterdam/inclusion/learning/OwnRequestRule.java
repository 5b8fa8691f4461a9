package nl.amsterdam.inclusion.learning;

import java.util.List;
import java.util.Map;

import nl.amsterdam.inclusion.form.FieldError;
import nl.amsterdam.inclusion.form.SubmissionRule;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.learning.LearningProcess.*;

/**
 * A withdrawal names a running request of the one who withdraws: an unknown reference, or someone else's, is refused
 * on the form instead of starting a withdrawal that withdraws nothing. One message for both, so that the form tells
 * nobody whether a colleague's reference exists.
 */
@Component
public class OwnRequestRule implements SubmissionRule {

  private final RuntimeService runtimeService;

  public OwnRequestRule(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  @Override
  public String formId() {
    return "learning-withdrawal-start";
  }

  @Override
  public List<FieldError> checkStart(String starter, Map<String, Object> submitted) {
    if (!(submitted.get(REQUEST_REFERENCE) instanceof String reference)) {
      return List.of(); // the form's own rules name a missing reference
    }
    return starter != null && isWithdrawable(reference, starter) ? List.of()
        : List.of(new FieldError(REQUEST_REFERENCE, "Referentie",
            "hoort niet bij een lopende aanvraag van jou: kijk in 'Mijn aanvragen' of in je bevestigingsmail"));
  }

  /** What WithdrawRequestDelegate correlates with: the running request with this reference, of this requester. */
  boolean isWithdrawable(String reference, String requester) {
    return runtimeService.createExecutionQuery().processDefinitionKey(REQUEST)
        .processInstanceBusinessKey(normalised(reference)).processVariableValueEquals(REQUESTER_ID, requester)
        .messageEventSubscriptionName(MSG_REQUEST_WITHDRAWN).count() > 0;
  }

  static String normalised(String reference) {
    return reference.trim().toUpperCase();
  }
}

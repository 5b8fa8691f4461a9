package nl.amsterdam.inclusion.pilot;

import java.util.List;
import java.util.Map;

import nl.amsterdam.inclusion.form.FieldError;
import nl.amsterdam.inclusion.form.SubmissionRule;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.pilot.PilotProcess.*;

/** Withdrawing from the pilot needs a running participation of one's own: refused on the form otherwise. */
@Component
public class OwnParticipationRule implements SubmissionRule {

  private final RuntimeService runtimeService;

  public OwnParticipationRule(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  @Override
  public String formId() {
    return "pilot-withdrawal-start";
  }

  @Override
  public List<FieldError> checkStart(String starter, Map<String, Object> submitted) {
    // what WithdrawParticipantDelegate correlates with
    boolean participating = starter != null && runtimeService.createExecutionQuery().processDefinitionKey(PARTICIPANT)
        .processVariableValueEquals(PARTICIPANT_ID, starter).messageEventSubscriptionName(MSG_PARTICIPANT_WITHDREW)
        .count() > 0;
    return participating ? List.of() : List.of(new FieldError(CONFIRM_WITHDRAWAL, "Ik meld me af voor de pilot",
        "kan niet: je hebt geen lopende deelname aan de pilot"));
  }
}

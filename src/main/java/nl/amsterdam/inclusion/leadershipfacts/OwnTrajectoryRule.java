package nl.amsterdam.inclusion.leadershipfacts;

import java.util.List;
import java.util.Map;

import nl.amsterdam.inclusion.form.FieldError;
import nl.amsterdam.inclusion.form.SubmissionRule;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.leadershipfacts.LeadershipfactsProcess.*;

/** Stopping Leadershipfacts needs a running trajectory of one's own: refused on the form otherwise. */
@Component
public class OwnTrajectoryRule implements SubmissionRule {

  private final RuntimeService runtimeService;

  public OwnTrajectoryRule(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  @Override
  public String formId() {
    return "leadershipfacts-withdrawal-start";
  }

  @Override
  public List<FieldError> checkStart(String starter, Map<String, Object> submitted) {
    // what StopTrajectoryDelegate correlates with
    boolean running = starter != null && runtimeService.createExecutionQuery().processDefinitionKey(TRAJECTORY)
        .processVariableValueEquals(LEADER_ID, starter).messageEventSubscriptionName(MSG_STOPPED).count() > 0;
    return running ? List.of() : List.of(new FieldError(CONFIRM_STOP, "Ik stop met mijn Leadershipfacts-traject",
        "kan niet: je hebt geen lopend Leadershipfacts-traject"));
  }
}

package nl.amsterdam.inclusion.learning;

import java.util.List;
import java.util.Map;

import nl.amsterdam.inclusion.form.FieldError;
import nl.amsterdam.inclusion.form.SubmissionRule;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.learning.LearningProcess.EMPLOYEE_ID;
import static nl.amsterdam.inclusion.learning.LearningProcess.LEADER_DECISION;

/**
 * The employee who asked never decides on their own request, whichever way the step reached them: the login against
 * the employee the engine recorded at registration ({@link RequestRoute#mayDecide}).
 */
@Component
public class LeaderDecisionRule implements SubmissionRule {

  private final IdentityService identityService;
  private final RuntimeService runtimeService;

  public LeaderDecisionRule(IdentityService identityService, RuntimeService runtimeService) {
    this.identityService = identityService;
    this.runtimeService = runtimeService;
  }

  @Override
  public String formId() {
    return "learning-discuss-employee-request";
  }

  @Override
  public List<FieldError> check(Task task, Map<String, Object> submitted) {
    Authentication login = identityService.getCurrentAuthentication();
    if (login == null) {
      return List.of(); // the application itself
    }
    Object employee = runtimeService.getVariable(task.getProcessInstanceId(), EMPLOYEE_ID);
    return RequestRoute.mayDecide(login.getUserId(), (String) employee) ? List.of()
        : List.of(new FieldError(LEADER_DECISION, "Besluit",
            "kun je niet zelf nemen: over je eigen aanvraag beslist je leidinggevende"));
  }
}

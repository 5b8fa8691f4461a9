package nl.amsterdam.inclusion.learning;

import java.util.List;
import java.util.Map;

import nl.amsterdam.inclusion.form.FieldError;
import nl.amsterdam.inclusion.form.SubmissionRule;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.learning.LearningProcess.*;

/**
 * Four eyes on a proposal: whoever completed the proposal does not complete its quality check, whatever the verdict.
 * The actor is the login the engine runs with and the proposer the variable the engine recorded
 * ({@link RecordProposerListener}); neither comes from the submission.
 */
@Component
public class OwnProposalRule implements SubmissionRule {

  private final IdentityService identityService;
  private final TaskService taskService;

  public OwnProposalRule(IdentityService identityService, TaskService taskService) {
    this.identityService = identityService;
    this.taskService = taskService;
  }

  @Override
  public String formId() {
    return "learning-quality-check";
  }

  @Override
  public List<FieldError> check(Task task, Map<String, Object> submitted) {
    Authentication login = identityService.getCurrentAuthentication();
    String actor = login == null ? null : login.getUserId();
    return refusal(actor, (String) taskService.getVariable(task.getId(), PROPOSED_BY));
  }

  /** @param actor the login completing the check; null for the application itself, which proposes nothing */
  static List<FieldError> refusal(String actor, String proposer) {
    return actor != null && actor.equals(proposer)
        ? List.of(new FieldError(QUALITY_DECISION, "Oordeel",
            "kan niet van jou komen: je hebt dit voorstel zelf gedaan; een andere leeradviseur toetst het"))
        : List.of();
  }
}

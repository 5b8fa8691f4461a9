package nl.amsterdam.inclusion.learning;

import java.util.List;
import java.util.Map;

import nl.amsterdam.inclusion.form.FieldError;
import nl.amsterdam.inclusion.form.SubmissionRule;
import nl.amsterdam.inclusion.identity.Leaders;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.learning.LearningProcess.REQUESTER_NAME;

/**
 * An employee's request goes to their leader first, so an employee whose leader the directory does not name is told
 * so on the start form, and nothing starts. The starter is the login (never the submission).
 */
@Component
public class EmployeeRequestRule implements SubmissionRule {

  static final String NO_LEADER = "je aanvraag gaat eerst naar je leidinggevende, maar in je account staat geen"
      + " leidinggevende; vraag Bureau Inclusie en Diversiteit om die vast te leggen";

  private final Leaders leaders;

  public EmployeeRequestRule(Leaders leaders) {
    this.leaders = leaders;
  }

  @Override
  public String formId() {
    return "learning-request-start";
  }

  @Override
  public List<FieldError> checkStart(String starter, Map<String, Object> submitted) {
    if (starter == null) {
      return List.of(); // the application itself
    }
    boolean leader = leaders.isLeader(starter);
    RequestRoute route = RequestRoute.of(leader, !leader && leaders.leaderOf(starter).isPresent());
    return route == RequestRoute.NO_LEADER ? List.of(new FieldError(REQUESTER_NAME, "Je naam", NO_LEADER)) : List.of();
  }
}

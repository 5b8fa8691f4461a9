package nl.amsterdam.inclusion.leadershipfacts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.amsterdam.inclusion.form.FieldError;
import nl.amsterdam.inclusion.form.SubmissionRule;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.leadershipfacts.LeadershipfactsProcess.RATERS;

/**
 * At least three raters chosen from the list, all known users, and not the leader: otherwise nothing can be shown safely. Checked with
 * the engine's rights (security.EngineRules runs form checks as the system), since a leader may not list users.
 */
@Component
public class RatersRule implements SubmissionRule {

  private final Raters raters;

  public RatersRule(Raters raters) {
    this.raters = raters;
  }

  @Override
  public String formId() {
    return "leadershipfacts-rate-self";
  }

  @Override
  public List<FieldError> check(Task task, Map<String, Object> submitted) {
    if (!(submitted.get(RATERS) instanceof List<?> entries)) {
      return List.of(); // missing or not a list: the form's own checks say so
    }
    List<FieldError> errors = new ArrayList<>();
    List<String> unknown = raters.unknown(entries);
    if (!unknown.isEmpty()) {
      errors.add(new FieldError(RATERS, "Beoordelaars", "onbekend: " + String.join(", ", unknown)));
    }
    List<String> named = raters.userIds(entries);
    if (named.contains(task.getAssignee())) {
      errors.add(new FieldError(RATERS, "Beoordelaars", "noemt jezelf: je eigen beoordeling geef je in dit formulier"));
    }
    List<String> invited = named.stream().filter(id -> !id.equals(task.getAssignee())).toList();
    if (invited.size() < MeasurementAnalysis.MIN_RATERS) {
      errors.add(new FieldError(RATERS, "Beoordelaars", "nodig minstens " + MeasurementAnalysis.MIN_RATERS
          + " andere collega's met een account"));
    }
    return errors;
  }
}

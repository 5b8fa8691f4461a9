package nl.amsterdam.inclusion.learning;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import nl.amsterdam.inclusion.form.FieldError;
import nl.amsterdam.inclusion.form.SubmissionRule;
import nl.amsterdam.inclusion.learning.LearningProcess.Principle;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.learning.LearningProcess.*;

/**
 * A proposal that fails one of the four learning principles goes back to the advisor: approving it anyway is
 * refused at the verdict, naming the principles that fail (P&O always checks all four, seed 001 §3.1). Judged on
 * the state the task would complete with: an answer left out of the submission is the one the case holds from an
 * earlier check.
 */
@Component
public class FourPrinciplesRule implements SubmissionRule {

  private final TaskService taskService;

  public FourPrinciplesRule(TaskService taskService) {
    this.taskService = taskService;
  }

  @Override
  public String formId() {
    return "learning-quality-check";
  }

  @Override
  public List<FieldError> check(Task task, Map<String, Object> submitted) {
    return refusal(key -> submitted.containsKey(key) ? submitted.get(key) : taskService.getVariable(task.getId(), key));
  }

  /** @param answer the answer to a field as the task would complete: submitted, else stored */
  static List<FieldError> refusal(Function<String, Object> answer) {
    if (!QUALITY_APPROVED.equals(answer.apply(QUALITY_DECISION))) {
      return List.of();
    }
    List<String> failed = Arrays.stream(Principle.values())
        .filter(principle -> PRINCIPLE_NOT_MET.equals(answer.apply(principle.field)))
        .map(principle -> "'" + principle.dutchName + "'").toList();
    return failed.isEmpty() ? List.of() : List.of(new FieldError(QUALITY_DECISION, "Oordeel",
        "kan niet 'Goedkeuren' zijn: het voorstel voldoet niet aan " + String.join(", ", failed)
            + "; kies 'Terug naar de leeradviseur voor herziening'"));
  }
}

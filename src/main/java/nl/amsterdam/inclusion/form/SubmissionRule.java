package nl.amsterdam.inclusion.form;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;

/**
 * A server-side rule for one form that a form schema cannot express (it needs the case's data).
 * Checked together with the form's own rules, before anything is stored. For a start form
 * {@code task} is null: the one who starts is the engine's current authentication.
 */
public interface SubmissionRule {

  /** Id of the Camunda Form this rule belongs to. */
  String formId();

  List<FieldError> check(Task task, Map<String, Object> submitted);
}

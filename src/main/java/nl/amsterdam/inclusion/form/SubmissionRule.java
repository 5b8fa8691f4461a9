package nl.amsterdam.inclusion.form;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;

/**
 * A server-side rule for one form that a form schema cannot express (it needs the case's data).
 * Checked together with the form's own rules, before anything is stored. A rule implements the
 * check for the kind of form it belongs to: a task's form or a start form.
 */
public interface SubmissionRule {

  /** Id of the Camunda Form this rule belongs to. */
  String formId();

  /** Completing a task with this form. */
  default List<FieldError> check(Task task, Map<String, Object> submitted) {
    return List.of();
  }

  /**
   * Starting a process with this start form.
   *
   * @param starter the signed-in user who starts it (from the login, never from the submission); null when the
   *     application itself starts the process
   */
  default List<FieldError> checkStart(String starter, Map<String, Object> submitted) {
    return List.of();
  }
}

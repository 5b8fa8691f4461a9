package nl.amsterdam.inclusion.form;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The documents a step takes as uploads (File variables written to its task, which Camunda Forms in Tasklist cannot
 * carry): the only variable writes a person may make outside a form's submission. Checked by
 * {@link nl.amsterdam.inclusion.security.EngineRules} on every write to a task's variables, whichever API it came
 * through; a step no rule covers takes no such writes.
 */
public interface UploadRule {

  /** What the engine stores in place of what was sent (normalised files and what the forms show of them), or why not. */
  record Upload(List<FieldError> errors, Map<String, Object> stored) {
  }

  /** Whether the task's step takes uploads by this rule. */
  boolean covers(Task task);

  /** The variables this rule takes; a write of any other variable is not an upload (and refused for people). */
  java.util.Set<String> documents();

  /**
   * The verdict on writing these values to the task.
   *
   * @param local whether they were sent as the task's local variables (the documents belong to the case)
   */
  Upload check(Task task, Map<String, TypedValue> values, boolean local);
}

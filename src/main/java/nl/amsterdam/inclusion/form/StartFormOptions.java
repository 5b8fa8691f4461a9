package nl.amsterdam.inclusion.form;

import java.util.List;
import java.util.Map;

/**
 * The options of a start form's select that depend on the moment the form is used (the sessions open for sign-up).
 * The select names them with {@code valuesKey}; the engine writes them into the form when a person opens it
 * ({@link StartFormView}) and accepts only these at start ({@link FormSubmissions#validateStart}), as a task form's
 * options come from its case.
 */
public interface StartFormOptions {

  /** Id of the Camunda Form these options belong to. */
  String formId();

  /** The select's {@code valuesKey}. */
  String valuesKey();

  /** The options as form-js takes them: {@code label} and {@code value}. */
  List<Map<String, String>> options();
}

package nl.amsterdam.inclusion.form;

import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A submission refused by {@link FormSubmissionValidator}; nothing of it was stored. A Camunda form-field
 * validation error, so that both REST stacks ({@code /engine-rest} and Tasklist's API) answer it with 400.
 */
public class FormValidationException extends FormFieldValidationException {

  private final List<FieldError> errors;

  public FormValidationException(List<FieldError> errors) {
    super(List.copyOf(errors), describe(errors));
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }

  public static String describe(List<FieldError> errors) {
    return "Ongeldige invoer: " + errors.stream().map(FieldError::toString).collect(Collectors.joining("; "));
  }
}

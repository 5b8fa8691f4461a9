package nl.amsterdam.inclusion.form;

import java.util.List;
import java.util.stream.Collectors;

/** A submission refused by {@link FormSubmissionValidator}; nothing of it was stored. */
public class FormValidationException extends RuntimeException {

  private final List<FieldError> errors;

  public FormValidationException(List<FieldError> errors) {
    super(describe(errors));
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }

  public static String describe(List<FieldError> errors) {
    return "Ongeldige invoer: " + errors.stream().map(FieldError::toString).collect(Collectors.joining("; "));
  }
}

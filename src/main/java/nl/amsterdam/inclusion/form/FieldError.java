package nl.amsterdam.inclusion.form;

/** Why one submitted field was refused: the field's key, its Dutch label and the reason in Dutch. */
public record FieldError(String field, String label, String message) {

  @Override
  public String toString() {
    return "'" + label + "' " + message;
  }
}

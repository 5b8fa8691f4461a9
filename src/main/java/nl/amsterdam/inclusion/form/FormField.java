package nl.amsterdam.inclusion.form;

import java.math.BigDecimal;
import java.util.List;

/**
 * One input field of a Camunda Form with the validation rules the form declares. The same rules that
 * Tasklist checks in the browser are checked on the server, because the REST API accepts anything.
 * {@code euros}: an amount in whole euros (custom property {@code "amount": "euros"}), typed as text the Dutch way
 * ({@link EuroAmounts}) and stored as a number; its bounds are the custom properties {@code min} and {@code max}.
 */
public record FormField(
    String key,
    String label,
    String type,
    String subtype,
    boolean required,
    String hideExpression,
    boolean readOnly,
    BigDecimal min,
    BigDecimal max,
    Integer minLength,
    Integer maxLength,
    String pattern,
    String validationType,
    boolean disallowPassedDates,
    Integer decimalDigits,
    List<String> options,
    String valuesKey,
    boolean euros) {

  /** Longest text a process variable may hold in Camunda's string column. */
  public static final int MAX_TEXT_LENGTH = 4000;

  public FormField withLabel(String text) {
    return new FormField(key, text, type, subtype, required, hideExpression, readOnly, min, max, minLength, maxLength,
        pattern, validationType, disallowPassedDates, decimalDigits, options, valuesKey, euros);
  }

  public String displayName() {
    return label == null || label.isBlank() ? key : label;
  }
}

package nl.amsterdam.inclusion.form;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Checks submitted values against the rules of the Camunda Form the user filled in: required fields,
 * types, bounds, lengths, patterns, options and dates. Also refuses values for fields the form does
 * not have, and markup in text (it would be shown again in e-mails and reports).
 */
public final class FormSubmissionValidator {

  private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z/!?]");
  private static final FeelEngine FEEL = new ScalaFeelEngineFactory().createInstance();
  /** One address: no lists (",", ";"), no "group:" or "name <address>" forms, which the mail step would expand. */
  private static final Pattern EMAIL = Pattern.compile("^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$");

  private FormSubmissionValidator() {
  }

  /**
   * Checks the state the task would be completed with: what is stored, overwritten by what is submitted. Values
   * submitted for fields the form does not have are refused; hidden and read-only fields are left to
   * {@link #discarded}. Only a submitted date is held to "not in the past": a stored one was checked when it was set.
   *
   * @param submitted values as submitted (String, Number, Boolean, List, Map or null)
   * @param existing  current value of a variable in the task's scope, as plain values
   * @param today     the date that "not in the past" is measured against
   */
  public static List<FieldError> validate(FormSchema schema, Map<String, Object> submitted,
      Function<String, Object> existing, LocalDate today) {
    List<FieldError> errors = new ArrayList<>();
    for (String key : submitted.keySet()) {
      if (schema.field(key).isEmpty()) {
        errors.add(new FieldError(key, key, "is geen veld van dit formulier"));
      }
    }
    VariableMap values = merged(schema, submitted, existing);
    for (FormField asDrawn : schema.fields().values()) {
      FormField field = asDrawn.withLabel(FormLabels.resolve(asDrawn.label(), existing));
      if (field.readOnly()) {
        // shown, not editable: Tasklist sends the value back unchanged; anything else is tampering
        if (submitted.containsKey(field.key()) && !sameValue(submitted.get(field.key()), existing.apply(field.key()))) {
          errors.add(error(field, "mag niet worden gewijzigd"));
        }
        continue;
      }
      if (isHidden(field, values)) {
        continue;
      }
      boolean wasSubmitted = submitted.containsKey(field.key());
      // the value itself, not as a variable map unwraps it (a typed value no field takes must stay one)
      Object value = wasSubmitted ? submitted.get(field.key()) : existing.apply(field.key());
      if (isEmpty(value) || field.type().equals("checkbox") && field.required() && Boolean.FALSE.equals(value)) {
        if (field.required()) {
          errors.add(error(field, "is verplicht"));
        }
      } else {
        String problem = check(withDynamicOptions(field, existing), value, wasSubmitted ? today : LocalDate.MIN);
        if (problem != null) {
          errors.add(error(field, problem));
        }
      }
    }
    return errors;
  }

  /**
   * The submitted fields that are not stored: read-only ones (shown, not edited) and hidden ones, which form-js
   * leaves out of its submission, so a value sent for them is not the user's answer.
   */
  public static Set<String> discarded(FormSchema schema, Map<String, Object> submitted, Function<String, Object> existing) {
    VariableMap values = merged(schema, submitted, existing);
    Set<String> discarded = new HashSet<>();
    for (FormField field : schema.fields().values()) {
      if (field.readOnly() || isHidden(field, values)) {
        discarded.add(field.key());
      }
    }
    return discarded;
  }

  private static VariableMap merged(FormSchema schema, Map<String, Object> submitted, Function<String, Object> existing) {
    VariableMap values = Variables.createVariables();
    schema.fields().keySet().forEach(key ->
        values.putValue(key, submitted.containsKey(key) ? submitted.get(key) : existing.apply(key)));
    return values;
  }

  /** Evaluates the field's FEEL {@code conditional.hide} as form-js does: a hidden field is neither submitted nor checked. */
  private static boolean isHidden(FormField field, VariableMap values) {
    if (field.hideExpression() == null) {
      return false;
    }
    String expression = field.hideExpression().startsWith("=") ? field.hideExpression().substring(1)
        : field.hideExpression();
    Object hidden = FEEL.evaluateSimpleExpression(expression, values.asVariableContext());
    return Boolean.TRUE.equals(hidden);
  }

  /** A select with {@code valuesKey} offers the options the case holds in that variable: only those are valid. */
  private static FormField withDynamicOptions(FormField field, Function<String, Object> existing) {
    if (field.valuesKey() == null) {
      return field;
    }
    List<String> options = FormValues.strings(existing.apply(field.valuesKey()));
    return new FormField(field.key(), field.label(), field.type(), field.subtype(), field.required(),
        field.hideExpression(), field.readOnly(), field.min(), field.max(), field.minLength(), field.maxLength(),
        field.pattern(), field.validationType(), field.disallowPassedDates(), field.decimalDigits(), options,
        field.valuesKey(), field.euros());
  }

  private static FieldError error(FormField field, String message) {
    return new FieldError(field.key(), field.displayName(), message);
  }

  /** Equal for a read-only field: same text, same number (5 and 5.0), or both empty. */
  static boolean sameValue(Object submitted, Object current) {
    if (isEmpty(submitted) || isEmpty(current)) {
      return isEmpty(submitted) && isEmpty(current);
    }
    if (submitted.toString().equals(current.toString())) {
      return true;
    }
    if (isList(submitted) || isList(current)) {
      return FormValues.strings(submitted).equals(FormValues.strings(current));
    }
    try {
      return new BigDecimal(submitted.toString()).compareTo(new BigDecimal(current.toString())) == 0;
    } catch (NumberFormatException notNumbers) {
      return false;
    }
  }

  /** A multi-valued answer: a Java list, or JSON (Spin) text of an array. */
  private static boolean isList(Object value) {
    return value instanceof Collection<?> || value.toString().trim().startsWith("[");
  }

  static boolean isEmpty(Object value) {
    return value == null
        || value instanceof String s && s.isBlank()
        || value instanceof Collection<?> c && c.isEmpty();
  }

  private static String check(FormField field, Object value, LocalDate today) {
    if (field.euros()) {
      return checkEuros(field, value);
    }
    return switch (field.type()) {
      case "textfield", "textarea" -> checkText(field, value);
      case "number" -> checkNumber(field, value);
      case "checkbox" -> value instanceof Boolean ? null : "moet ja of nee zijn";
      case "datetime" -> checkDateTime(field, value, today);
      case "select", "radio" -> checkOption(field, value);
      case "checklist", "taglist" -> checkOptions(field, value);
      default -> null;
    };
  }

  private static String checkText(FormField field, Object value) {
    if (!(value instanceof String text)) {
      return "moet tekst zijn";
    }
    int maxLength = field.maxLength() == null ? FormField.MAX_TEXT_LENGTH
        : Math.min(field.maxLength(), FormField.MAX_TEXT_LENGTH);
    if (text.length() > maxLength) {
      return "mag hoogstens " + maxLength + " tekens lang zijn (nu " + text.length() + ")";
    }
    if (field.minLength() != null && text.length() < field.minLength()) {
      return "moet minstens " + field.minLength() + " tekens lang zijn";
    }
    if (MARKUP.matcher(text).find()) {
      return "mag geen HTML of script bevatten";
    }
    if ("email".equals(field.validationType()) && !EMAIL.matcher(text.trim()).matches()) {
      return "moet een geldig e-mailadres zijn";
    }
    if (field.pattern() != null && !matchesPattern(field.pattern(), text)) {
      return "heeft niet de juiste vorm";
    }
    return null;
  }

  private static boolean matchesPattern(String pattern, String text) {
    try {
      return Pattern.compile(pattern).matcher(text).matches();
    } catch (PatternSyntaxException e) {
      throw new IllegalStateException("Invalid pattern in form field: " + pattern, e);
    }
  }

  private static String checkNumber(FormField field, Object value) {
    // a number, not text that reads as one: it would be stored as text and break every step that counts with it
    BigDecimal number;
    try {
      number = value instanceof Number n ? new BigDecimal(n.toString()) : null;
    } catch (NumberFormatException notFinite) {
      number = null;
    }
    if (number == null) {
      return "moet een getal zijn";
    }
    if (field.min() != null && number.compareTo(field.min()) < 0) {
      return "moet minstens " + field.min().toPlainString() + " zijn";
    }
    if (field.max() != null && number.compareTo(field.max()) > 0) {
      return "mag hoogstens " + field.max().toPlainString() + " zijn";
    }
    int decimals = field.decimalDigits() == null ? Integer.MAX_VALUE : field.decimalDigits();
    if (number.stripTrailingZeros().scale() > decimals) {
      return decimals == 0 ? "moet een geheel getal zijn" : "mag hoogstens " + decimals + " decimalen hebben";
    }
    return null;
  }

  /** A Dutch amount ({@link EuroAmounts}) or a number, in whole euros, within the field's bounds. */
  private static String checkEuros(FormField field, Object value) {
    Optional<BigDecimal> amount = value instanceof Number n ? Optional.of(new BigDecimal(n.toString()))
        : value instanceof String text ? EuroAmounts.parse(text) : Optional.empty();
    if (amount.isEmpty()) {
      return "is geen bedrag: schrijf hele euro's, bijvoorbeeld 4.800";
    }
    if (!DutchInput.whole(amount.get())) {
      return "moet in hele euro's, zonder centen, bijvoorbeeld 4.800";
    }
    if (field.min() != null && amount.get().compareTo(field.min()) < 0) {
      return "moet minstens " + EuroAmounts.format(field.min()) + " zijn";
    }
    if (field.max() != null && amount.get().compareTo(field.max()) > 0) {
      return "mag hoogstens " + EuroAmounts.format(field.max()) + " zijn";
    }
    return null;
  }

  private static String checkDateTime(FormField field, Object value, LocalDate today) {
    if (!(value instanceof String text)) {
      return "moet een datum of tijd zijn";
    }
    String subtype = field.subtype() == null ? "date" : field.subtype();
    try {
      LocalDate date = switch (subtype) {
        case "time" -> {
          parseTime(text);
          yield null;
        }
        case "datetime" -> parseDateTime(text);
        default -> DutchDates.parse(text).orElseGet(() -> LocalDate.parse(text));
      };
      if (date != null && field.disallowPassedDates() && date.isBefore(today)) {
        return "mag niet in het verleden liggen";
      }
      return null;
    } catch (DateTimeParseException e) {
      return switch (subtype) {
        case "time" -> "moet een tijd zijn (uu:mm)";
        case "datetime" -> "moet een datum en tijd zijn (jjjj-mm-ddTuu:mm)";
        default -> "moet een bestaande datum zijn, geschreven als dd-mm-jjjj (bijvoorbeeld 15-12-2026)";
      };
    }
  }

  private static void parseTime(String text) {
    try {
      LocalTime.parse(text);
    } catch (DateTimeParseException e) {
      OffsetTime.parse(text);
    }
  }

  private static LocalDate parseDateTime(String text) {
    try {
      return LocalDateTime.parse(text).toLocalDate();
    } catch (DateTimeParseException e) {
      return OffsetDateTime.parse(text).toLocalDate();
    }
  }

  private static String checkOption(FormField field, Object value) {
    boolean option = value instanceof String || value instanceof Number || value instanceof Boolean;
    if (!option || field.options() != null && !field.options().contains(value.toString())) {
      return "moet een van de keuzes zijn"; // without the values: they are codes, not what the user reads
    }
    return null;
  }

  private static String checkOptions(FormField field, Object value) {
    if (!(value instanceof Collection<?> values)) {
      return "moet een lijst van keuzes zijn";
    }
    for (Object element : values) {
      String problem = checkOption(field, element);
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }
}

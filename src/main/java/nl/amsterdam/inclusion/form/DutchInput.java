package nl.amsterdam.inclusion.form;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads what a Dutch user typed for amounts and dates into the values the processes work with: an amount in whole
 * euros ({@code "€ 4.800"}) becomes the number 4800, a date written day first ({@code "15-12-2026"}) the ISO date
 * {@code "2026-12-15"} that form-js sends and the models' timers read. Text that is not read one way is left as
 * typed, for {@link FormSubmissionValidator} to refuse with a Dutch message.
 */
public final class DutchInput {

  private DutchInput() {
  }

  /** The submitted values that read as something else than typed, with what they read as. */
  public static Map<String, Object> read(FormSchema schema, Map<String, Object> submitted) {
    Map<String, Object> read = new HashMap<>();
    submitted.forEach((key, value) -> schema.field(key)
        .flatMap(field -> value instanceof String text ? read(field, text) : Optional.empty())
        .ifPresent(typed -> read.put(key, typed)));
    return read;
  }

  private static Optional<Object> read(FormField field, String text) {
    if (field.euros()) {
      return EuroAmounts.parse(text).filter(DutchInput::whole).map(BigDecimal::longValueExact);
    }
    if (field.type().equals("datetime") && (field.subtype() == null || field.subtype().equals("date"))) {
      return DutchDates.parse(text).map(Object::toString);
    }
    return Optional.empty();
  }

  static boolean whole(BigDecimal amount) {
    return amount.stripTrailingZeros().scale() <= 0;
  }
}

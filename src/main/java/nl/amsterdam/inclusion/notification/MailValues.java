package nl.amsterdam.inclusion.notification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import nl.amsterdam.inclusion.engine.CityTime;
import nl.amsterdam.inclusion.form.EuroAmounts;

/**
 * Process variables as a Dutch reader expects them in a mail: a date as {@code 19 december 2026}, not the stored
 * {@code 2026-12-19}; an amount as {@code € 4.800}, not {@code 4800.0}. Which variables are dates and amounts follows
 * from their names (the models' own convention: {@code ...Date}, {@code ...Deadline}; the euro variables listed here),
 * so the templates just write {@code {{dialogueDate}}} and {@code {{estimatedCost}}}.
 */
final class MailValues {

  private static final Set<String> EUROS = Set.of("estimatedCost", "budgetAvailable");

  private MailValues() {
  }

  static Map<String, Object> readable(Map<String, ?> model) {
    Map<String, Object> readable = new LinkedHashMap<>(model);
    readable.replaceAll(MailValues::readable);
    return readable;
  }

  static Object readable(String name, Object value) {
    if (value == null) {
      return null;
    }
    if (EUROS.contains(name)) {
      return euros(value);
    }
    if (name.endsWith("Date") || name.endsWith("Deadline")) {
      return date(value);
    }
    return value;
  }

  private static Object euros(Object value) {
    try {
      return EuroAmounts.format(value instanceof Number number ? new BigDecimal(number.toString())
          : EuroAmounts.parse(value.toString()).orElseThrow(() -> new NumberFormatException(value.toString())));
    } catch (NumberFormatException notAnAmount) {
      return value;
    }
  }

  private static Object date(Object value) {
    if (value instanceof Date date) {
      return LocalDate.ofInstant(date.toInstant(), CityTime.ZONE).format(CityTime.DAY);
    }
    if (value instanceof LocalDate date) {
      return date.format(CityTime.DAY);
    }
    try {
      // ISO dates as forms store them, also with a time (2026-12-19T00:00:00)
      String text = value.toString();
      return LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text).format(CityTime.DAY);
    } catch (DateTimeParseException alreadyReadable) {
      return value;
    }
  }
}

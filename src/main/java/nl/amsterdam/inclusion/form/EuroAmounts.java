package nl.amsterdam.inclusion.form;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts in euros as a Dutch user writes them: {@code 4800}, {@code 4.800}, {@code € 4.800,00}, {@code 4.800,-}. A dot
 * is only a thousands separator (in groups of three) and a comma only starts the cents, so {@code 4.80} or
 * {@code 4,800} is not read as anything: a form that guessed would store a hundred or a thousand times the amount.
 */
public final class EuroAmounts {

  private static final Pattern DUTCH = Pattern.compile(
      "(?:€|EUR)?\\s*(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d{1,2}|-))?", Pattern.CASE_INSENSITIVE);

  private EuroAmounts() {
  }

  /** The amount the text means, with its cents; empty when it is not an amount a Dutch reader would read one way. */
  public static Optional<BigDecimal> parse(String text) {
    Matcher amount = DUTCH.matcher(text.trim());
    if (!amount.matches()) {
      return Optional.empty();
    }
    String euros = amount.group(1).replace(".", "");
    String cents = amount.group(2) == null || amount.group(2).equals("-") ? "" : "." + amount.group(2);
    return Optional.of(new BigDecimal(euros + cents));
  }

  /** As a Dutch reader expects an amount: {@code € 4.800}, with cents only when there are any ({@code € 4,80}). */
  public static String format(BigDecimal amount) {
    DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL")));
    return "€ " + format.format(amount);
  }
}

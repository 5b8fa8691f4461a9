package nl.amsterdam.inclusion.form;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Labels with form-js templating, {@code {{variable.key}}}: the text comes from a JSON variable of the case
 * (one source for texts several forms share). Tasklist fills them in; the server does the same for its
 * messages, and lets the task's reader see the variables the labels name.
 */
public final class FormLabels {

  private static final Pattern TEMPLATE = Pattern.compile("\\{\\{\\s*([A-Za-z_]\\w*)\\.([A-Za-z_]\\w*)\\s*}}");

  private FormLabels() {
  }

  /** The variables the label's templates read. */
  public static Set<String> variables(String label) {
    return label == null ? Set.of() : TEMPLATE.matcher(label).results().map(m -> m.group(1)).collect(Collectors.toSet());
  }

  /** The label as the user reads it; a template whose variable or key is missing reads as the key. */
  public static String resolve(String label, Function<String, Object> existing) {
    if (label == null) {
      return null;
    }
    Matcher template = TEMPLATE.matcher(label);
    return template.replaceAll(m -> Matcher.quoteReplacement(text(existing.apply(m.group(1)), m.group(2))));
  }

  private static String text(Object variable, String key) {
    if (variable == null) {
      return key;
    }
    if (variable instanceof Map<?, ?> map) {
      return map.get(key) == null ? key : String.valueOf(map.get(key)); // as the form layer reads stored JSON
    }
    try {
      // Spin's JSON node and JSON text both print as JSON
      return FormJson.tree(variable.toString()).path(key).asText(key);
    } catch (JsonProcessingException e) {
      return key;
    }
  }
}

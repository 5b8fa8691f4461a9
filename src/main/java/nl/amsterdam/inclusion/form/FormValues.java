package nl.amsterdam.inclusion.form;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Values exchanged with Camunda Forms: options for a select or checklist with {@code valuesKey}
 * (a JSON variable of {@code [{label, value}]}), and multi-valued answers, which arrive as a Java
 * list (Java API) or as JSON (Tasklist).
 */
public final class FormValues {

  private FormValues() {
  }

  public static Map<String, String> option(String label, String value) {
    return Map.of("label", label, "value", value);
  }

  /** Options as a JSON variable: what Tasklist's forms read for {@code valuesKey}. */
  public static TypedValue options(List<Map<String, String>> options) {
    return SpinValues.jsonValue(FormJson.text(options)).create();
  }

  /**
   * The strings in a multi-valued answer or an options variable (their values); an empty list for
   * null, so that nothing is accepted from it.
   */
  public static List<String> strings(Object variable) {
    List<String> values = new ArrayList<>();
    if (variable == null) {
      return values;
    }
    if (variable instanceof Collection<?> list) {
      list.forEach(element -> values.add(element instanceof Map<?, ?> map ? String.valueOf(map.get("value"))
          : String.valueOf(element)));
      return values;
    }
    try {
      // Spin's JSON node (and a JSON string) print as JSON text
      JsonNode node = FormJson.tree(variable.toString());
      node.forEach(element -> values.add(element.has("value") ? element.path("value").asText() : element.asText()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Not a list of values: " + variable, e);
    }
    return values;
  }
}

package nl.amsterdam.inclusion.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the option values from a variable a form's {@code valuesKey} names: [{label, value}, ...]. */
final class DynamicOptions {

  private static final ObjectMapper JSON = new ObjectMapper();

  private DynamicOptions() {
  }

  /** The values; an empty list when the variable holds none, so that nothing is accepted. */
  static List<String> values(Object variable) {
    List<String> values = new ArrayList<>();
    if (variable instanceof List<?> list) {
      list.forEach(option -> values.add(option instanceof Map<?, ?> map ? String.valueOf(map.get("value"))
          : String.valueOf(option)));
      return values;
    }
    if (variable == null) {
      return values;
    }
    try {
      // Spin's JSON node (and a JSON string) print as JSON text
      JsonNode options = JSON.readTree(variable.toString());
      options.forEach(option -> values.add(option.has("value") ? option.path("value").asText() : option.asText()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Options variable is not JSON: " + variable, e);
    }
    return values;
  }
}

package nl.amsterdam.inclusion.form;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads the input fields and their validation rules from a Camunda Form (form-js JSON). */
public final class FormSchemaParser {

  /** Component types that hold no value of their own. */
  private static final Set<String> CONTAINERS = Set.of("group", "dynamiclist", "iframe", "table");

  private FormSchemaParser() {
  }

  public static FormSchema parse(InputStream formJson) {
    try {
      return parse(FormJson.tree(formJson));
    } catch (IOException e) {
      throw new UncheckedIOException("Not a readable Camunda Form", e);
    }
  }

  public static FormSchema parse(JsonNode form) {
    List<FormField> fields = new ArrayList<>();
    collect(form.path("components"), fields);
    return new FormSchema(form.path("id").asText(null), fields);
  }

  private static void collect(JsonNode components, List<FormField> fields) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      if (CONTAINERS.contains(type)) {
        collect(component.path("components"), fields);
      } else if (component.hasNonNull("key")) {
        fields.add(field(component, type));
      }
    }
  }

  private static FormField field(JsonNode c, String type) {
    JsonNode validate = c.path("validate");
    List<String> options = new ArrayList<>();
    c.path("values").forEach(v -> options.add(v.path("value").asText()));
    boolean euros = "euros".equals(c.path("properties").path("amount").asText());
    // form-js would compare typed text with validate.min/max as numbers ("4.800" < 100): an amount's bounds are its own
    JsonNode bounds = euros ? c.path("properties") : validate;
    return new FormField(
        c.path("key").asText(),
        label(c),
        type,
        c.path("subtype").asText(null),
        validate.path("required").asBoolean(false),
        c.path("conditional").path("hide").asText(null),
        c.path("readonly").asBoolean(false) || c.path("disabled").asBoolean(false),
        decimal(bounds.path("min")),
        decimal(bounds.path("max")),
        integer(validate.path("minLength")),
        integer(validate.path("maxLength")),
        validate.path("pattern").asText(null),
        validate.path("validationType").asText(null),
        c.path("disallowPassedDates").asBoolean(false),
        integer(c.path("decimalDigits")),
        options.isEmpty() ? null : List.copyOf(options),
        c.path("valuesKey").asText(null),
        euros);
  }

  /** What the user reads above the field; a date or time field has its label under its own name. */
  private static String label(JsonNode c) {
    for (String name : List.of("label", "dateLabel", "timeLabel")) {
      if (c.hasNonNull(name)) {
        return c.path(name).asText();
      }
    }
    return null;
  }

  private static BigDecimal decimal(JsonNode node) {
    if (node.isTextual()) {
      return new BigDecimal(node.asText()); // custom properties are text
    }
    return node.isNumber() ? node.decimalValue() : null;
  }

  private static Integer integer(JsonNode node) {
    return node.isNumber() ? node.intValue() : null;
  }
}

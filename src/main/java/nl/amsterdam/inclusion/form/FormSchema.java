package nl.amsterdam.inclusion.form;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The input fields of one Camunda Form, by key. */
public record FormSchema(String id, Map<String, FormField> fields) {

  public FormSchema(String id, List<FormField> fields) {
    this(id, toMap(fields));
  }

  public Optional<FormField> field(String key) {
    return Optional.ofNullable(fields.get(key));
  }

  private static Map<String, FormField> toMap(List<FormField> fields) {
    Map<String, FormField> map = new LinkedHashMap<>();
    fields.forEach(f -> map.put(f.key(), f));
    return map;
  }
}

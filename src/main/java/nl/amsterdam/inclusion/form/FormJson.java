package nl.amsterdam.inclusion.form;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The form layer's JSON: form files, Tasklist's JSON answers and option variables, read and written by one mapper. */
final class FormJson {

  /** Spin's JSON variables, what Tasklist sends for checklists and taglists. */
  static final String TYPE = "json";

  /** Strict: JSON with anything after its value is not JSON (it would be stored whole and checked in part). */
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private FormJson() {
  }

  static JsonNode tree(InputStream json) throws IOException {
    return MAPPER.readTree(json);
  }

  static JsonNode tree(String json) throws JsonProcessingException {
    return MAPPER.readTree(json);
  }

  /** JSON text as plain Java: lists, maps, strings, numbers. */
  static Object value(String json) throws JsonProcessingException {
    return MAPPER.readValue(json, Object.class);
  }

  static JsonNode node(Object value) {
    return MAPPER.valueToTree(value);
  }

  static String text(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Not writable as JSON: " + value, e);
    }
  }
}

package nl.amsterdam.inclusion.security;

import java.util.List;
import java.util.Map;

import nl.amsterdam.inclusion.form.FormValidationException;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;

/**
 * The answers of the application's own pages' APIs (Mijn aanvragen, Documenten groeipanel) to what the engine refuses,
 * in Dutch for the page to show. A controller's own handlers add to these; Spring picks the closest exception type, so a
 * handler for ProcessEngineException in a subclass does not take the refusals below.
 */
public abstract class WebappPageErrors {

  /** Refused input: the form's Dutch messages, per field; nothing was stored. */
  @ExceptionHandler(FormValidationException.class)
  public ResponseEntity<Map<String, Object>> refused(FormValidationException refused) {
    List<Map<String, String>> errors = refused.errors().stream()
        .map(error -> Map.of("field", error.field(), "label", error.label(), "message", error.message())).toList();
    return ResponseEntity.badRequest().body(Map.of("message", refused.getMessage(), "errors", errors));
  }

  @ExceptionHandler(AuthorizationException.class)
  public ResponseEntity<Map<String, Object>> forbidden(AuthorizationException refused) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", "Geen toegang"));
  }

  @ExceptionHandler(ResponseStatusException.class)
  public ResponseEntity<Map<String, Object>> status(ResponseStatusException refused) {
    return ResponseEntity.status(refused.getStatusCode()).body(Map.of("message", String.valueOf(refused.getReason())));
  }
}

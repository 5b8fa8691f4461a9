package nl.amsterdam.inclusion.form;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * {@code /engine-rest}'s answer to a refused form submission: 400 with the Dutch message and one entry per field, on
 * every endpoint that can carry one ({@code submit-form}, {@code complete}, {@code start}), instead of Camunda's
 * "Cannot submit task form {id}: ..." (or a 500 on {@code start}). Every other error keeps Camunda's own answer.
 * Chosen over Camunda's mapper of the same exception type by its priority.
 */
@Priority(1)
public class FormRefusalMapper implements ExceptionMapper<RestException> {

  @Override
  public Response toResponse(RestException exception) {
    if (!(exception.getCause() instanceof FormValidationException refused)) {
      return ExceptionHandlerHelper.getInstance().getResponse(exception);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "FormFieldValidationException");
    body.put("message", refused.getMessage());
    body.put("code", null);
    body.put("errors", refused.errors());
    return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }
}

package nl.amsterdam.inclusion.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import nl.amsterdam.inclusion.form.FormValidationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What {@code /engine-rest} answers when something goes wrong, on top of Camunda's own mappers (chosen over them by
 * priority):
 * <ul>
 *   <li>a refused form submission: 400 with the Dutch message and one entry per field, on every endpoint that can
 *       carry one, instead of "Cannot submit task form {id}: ...";</li>
 *   <li>a server error: the status and a Dutch message with a reference, never the exception's class or text (which
 *       name the engine's internals); the details go to the log under that reference;</li>
 *   <li>everything else: Camunda's answer (its documented error types and messages).</li>
 * </ul>
 */
@Configuration
public class RestErrorBodies {

  private static final Logger LOG = LoggerFactory.getLogger(RestErrorBodies.class);

  @Bean
  ResourceConfigCustomizer restErrorMappers() {
    return config -> config.register(RestErrors.class).register(EngineErrors.class);
  }

  static Response answer(Throwable error) {
    Throwable cause = error instanceof FormValidationException ? error : error.getCause();
    if (cause instanceof FormValidationException refused) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", "FormFieldValidationException");
      body.put("message", refused.getMessage());
      body.put("code", null);
      body.put("errors", refused.errors());
      return json(Response.Status.BAD_REQUEST.getStatusCode(), body);
    }
    Response camunda = ExceptionHandlerHelper.getInstance().getResponse(error);
    if (camunda.getStatus() < 500) {
      return camunda;
    }
    String reference = UUID.randomUUID().toString().substring(0, 8);
    LOG.error("Server error {} answered on /engine-rest", reference, error);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "ServerError");
    body.put("message", "Er ging iets mis op de server (melding " + reference + "). De beheerder vindt de details in het logboek.");
    body.put("code", null);
    return json(camunda.getStatus(), body);
  }

  private static Response json(int status, Map<String, Object> body) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  @Priority(1)
  public static class RestErrors implements ExceptionMapper<RestException> {
    @Override
    public Response toResponse(RestException error) {
      return answer(error);
    }
  }

  @Priority(1)
  public static class EngineErrors implements ExceptionMapper<ProcessEngineException> {
    @Override
    public Response toResponse(ProcessEngineException error) {
      return answer(error);
    }
  }
}

package nl.amsterdam.inclusion.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The words Tasklist shows when the engine refuses a change made through its own API ({@code /camunda/api/engine}),
 * where the application cannot add a mapper as it does on {@code /engine-rest} ({@link RestErrorBodies}). Camunda
 * puts "Cannot submit task form {id}: " before a refused form's Dutch message, and a server error's message names
 * engine internals. Presentation only: the refusal itself happened in the engine ({@link EngineRules}).
 */
@Configuration
public class TasklistErrorBodies {

  static final String WEBAPP_ENGINE_API = "/camunda/api/engine/*";
  private static final String REFUSAL = "Ongeldige invoer: ";

  @Bean
  FilterRegistrationBean<Filter> tasklistErrorBodiesFilter() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Filter());
    registration.setName("tasklist-error-bodies");
    registration.addUrlPatterns(WEBAPP_ENGINE_API);
    return registration;
  }

  static class Filter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(TasklistErrorBodies.class);
    private final ObjectMapper json = new ObjectMapper();

    /** Reads need no rewriting, and their bodies (task lists, diagrams) should stream. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      return "GET".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
      chain.doFilter(request, captured);
      if (captured.getStatus() >= 400 && isJson(captured)) {
        rewrite(captured);
      }
      captured.copyBodyToResponse();
    }

    private static boolean isJson(ContentCachingResponseWrapper response) {
      return response.getContentType() != null && response.getContentType().startsWith("application/json");
    }

    private void rewrite(ContentCachingResponseWrapper response) throws IOException {
      JsonNode body;
      try {
        body = json.readTree(response.getContentAsByteArray());
      } catch (IOException notJson) {
        return;
      }
      if (!(body instanceof ObjectNode error) || !error.path("message").isTextual()) {
        return;
      }
      String message = error.path("message").asText();
      if (response.getStatus() >= 500) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Server error {} answered on Tasklist's API: {}", reference, message);
        error.put("type", "ServerError");
        error.put("message", "Er ging iets mis op de server (melding " + reference + "). De beheerder vindt de details in het logboek.");
      } else if (message.contains(REFUSAL)) {
        error.put("message", message.substring(message.indexOf(REFUSAL)));
      } else {
        return;
      }
      response.resetBuffer();
      response.getOutputStream().write(json.writeValueAsString(error).getBytes(StandardCharsets.UTF_8));
    }
  }
}

package nl.amsterdam.inclusion.form;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import nl.amsterdam.inclusion.security.WebappLogin;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Validates form submissions that reach the engine over HTTP — Tasklist's own API and
 * {@code /engine-rest} — before the engine sees them. An invalid submission is answered with
 * 400 and a message naming each field; the task stays open and no variable changes.
 *
 * <p>Runs after authentication, as the calling user: a task the caller may not see is not looked at
 * here and the engine refuses it as usual. {@code /engine-rest} callers are authenticated by HTTP
 * Basic; Tasklist's calls by the webapp session.
 */
public class FormSubmissionGuard extends OncePerRequestFilter {

  private static final String ENGINE =
      "(?:/engine-rest(?:/engine/(?<restEngine>[^/]+))?|/camunda/api/engine/engine/(?<webappEngine>[^/]+))";
  private static final Pattern TASK = Pattern.compile(ENGINE + "/task/(?<id>[^/]+)/(?:submit-form|complete)");
  private static final Pattern START_BY_KEY = Pattern.compile(
      ENGINE + "/process-definition/key/(?<key>[^/]+)(?:/tenant-id/(?<tenant>[^/]+))?/(?:submit-form|start)");
  private static final Pattern START_BY_ID = Pattern.compile(ENGINE + "/process-definition/(?<id>[^/]+)/(?:submit-form|start)");

  private final FormSubmissions submissions;
  private final IdentityService identityService;
  private final ObjectMapper json = new ObjectMapper();

  public FormSubmissionGuard(FormSubmissions submissions, IdentityService identityService) {
    this.submissions = submissions;
    this.identityService = identityService;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Matcher task = TASK.matcher(path);
    Matcher byKey = START_BY_KEY.matcher(path);
    Matcher byId = START_BY_ID.matcher(path);
    Matcher matched = task.matches() ? task : byKey.matches() ? byKey : byId.matches() ? byId : null;
    Authentication caller = matched == null ? null : caller(request, engineName(matched));
    if (caller == null) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getInputStream().readAllBytes();
    Map<String, Object> variables;
    try {
      variables = variables(body);
    } catch (JsonProcessingException malformed) {
      // Not ours to judge: the engine answers malformed JSON with its own 400.
      chain.doFilter(new CachedBodyRequest(request, body), response);
      return;
    }
    FormSubmissions.Verdict verdict;
    Authentication previous = identityService.getCurrentAuthentication();
    identityService.setAuthentication(caller);
    try {
      if (task.matches()) {
        verdict = submissions.validateTask(task.group("id"), variables);
      } else {
        Optional<String> definitionId = byKey.matches()
            ? submissions.latestDefinitionId(byKey.group("key"), byKey.group("tenant"))
            : Optional.of(byId.group("id"));
        verdict = definitionId.map(id -> submissions.validateStart(id, variables)).orElse(FormSubmissions.Verdict.NO_FORM);
      }
    } catch (ProcessEngineException notVisibleOrNotFound) {
      // The engine answers this request itself, with its own status (403, 404, ...).
      verdict = FormSubmissions.Verdict.NO_FORM;
    } finally {
      if (previous == null) {
        identityService.clearAuthentication();
      } else {
        identityService.setAuthentication(previous);
      }
    }
    if (verdict.errors().isEmpty()) {
      chain.doFilter(new CachedBodyRequest(request, withoutFields(body, verdict.readOnlyFields())), response);
    } else {
      reject(response, verdict.errors());
    }
  }

  private static String engineName(Matcher matched) {
    String name = matched.group("restEngine") != null ? matched.group("restEngine") : matched.group("webappEngine");
    return name == null ? "default" : name;
  }

  /**
   * The authenticated caller: HTTP Basic on /engine-rest (set by the authentication filter before
   * this one), or the user logged in to Tasklist, read from the webapp session because the webapp's
   * own filters may run after this one.
   */
  private Authentication caller(HttpServletRequest request, String engineName) {
    Authentication engineAuthentication = identityService.getCurrentAuthentication();
    if (engineAuthentication != null) {
      return engineAuthentication;
    }
    return WebappLogin.of(request, engineName);
  }

  private void reject(HttpServletResponse response, List<FieldError> errors) throws IOException {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "FormFieldValidationException");
    problem.put("message", FormValidationException.describe(errors));
    problem.put("code", null);
    problem.put("errors", errors);
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    json.writeValue(response.getOutputStream(), problem);
  }

  /** The request body without the given variables (read-only fields are not stored again). */
  private byte[] withoutFields(byte[] body, Set<String> fields) throws IOException {
    if (body.length == 0 || fields.isEmpty()) {
      return body;
    }
    JsonNode request = json.readTree(body);
    if (request.path("variables") instanceof ObjectNode submitted) {
      submitted.remove(fields);
    }
    return json.writeValueAsBytes(request);
  }

  /** The submitted variables as plain values, read from Camunda's typed-variable JSON. */
  Map<String, Object> variables(byte[] body) throws IOException {
    Map<String, Object> variables = new LinkedHashMap<>();
    if (body.length == 0) {
      return variables;
    }
    JsonNode submitted = json.readTree(body).path("variables");
    submitted.fields().forEachRemaining(entry -> variables.put(entry.getKey(), typedValue(entry.getValue())));
    return variables;
  }

  private Object typedValue(JsonNode variable) {
    JsonNode value = variable.path("value");
    String type = variable.path("type").asText("");
    return switch (type.toLowerCase()) {
      case "", "string", "integer", "long", "short", "double", "boolean", "date", "null" -> plain(value);
      case "json" -> value.isTextual() ? parseOrRaw(value.asText()) : plain(value);
      // Object, Bytes, File, Xml: no form field takes these; the raw node fails every field check.
      default -> variable;
    };
  }

  private Object parseOrRaw(String text) {
    try {
      return plain(json.readTree(text));
    } catch (JsonProcessingException e) {
      return text;
    }
  }

  private static Object plain(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isTextual()) {
      return node.asText();
    }
    if (node.isBoolean()) {
      return node.asBoolean();
    }
    if (node.isNumber()) {
      return node.numberValue();
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>();
      node.forEach(element -> list.add(plain(element)));
      return list;
    }
    Map<String, Object> map = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> map.put(e.getKey(), plain(e.getValue())));
    return map;
  }

  /** Replays the body this filter has read to the engine's REST resource. */
  private static final class CachedBodyRequest extends HttpServletRequestWrapper {

    private final byte[] body;

    CachedBodyRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("synchronous only");
        }

        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }
  }
}

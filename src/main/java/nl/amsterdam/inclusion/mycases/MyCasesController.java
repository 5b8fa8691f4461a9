package nl.amsterdam.inclusion.mycases;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import nl.amsterdam.inclusion.form.FieldError;
import nl.amsterdam.inclusion.form.FormValidationException;
import nl.amsterdam.inclusion.security.CurrentUser;
import nl.amsterdam.inclusion.security.WebappLogin;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * "Mijn aanvragen" for the signed-in person: over the application's API ({@code /api/my-cases}, HTTP Basic or a
 * bearer token, as every {@code /api} call) and for the page at {@code /mijn-aanvragen/}, which runs with the
 * webapps' login (as the dashboard does). Both act as that person: the engine's rules apply to the withdrawal.
 */
@RestController
public class MyCasesController {

  /** Sent by the page's own script; a form or link on another site cannot send it (a cross-site request). */
  static final String PAGE_HEADER = "X-Requested-With";
  static final String PAGE_HEADER_VALUE = "XMLHttpRequest";

  /** The withdrawal's reason, as the person typed it. */
  public record WithdrawalRequest(String reason) {
  }

  private final MyCases myCases;
  private final ClusterCases clusterCases;
  private final CurrentUser currentUser;
  private final IdentityService identityService;
  private final String engineName;

  public MyCasesController(MyCases myCases, ClusterCases clusterCases, CurrentUser currentUser, IdentityService identityService,
      ProcessEngine engine) {
    this.myCases = myCases;
    this.clusterCases = clusterCases;
    this.currentUser = currentUser;
    this.identityService = identityService;
    this.engineName = engine.getName();
  }

  @GetMapping("/api/my-cases")
  public ResponseEntity<List<MyCases.MyCase>> apiCases() {
    return noStore(myCases.of(currentUser.userId()));
  }

  /** Who sees which cluster follows from the login's groups alone: the call takes no parameter. */
  @GetMapping("/api/my-cases/cluster")
  public ResponseEntity<List<ClusterCases.ClusterCase>> apiClusterCases() {
    return noStore(clusterCases.of(currentUser.groups()));
  }

  @PostMapping("/api/my-cases/{caseId}/withdrawal")
  public MyCases.Withdrawn apiWithdraw(@PathVariable String caseId, @RequestBody(required = false) WithdrawalRequest body) {
    return myCases.withdraw(currentUser.userId(), caseId, body == null ? null : body.reason());
  }

  @GetMapping("/mijn-aanvragen/cases")
  public ResponseEntity<List<MyCases.MyCase>> pageCases(HttpServletRequest request) {
    Authentication login = webappLogin(request);
    return noStore(myCases.of(login.getUserId()));
  }

  @GetMapping("/mijn-aanvragen/cluster-cases")
  public ResponseEntity<List<ClusterCases.ClusterCase>> pageClusterCases(HttpServletRequest request) {
    return noStore(clusterCases.of(webappLogin(request).getGroupIds()));
  }

  @PostMapping("/mijn-aanvragen/cases/{caseId}/withdrawal")
  public MyCases.Withdrawn pageWithdraw(HttpServletRequest request, @PathVariable String caseId,
      @RequestBody(required = false) WithdrawalRequest body) {
    Authentication login = webappLogin(request);
    if (!PAGE_HEADER_VALUE.equals(request.getHeader(PAGE_HEADER))) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Alleen vanaf de pagina Mijn aanvragen");
    }
    return as(login, () -> myCases.withdraw(login.getUserId(), caseId, body == null ? null : body.reason()));
  }

  /** Refused input: the withdrawal form's Dutch messages, per field, and nothing started. */
  @ExceptionHandler(FormValidationException.class)
  public ResponseEntity<Map<String, Object>> refused(FormValidationException refused) {
    List<Map<String, String>> errors = refused.errors().stream()
        .map((FieldError error) -> Map.of("field", error.field(), "label", error.label(), "message", error.message()))
        .toList();
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

  private Authentication webappLogin(HttpServletRequest request) {
    Authentication login = WebappLogin.of(request, engineName);
    if (login == null) {
      throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Log eerst in via Tasklist");
    }
    return login;
  }

  /** The page's calls carry no login of the engine's own: the engine runs them as the webapps' login. */
  private <T> T as(Authentication login, Supplier<T> work) {
    identityService.setAuthentication(login);
    try {
      return work.get();
    } finally {
      identityService.clearAuthentication();
    }
  }

  private static <T> ResponseEntity<T> noStore(T body) {
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
  }
}

package nl.amsterdam.inclusion.mycases;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import nl.amsterdam.inclusion.security.CurrentUser;
import nl.amsterdam.inclusion.security.WebappCalls;
import nl.amsterdam.inclusion.security.WebappPageErrors;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
public class MyCasesController extends WebappPageErrors {

  /** Sent by the page's own script; a form or link on another site cannot send it (a cross-site request). */
  static final String PAGE_HEADER = "X-Requested-With";
  static final String PAGE_HEADER_VALUE = "XMLHttpRequest";

  /** The withdrawal's reason, as the person typed it. */
  public record WithdrawalRequest(String reason) {
  }

  private final MyCases myCases;
  private final ClusterCases clusterCases;
  private final CurrentUser currentUser;
  private final WebappCalls webapp;

  public MyCasesController(MyCases myCases, ClusterCases clusterCases, CurrentUser currentUser, WebappCalls webapp) {
    this.myCases = myCases;
    this.clusterCases = clusterCases;
    this.currentUser = currentUser;
    this.webapp = webapp;
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
    Authentication login = webapp.login(request);
    return noStore(myCases.of(login.getUserId()));
  }

  @GetMapping("/mijn-aanvragen/cluster-cases")
  public ResponseEntity<List<ClusterCases.ClusterCase>> pageClusterCases(HttpServletRequest request) {
    return noStore(clusterCases.of(webapp.login(request).getGroupIds()));
  }

  @PostMapping("/mijn-aanvragen/cases/{caseId}/withdrawal")
  public MyCases.Withdrawn pageWithdraw(HttpServletRequest request, @PathVariable String caseId,
      @RequestBody(required = false) WithdrawalRequest body) {
    Authentication login = webapp.login(request);
    if (!PAGE_HEADER_VALUE.equals(request.getHeader(PAGE_HEADER))) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Alleen vanaf de pagina Mijn aanvragen");
    }
    return webapp.as(login, () -> myCases.withdraw(login.getUserId(), caseId, body == null ? null : body.reason()));
  }

  private static <T> ResponseEntity<T> noStore(T body) {
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
  }
}

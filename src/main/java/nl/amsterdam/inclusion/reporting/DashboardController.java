package nl.amsterdam.inclusion.reporting;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import nl.amsterdam.inclusion.identity.Groups;
import nl.amsterdam.inclusion.security.WebappLogin;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Figures for the process owner's dashboard ({@code /dashboard/}). Same login as the webapps: the
 * page is opened from a browser that is logged in to Tasklist or Cockpit. Bureau I&D only.
 */
@RestController
public class DashboardController {

  private final DashboardFigures figures;
  private final String engineName;

  public DashboardController(DashboardFigures figures, ProcessEngine engine) {
    this.figures = figures;
    this.engineName = engine.getName();
  }

  @GetMapping("/dashboard/figures")
  public ResponseEntity<DashboardFigures.Figures> figures(HttpServletRequest request) {
    Authentication user = WebappLogin.of(request, engineName);
    if (user == null) {
      throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Log in via Tasklist of Cockpit");
    }
    List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    if (!groups.contains(Groups.ID_BUREAU) && !groups.contains(Groups.CAMUNDA_ADMIN)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Alleen voor Bureau I&D");
    }
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(figures.compute());
  }
}

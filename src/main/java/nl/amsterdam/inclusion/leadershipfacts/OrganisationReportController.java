package nl.amsterdam.inclusion.leadershipfacts;

import nl.amsterdam.inclusion.engine.AsSystem;
import nl.amsterdam.inclusion.identity.AccessModel;
import nl.amsterdam.inclusion.security.CurrentUser;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The organisation-wide Leadershipfacts report ({@link OrganisationReport}) as JSON, for whom
 * {@link AccessModel#REPORT_READERS} names (Bureau I&D, administrators); anyone else is refused before anything is
 * read. Computed on every request from the engine's history, by the application (the trajectories are the leaders').
 */
@RestController
public class OrganisationReportController {

  private final OrganisationReportHistory history;
  private final CurrentUser currentUser;
  private final AsSystem asSystem;

  public OrganisationReportController(OrganisationReportHistory history, CurrentUser currentUser, AsSystem asSystem) {
    this.history = history;
    this.currentUser = currentUser;
    this.asSystem = asSystem;
  }

  @GetMapping("/api/reports/leadershipfacts")
  public ResponseEntity<OrganisationReport.Report> report() {
    if (!AccessModel.mayRead(currentUser.groups(), AccessModel.LEADERSHIPFACTS_ORGANISATION)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Alleen voor Bureau Inclusie en Diversiteit");
    }
    return ResponseEntity.ok().cacheControl(CacheControl.noStore())
        .body(OrganisationReport.build(asSystem.run(history::trajectories)));
  }
}

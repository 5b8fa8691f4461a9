package nl.amsterdam.inclusion.monitoring;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import nl.amsterdam.inclusion.engine.AsSystem;
import nl.amsterdam.inclusion.engine.CityTime;
import nl.amsterdam.inclusion.identity.AccessModel;
import nl.amsterdam.inclusion.security.CurrentUser;
import nl.amsterdam.inclusion.security.WebappLogin;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Programme monitoring for Bureau I&D: the dashboard's monitoring page (webapp login, like the dashboard) and the
 * yearly progress report (HTTP Basic, like the rest of {@code /api}). Who may read them is
 * {@link AccessModel#REPORT_READERS}; anyone else is refused before anything is computed.
 */
@RestController
public class MonitoringController {

  /** The programme started in July 2020 (seed 004); there is nothing to report before that. */
  static final int FIRST_YEAR = 2020;
  static final MediaType XLSX = MediaType.parseMediaType(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final ProgrammeMonitoring monitoring;
  private final CurrentUser currentUser;
  private final AsSystem asSystem;
  private final String engineName;

  public MonitoringController(ProgrammeMonitoring monitoring, CurrentUser currentUser, AsSystem asSystem,
      ProcessEngine engine) {
    this.monitoring = monitoring;
    this.currentUser = currentUser;
    this.asSystem = asSystem;
    this.engineName = engine.getName();
  }

  @GetMapping("/dashboard/monitoring")
  public ResponseEntity<ProgrammeMonitoring.Page> page(HttpServletRequest request) {
    Authentication user = WebappLogin.of(request, engineName);
    if (user == null) {
      throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Log in via Tasklist of Cockpit");
    }
    requireReader(user.getGroupIds() == null ? List.of() : user.getGroupIds());
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(asSystem.run(monitoring::page));
  }

  /** The yearly progress report: {@code format=pdf} (the default) or {@code format=xlsx}. */
  @GetMapping("/api/reports/progress/{year}")
  public ResponseEntity<byte[]> report(@PathVariable String year, @RequestParam(defaultValue = "pdf") String format) {
    requireReader(currentUser.groups());
    int reportYear = year(year);
    boolean xlsx = switch (format) {
      case "xlsx" -> true;
      case "pdf" -> false;
      default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Kies format=pdf of format=xlsx");
    };
    // aggregates over cases the reader may not open (growth-panel conversations): counted by the application
    ProgressReport report = asSystem.run(() -> monitoring.report(reportYear));
    String file = "voortgangsrapportage-inclusie-diversiteit-" + reportYear + (xlsx ? ".xlsx" : ".pdf");
    return ResponseEntity.ok().cacheControl(CacheControl.noStore())
        .contentType(xlsx ? XLSX : MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
        .body(xlsx ? ProgressWorkbook.of(report) : ProgressPdf.of(report));
  }

  private static void requireReader(List<String> groups) {
    if (!AccessModel.mayRead(groups, AccessModel.PROGRAMME_MONITORING)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Alleen voor Bureau I&D");
    }
  }

  private static int year(String year) {
    int current = CityTime.today().getYear();
    if (year.matches("\\d{4}") && Integer.parseInt(year) >= FIRST_YEAR && Integer.parseInt(year) <= current) {
      return Integer.parseInt(year);
    }
    throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
        "Kies een jaar van " + FIRST_YEAR + " tot en met " + current);
  }
}

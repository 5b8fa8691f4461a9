package nl.amsterdam.inclusion.pilot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.amsterdam.inclusion.identity.Groups;
import nl.amsterdam.inclusion.security.CurrentUser;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The cohort's evaluation report as JSON, for Bureau I&D only (HTTP Basic, see RestAuthenticationConfiguration). */
@RestController
public class PilotReportController {

  private final HistoryService historyService;
  private final CurrentUser currentUser;
  private final ObjectMapper json;

  public PilotReportController(HistoryService historyService, CurrentUser currentUser, ObjectMapper json) {
    this.historyService = historyService;
    this.currentUser = currentUser;
    this.json = json;
  }

  @GetMapping("/api/pilot/cohorts/{cohortId}/report")
  public EvaluationReport report(@PathVariable String cohortId) throws JsonProcessingException {
    currentUser.requireAnyGroup(Groups.ID_BUREAU, Groups.CAMUNDA_ADMIN);
    HistoricVariableInstance report = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(cohortId).variableName(PilotProcess.EVALUATION_REPORT).singleResult();
    if (report == null || report.getValue() == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Geen evaluatierapport voor cohort " + cohortId);
    }
    return json.readValue(report.getValue().toString(), EvaluationReport.class);
  }
}

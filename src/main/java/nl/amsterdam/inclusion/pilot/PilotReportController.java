package nl.amsterdam.inclusion.pilot;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.amsterdam.inclusion.identity.Groups;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The cohort's evaluation report as JSON, for Bureau I&D only (HTTP Basic, see RestAuthenticationConfiguration). */
@RestController
public class PilotReportController {

  private final HistoryService historyService;
  private final IdentityService identityService;
  private final ObjectMapper json;

  public PilotReportController(HistoryService historyService, IdentityService identityService, ObjectMapper json) {
    this.historyService = historyService;
    this.identityService = identityService;
    this.json = json;
  }

  @GetMapping("/api/pilot/cohorts/{cohortId}/report")
  public EvaluationReport report(@PathVariable String cohortId) throws JsonProcessingException {
    Authentication user = identityService.getCurrentAuthentication();
    List<String> groups = user == null || user.getGroupIds() == null ? List.of() : user.getGroupIds();
    if (!groups.contains(Groups.ID_BUREAU) && !groups.contains(Groups.CAMUNDA_ADMIN)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Alleen voor Bureau Inclusie en Diversiteit");
    }
    HistoricVariableInstance report = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(cohortId).variableName(PilotProcess.EVALUATION_REPORT).singleResult();
    if (report == null || report.getValue() == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Geen evaluatierapport voor cohort " + cohortId);
    }
    return json.readValue((String) report.getValue(), EvaluationReport.class);
  }
}

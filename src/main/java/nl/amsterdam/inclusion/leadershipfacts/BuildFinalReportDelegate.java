package nl.amsterdam.inclusion.leadershipfacts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.leadershipfacts.LeadershipfactsProcess.*;

/** Reads the trajectory's measurements and consults into the final report ({@link FinalReport}). */
@Component("buildLeadershipfactsReport")
public class BuildFinalReportDelegate implements JavaDelegate {

  private final ObjectMapper json;

  public BuildFinalReportDelegate(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public void execute(DelegateExecution execution) throws JsonProcessingException {
    MeasurementAnalysis.Result first = json.readValue((String) execution.getVariable(MEASUREMENT_1),
        MeasurementAnalysis.Result.class);
    MeasurementAnalysis.Result second = json.readValue((String) execution.getVariable(MEASUREMENT_2),
        MeasurementAnalysis.Result.class);
    execution.setVariable(FINAL_REPORT, FinalReport.text((String) execution.getVariable(DEVELOPMENT_POINTS_SUMMARY), first,
        second, (String) execution.getVariable(CONSULT_AGREEMENTS), (String) execution.getVariable(CONSULT_RECOMMENDATIONS)));
  }
}

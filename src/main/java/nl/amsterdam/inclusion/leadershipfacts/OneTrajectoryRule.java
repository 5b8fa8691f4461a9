package nl.amsterdam.inclusion.leadershipfacts;

import java.text.SimpleDateFormat;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import nl.amsterdam.inclusion.engine.AsProcess;
import nl.amsterdam.inclusion.engine.CityTime;
import nl.amsterdam.inclusion.form.FieldError;
import nl.amsterdam.inclusion.form.SubmissionRule;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.engine.CaseVariables.LEADER_NAME;
import static nl.amsterdam.inclusion.leadershipfacts.LeadershipfactsProcess.*;

/**
 * One running Leadershipfacts trajectory per leader: a second start is refused on the start form, naming the running
 * one (also one the pilot offered). The leader is the one signed in, never a submitted value.
 */
@Component
public class OneTrajectoryRule implements SubmissionRule {

  private final Trajectories trajectories;
  private final HistoryService historyService;

  public OneTrajectoryRule(Trajectories trajectories, HistoryService historyService) {
    this.trajectories = trajectories;
    this.historyService = historyService;
  }

  @Override
  public String formId() {
    return "leadershipfacts-start";
  }

  @Override
  public List<FieldError> checkStart(String starter, Map<String, Object> submitted) {
    if (starter == null) {
      return List.of();
    }
    return trajectories.running(starter).map(running -> {
      SimpleDateFormat day = new SimpleDateFormat("d-M-yyyy");
      day.setTimeZone(TimeZone.getTimeZone(CityTime.ZONE));
      var started = AsProcess.run(() -> historyService.createHistoricProcessInstanceQuery()
          .processInstanceId(running.getId()).singleResult().getStartTime());
      return List.of(new FieldError(LEADER_NAME, "Naam", "heeft al een lopend Leadershipfacts-traject, gestart op "
          + day.format(started) + ". Stoppen kan met 'Stoppen met het traject'."));
    }).orElse(List.of());
  }
}

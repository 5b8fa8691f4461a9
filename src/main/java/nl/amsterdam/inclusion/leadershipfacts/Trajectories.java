package nl.amsterdam.inclusion.leadershipfacts;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import nl.amsterdam.inclusion.engine.AsProcess;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.engine.CaseVariables.DIRECTORATE;
import static nl.amsterdam.inclusion.engine.CaseVariables.EMAIL;
import static nl.amsterdam.inclusion.engine.CaseVariables.LEADER_NAME;
import static nl.amsterdam.inclusion.leadershipfacts.LeadershipfactsProcess.*;

/** A leader's Leadershipfacts trajectories across cases: one running at a time, one offer per pilot participation. */
@Component
public class Trajectories {

  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final LeaderDirectorates directorates;

  public Trajectories(RuntimeService runtimeService, HistoryService historyService, LeaderDirectorates directorates) {
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.directorates = directorates;
  }

  /** The leader's running trajectory, if any. */
  public Optional<ProcessInstance> running(String leaderId) {
    return AsProcess.run(() -> runtimeService.createProcessInstanceQuery().processDefinitionKey(TRAJECTORY)
        .variableValueEquals(LEADER_ID, leaderId).list().stream().findFirst());
  }

  /** Whether this pilot participation was offered a trajectory already, whatever became of it. */
  public boolean offeredFor(String pilotCaseId) {
    return AsProcess.run(() -> historyService.createHistoricProcessInstanceQuery().processDefinitionKey(TRAJECTORY)
        .variableValueEquals(PILOT_CASE_ID, pilotCaseId).count() > 0);
  }

  /**
   * Offers the leader of a pilot participation a trajectory at the pilot-partner price: it starts with the leader's
   * confirmation and Bureau I&D's approval of the cost. Once per participation, and not beside a running trajectory.
   * The trajectory keeps the participation's directorate ({@link LeaderDirectorates}).
   */
  public boolean offerFromPilot(String pilotCaseId, String leaderId, String leaderName, String email, String directorate) {
    if (running(leaderId).isPresent() || offeredFor(pilotCaseId)) {
      return false;
    }
    Map<String, Object> variables = new HashMap<>(Map.of(LEADER_ID, leaderId, LEADER_NAME, leaderName, EMAIL, email,
        ORIGIN, ORIGIN_PILOT, PILOT_CASE_ID, pilotCaseId));
    variables.put(DIRECTORATE, directorates.canonical(directorate));
    AsProcess.run(() -> runtimeService.startProcessInstanceByKey(TRAJECTORY, variables));
    return true;
  }
}

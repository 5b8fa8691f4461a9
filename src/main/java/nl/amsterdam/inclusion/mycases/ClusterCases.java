package nl.amsterdam.inclusion.mycases;

import java.time.OffsetDateTime;
import java.util.List;

import nl.amsterdam.inclusion.engine.AsSystem;
import nl.amsterdam.inclusion.engine.CaseVariables;
import nl.amsterdam.inclusion.identity.AccessModel;
import nl.amsterdam.inclusion.identity.Cluster;
import nl.amsterdam.inclusion.learning.LearningProcess;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * "Aanvragen van mijn cluster": the running learning requests of the clusters an account manager follows
 * ({@link AccessModel#FOLLOWED_IN_CLUSTER}), so she sees where they stand between her own steps. Read-only, and only
 * what her Tasklist filter's columns already show. Reading runs as the system, limited to her clusters.
 */
@Service
public class ClusterCases {

  /** One running request of her cluster; {@code since} is when it reached its current step(s). */
  public record ClusterCase(String reference, String requester, String team, String cluster, List<String> steps,
      OffsetDateTime since) {
  }

  private final AsSystem asSystem;
  private final HistoryService historyService;
  private final RuntimeService runtimeService;
  private final CaseSteps caseSteps;

  public ClusterCases(AsSystem asSystem, HistoryService historyService, RuntimeService runtimeService,
      CaseSteps caseSteps) {
    this.asSystem = asSystem;
    this.historyService = historyService;
    this.runtimeService = runtimeService;
    this.caseSteps = caseSteps;
  }

  /**
   * The running requests of the clusters that someone in these (authenticated) groups follows, per cluster newest
   * first.
   *
   * @throws ResponseStatusException 403 for someone who follows no cluster
   */
  public List<ClusterCase> of(List<String> groups) {
    List<Cluster> clusters = AccessModel.clustersFollowed(groups, LearningProcess.REQUEST);
    if (clusters.isEmpty()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Geen toegang");
    }
    return asSystem.run(() -> clusters.stream().flatMap(cluster -> historyService.createHistoricProcessInstanceQuery()
            .processDefinitionKey(LearningProcess.REQUEST).unfinished().rootProcessInstances()
            .variableValueEquals(CaseVariables.CLUSTER, cluster.code())
            .orderByProcessInstanceStartTime().desc().list().stream()
            .map(request -> describe(request, cluster)))
        .toList());
  }

  private ClusterCase describe(HistoricProcessInstance request, Cluster cluster) {
    CaseSteps.Where where = caseSteps.of(request.getId());
    return new ClusterCase(request.getBusinessKey(), text(request, LearningProcess.REQUESTER_NAME),
        text(request, LearningProcess.TEAM_NAME), cluster.label(), where.steps(), where.since());
  }

  private String text(HistoricProcessInstance request, String variable) {
    Object value = runtimeService.getVariable(request.getId(), variable);
    return value == null ? null : value.toString();
  }
}

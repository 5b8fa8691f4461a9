package nl.amsterdam.inclusion.correction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.amsterdam.inclusion.engine.CaseLookup;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/** Finds the case and the decision a process owner wants taken again, and whether the case is right after it. */
@Component
public class ReopenableCases {

  /**
   * The case as the owner named it, and the instance that holds the decision's steps: the case itself, or the
   * process it called for that part (a learning request's custom work).
   */
  public record Reopening(ProcessInstance instance, ProcessInstance holder, CorrectableDecisions.Decision decision,
      boolean waitingRightAfter) {
  }

  private final CaseLookup cases;
  private final RuntimeService runtime;

  public ReopenableCases(CaseLookup cases, RuntimeService runtime) {
    this.cases = cases;
    this.runtime = runtime;
  }

  public Optional<Reopening> find(String idOrReference, String decisionTaskId) {
    return cases.find(idOrReference, CorrectableDecisions.ALL.stream().map(CorrectableDecisions.Decision::processKey)
            .distinct().toList())
        .flatMap(instance -> CorrectableDecisions.of(cases.processKeyOf(instance), decisionTaskId)
            .map(decision -> reopening(instance, decision)));
  }

  private Reopening reopening(ProcessInstance instance, CorrectableDecisions.Decision decision) {
    List<ProcessInstance> holders = new ArrayList<>(List.of(instance));
    holders.addAll(runtime.createProcessInstanceQuery().superProcessInstanceId(instance.getId()).list());
    return holders.stream()
        .filter(holder -> runtime.getActiveActivityIds(holder.getId()).stream().anyMatch(decision.reopenedFrom()::contains))
        .findFirst().map(holder -> new Reopening(instance, holder, decision, true))
        .orElse(new Reopening(instance, instance, decision, false));
  }
}

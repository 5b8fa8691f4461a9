package nl.amsterdam.inclusion.correction;

import java.util.Optional;

import nl.amsterdam.inclusion.engine.CaseLookup;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/** Finds the case and the decision a process owner wants taken again, and whether the case is right after it. */
@Component
public class ReopenableCases {

  public record Reopening(ProcessInstance instance, CorrectableDecisions.Decision decision, boolean waitingRightAfter) {
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
            .map(decision -> new Reopening(instance, decision, runtime.getActiveActivityIds(instance.getId()).stream()
                .anyMatch(decision.reopenedFrom()::contains))));
  }
}

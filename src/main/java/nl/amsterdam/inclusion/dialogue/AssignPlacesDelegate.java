package nl.amsterdam.inclusion.dialogue;

import java.util.List;
import java.util.stream.Collectors;
import nl.amsterdam.inclusion.identity.Cluster;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.dialogue.DialogueProcess.*;
import static nl.amsterdam.inclusion.engine.CaseVariables.CLUSTER;
import static nl.amsterdam.inclusion.engine.CaseVariables.EMAIL;
import static nl.amsterdam.inclusion.engine.CaseVariables.FUNCTION;
import static nl.amsterdam.inclusion.engine.CaseVariables.LEADER_NAME;

/**
 * At the sign-up deadline the first sign-ups get a place and the rest the waiting list; the
 * briefing's invitee list (name, function, cluster) is filled from the places. Also called after a
 * cancellation: whoever waits longest moves up into a free place.
 */
@Component("assignAldermanPlaces")
public class AssignPlacesDelegate implements JavaDelegate {

  public static final String PROMOTED_RECIPIENTS = "promotedRecipients";

  private final DialogueCases cases;

  public AssignPlacesDelegate(DialogueCases cases) {
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String dialogueId = execution.getProcessInstanceId();
    int max = ((Number) execution.getVariable(MAX_PARTICIPANTS)).intValue();
    List<String> signUps = cases.signUpsInOrder(dialogueId);
    Placement.Result result = Placement.assign(signUps, max);

    List<String> promoted = result.placed().stream()
        .filter(id -> WAITING.equals(cases.variable(id, PLACEMENT))).toList();
    result.placed().forEach(id -> cases.setVariable(id, PLACEMENT, PLACED));
    result.waiting().forEach(id -> cases.setVariable(id, PLACEMENT, WAITING));

    execution.setVariable(HAS_WAITING_LIST, !result.waiting().isEmpty());
    execution.setVariable(PROMOTED_RECIPIENTS, promoted.stream()
        .map(id -> (String) cases.variable(id, EMAIL)).collect(Collectors.joining(",")));
    execution.setVariable(INVITEES, result.placed().stream()
        .map(id -> cases.variable(id, LEADER_NAME) + " — " + cases.variable(id, FUNCTION) + " — "
            + clusterName(cases.variable(id, CLUSTER)))
        .collect(Collectors.joining("\n")));
  }

  /** The briefing is read by the alderman's office: the cluster's name, not its code. */
  private static String clusterName(Object code) {
    return Cluster.fromCode(String.valueOf(code)).map(Cluster::label).orElse(String.valueOf(code));
  }
}

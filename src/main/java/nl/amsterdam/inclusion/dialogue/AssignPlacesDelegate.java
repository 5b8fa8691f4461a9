package nl.amsterdam.inclusion.dialogue;

import java.util.List;
import java.util.stream.Collectors;
import nl.amsterdam.inclusion.identity.Cluster;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.dialogue.DialogueProcess.*;
import static nl.amsterdam.inclusion.engine.CaseVariables.CLUSTER;
import static nl.amsterdam.inclusion.engine.CaseVariables.DIRECTORATE;
import static nl.amsterdam.inclusion.engine.CaseVariables.EMAIL;
import static nl.amsterdam.inclusion.engine.CaseVariables.FUNCTION;
import static nl.amsterdam.inclusion.engine.CaseVariables.LEADER_NAME;

/**
 * At the sign-up deadline the places are given ({@link Placement}: formal and informal leaders mixed) and the rest
 * wait; the briefing's invitee list (name, function, directorate, formal or informal) is filled from the places. Also
 * called after a cancellation: the freed place goes to the waiting list the same way.
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
    List<Placement.SignUp> signUps = cases.signUpsInOrder(dialogueId).stream()
        .map(id -> new Placement.SignUp(id, (String) cases.variable(id, TABLE_ROLE), PLACED.equals(cases.variable(id, PLACEMENT))))
        .toList();
    Placement.Result result = Placement.assign(signUps, max);

    List<String> promoted = result.placed().stream()
        .filter(id -> WAITING.equals(cases.variable(id, PLACEMENT))).toList();
    result.placed().forEach(id -> cases.setVariable(id, PLACEMENT, PLACED));
    result.waiting().forEach(id -> cases.setVariable(id, PLACEMENT, WAITING));

    execution.setVariable(HAS_WAITING_LIST, !result.waiting().isEmpty());
    execution.setVariable(PROMOTED_RECIPIENTS, promoted.stream()
        .map(id -> (String) cases.variable(id, EMAIL)).collect(Collectors.joining(",")));
    execution.setVariable(INVITEES, result.placed().stream().map(this::invitee).collect(Collectors.joining("\n")));
  }

  /** The seed's table of participants: name, function, directorate (and cluster), formal or informal leader. */
  private String invitee(String signUp) {
    Object directorate = cases.variable(signUp, DIRECTORATE);
    String cluster = clusterName(cases.variable(signUp, CLUSTER));
    Object role = cases.variable(signUp, TABLE_ROLE);
    return cases.variable(signUp, LEADER_NAME) + " — " + cases.variable(signUp, FUNCTION) + " — "
        + (directorate == null ? cluster : directorate + " (" + cluster + ")")
        + (role == null ? "" : " — " + TABLE_ROLE_LABELS.get(role));
  }

  /** The briefing is read by the alderman's office: the cluster's name, not its code. */
  private static String clusterName(Object code) {
    return Cluster.fromCode(String.valueOf(code)).map(Cluster::label).orElse(String.valueOf(code));
  }
}

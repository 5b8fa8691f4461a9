package nl.amsterdam.inclusion.cancellation;

import java.util.Map;
import java.util.Optional;

import nl.amsterdam.inclusion.engine.CaseLookup;
import nl.amsterdam.inclusion.identity.AccessModel;
import nl.amsterdam.inclusion.leadershipfacts.LeadershipfactsProcess;
import nl.amsterdam.inclusion.learning.LearningProcess;
import nl.amsterdam.inclusion.pilot.PilotProcess;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The cases a process owner may cancel, and how: through the same ending the person can choose
 * themselves (the withdrawal event sub-process), so that a budget reservation is released, the cohort
 * stops waiting and open ratings are withdrawn exactly as on a withdrawal.
 */
@Component
public class CancellableCases {

  /** Process key to the message that starts its withdrawal event sub-process. */
  static final Map<String, String> WITHDRAWAL_MESSAGE = Map.of(
      AccessModel.LEARNING_REQUEST, LearningProcess.MSG_REQUEST_WITHDRAWN,
      AccessModel.PILOT_PARTICIPANT, PilotProcess.MSG_PARTICIPANT_WITHDREW,
      AccessModel.LEADERSHIPFACTS, LeadershipfactsProcess.MSG_STOPPED);

  /** The withdrawal sub-processes show this variable as the reason in their mails. */
  static final String WITHDRAWAL_REASON = "withdrawalReason";

  private final CaseLookup cases;

  public CancellableCases(CaseLookup cases) {
    this.cases = cases;
  }

  /** The running case with this id or reference, if it is one that can be cancelled. */
  public Optional<ProcessInstance> find(String idOrReference) {
    return cases.find(idOrReference, WITHDRAWAL_MESSAGE.keySet());
  }

  public String processKeyOf(ProcessInstance instance) {
    return cases.processKeyOf(instance);
  }

  String withdrawalMessageOf(ProcessInstance instance) {
    return WITHDRAWAL_MESSAGE.get(processKeyOf(instance));
  }
}

package nl.amsterdam.inclusion.mycases;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import nl.amsterdam.inclusion.dialogue.DialogueProcess;
import nl.amsterdam.inclusion.leadershipfacts.LeadershipfactsProcess;
import nl.amsterdam.inclusion.learning.LearningProcess;
import nl.amsterdam.inclusion.pilot.PilotProcess;

/**
 * How a person ends an own case from "Mijn aanvragen": the withdrawal process it has (started through its start form,
 * with the values that form asks), or for an alderman's sign-up the cancellation in its own task.
 */
enum Withdrawal {

  LEARNING_REQUEST(LearningProcess.REQUEST, LearningProcess.WITHDRAWAL, "Intrekken",
      LearningProcess.WITHDRAWAL_REASON, true),
  PILOT(PilotProcess.PARTICIPANT, PilotProcess.WITHDRAWAL, "Afmelden", PilotProcess.WITHDRAWAL_REASON, true),
  LEADERSHIPFACTS(LeadershipfactsProcess.TRAJECTORY, LeadershipfactsProcess.WITHDRAWAL, "Stoppen",
      LeadershipfactsProcess.WITHDRAWAL_REASON, false),
  ALDERMAN_SIGN_UP(DialogueProcess.SIGN_UP, null, "Afmelden", null, false);

  final String caseProcess;
  /** The withdrawal process; null when the case's own task cancels it. */
  final String withdrawalProcess;
  final String label;
  /** The form's field for the reason; null when it asks none. */
  final String reasonField;
  final boolean reasonRequired;

  Withdrawal(String caseProcess, String withdrawalProcess, String label, String reasonField, boolean reasonRequired) {
    this.caseProcess = caseProcess;
    this.withdrawalProcess = withdrawalProcess;
    this.label = label;
    this.reasonField = reasonField;
    this.reasonRequired = reasonRequired;
  }

  static Optional<Withdrawal> of(String processKey) {
    return Arrays.stream(values()).filter(w -> w.caseProcess.equals(processKey)).findFirst();
  }

  /** What the withdrawal's start form (or the cancellation task's form) is submitted with. */
  Map<String, Object> formValues(String reference, String reason) {
    Map<String, Object> values = new LinkedHashMap<>();
    switch (this) {
      case LEARNING_REQUEST -> values.put(LearningProcess.REQUEST_REFERENCE, reference);
      case PILOT -> values.put(PilotProcess.CONFIRM_WITHDRAWAL, true);
      case LEADERSHIPFACTS -> values.put(LeadershipfactsProcess.CONFIRM_STOP, true);
      case ALDERMAN_SIGN_UP -> values.put(DialogueProcess.ATTENDANCE, DialogueProcess.CANCELS);
    }
    if (reasonField != null && reason != null && !reason.isBlank()) {
      // a missing reason is named by the form itself where it is required
      values.put(reasonField, reason);
    }
    return values;
  }
}

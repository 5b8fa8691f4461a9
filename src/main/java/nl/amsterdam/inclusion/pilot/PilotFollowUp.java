package nl.amsterdam.inclusion.pilot;

import java.util.List;
import java.util.stream.Collectors;

import nl.amsterdam.inclusion.form.FormValues;
import org.springframework.stereotype.Component;

/** Whom the cohort's reunion and its follow-up after the report concern, and which follow-up Bureau I&D chose. */
@Component("pilotFollowUp")
public class PilotFollowUp {

  private final PilotCases cases;

  public PilotFollowUp(PilotCases cases) {
    this.cases = cases;
  }

  /** Whether the follow-up decision (a checklist) includes the option. */
  public boolean chosen(Object followUpDecision, String option) {
    return FormValues.strings(followUpDecision).contains(option);
  }

  /**
   * The reunion brings every group together: everyone who took part in a group session and stayed. Read when needed,
   * so that a withdrawal before the reminder leaves the withdrawn leader out.
   */
  public List<ParticipantOutcome> reunionInvitees(String cohortId) {
    return cases.outcomes(cohortId).stream().filter(PilotFollowUp::tookPart).toList();
  }

  /** Intervision after the report is for the participants who asked for it in their evaluation. */
  public List<ParticipantOutcome> intervisionInvitees(String cohortId) {
    return reunionInvitees(cohortId).stream().filter(ParticipantOutcome::wantsIntervision).toList();
  }

  /** The intervision's invitees for Bureau I&D's task, in Dutch. */
  public String inviteesText(String cohortId) {
    List<ParticipantOutcome> interested = intervisionInvitees(cohortId);
    return "Intervisie gewenst (" + interested.size() + "): " + names(interested);
  }

  public String reunionRecipients(String cohortId) {
    return emails(reunionInvitees(cohortId));
  }

  public String intervisionRecipients(String cohortId) {
    return emails(intervisionInvitees(cohortId));
  }

  private static boolean tookPart(ParticipantOutcome outcome) {
    return !outcome.withdrawn() && !Boolean.FALSE.equals(outcome.attended());
  }

  private static String emails(List<ParticipantOutcome> outcomes) {
    return outcomes.stream().map(ParticipantOutcome::email).collect(Collectors.joining(","));
  }

  private static String names(List<ParticipantOutcome> outcomes) {
    return outcomes.isEmpty() ? "-" : outcomes.stream().map(ParticipantOutcome::participantName)
        .collect(Collectors.joining(", "));
  }
}

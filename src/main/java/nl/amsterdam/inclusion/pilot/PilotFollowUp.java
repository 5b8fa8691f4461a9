package nl.amsterdam.inclusion.pilot;

import java.util.List;
import java.util.stream.Collectors;

import nl.amsterdam.inclusion.form.FormValues;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.pilot.PilotProcess.FORMAT_REUNION;

/** The cohort's follow-up after its report: which choices Bureau I&D made and whom they concern. */
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
   * Who is invited: for intervision the participants who asked for it in their evaluation, for the reunion everyone
   * who took part in a group session and stayed. Read when needed, so that a late evaluation still counts.
   */
  public List<ParticipantOutcome> invitees(String cohortId, String format) {
    return cases.outcomes(cohortId).stream()
        .filter(o -> !o.withdrawn() && !Boolean.FALSE.equals(o.attended()))
        .filter(o -> FORMAT_REUNION.equals(format) || o.wantsIntervision())
        .toList();
  }

  /** The invitees of both formats for Bureau I&D's task, in Dutch. */
  public String inviteesText(String cohortId) {
    List<ParticipantOutcome> interested = invitees(cohortId, PilotProcess.FORMAT_INTERVISION);
    List<ParticipantOutcome> everyone = invitees(cohortId, FORMAT_REUNION);
    return "Intervisie gewenst (" + interested.size() + "): " + names(interested) + "\n"
        + "Hele cohort voor een terugkomdag (" + everyone.size() + "): " + names(everyone);
  }

  /** The invitees as recipients for the notification task. */
  public String recipients(String cohortId, String format) {
    return invitees(cohortId, format).stream().map(ParticipantOutcome::email).collect(Collectors.joining(","));
  }

  private static String names(List<ParticipantOutcome> outcomes) {
    return outcomes.isEmpty() ? "-" : outcomes.stream().map(ParticipantOutcome::participantName)
        .collect(Collectors.joining(", "));
  }
}

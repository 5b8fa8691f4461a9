package nl.amsterdam.inclusion.pilot;

import nl.amsterdam.inclusion.leadershipfacts.Trajectories;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The cohort's follow-up "Leadershipfacts aanbieden": every participant who completed the journey and has no
 * trajectory yet is offered one (those who asked for it in their evaluation already were). Records how many.
 */
@Component("offerPilotLeadershipfacts")
public class OfferLeadershipfactsDelegate implements JavaDelegate {

  private final PilotCases cases;
  private final Trajectories trajectories;

  public OfferLeadershipfactsDelegate(PilotCases cases, Trajectories trajectories) {
    this.cases = cases;
    this.trajectories = trajectories;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long offered = cases.outcomes(execution.getProcessInstanceId()).stream()
        .filter(ParticipantOutcome::completed)
        .filter(o -> trajectories.offerFromPilot(o.caseId(), o.participantId(), o.participantName(), o.email(),
            o.directorate()))
        .count();
    execution.setVariable(PilotProcess.LEADERSHIPFACTS_OFFERED, offered);
  }
}

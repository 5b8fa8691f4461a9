package nl.amsterdam.inclusion.pilot;

import java.util.List;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.engine.CaseVariables.DIRECTORATE;
import static nl.amsterdam.inclusion.pilot.PilotProcess.*;

/**
 * Closes the cohort's registration: sign-ups still under review move to the waiting list, the
 * accepted participants are formed into groups and each learns its group (or that the cohort does
 * not go ahead). Concurrent changes to a participant case fail this job on optimistic locking and
 * it is retried with the new state, so nobody is left out.
 */
@Component("formPilotGroups")
public class FormGroupsDelegate implements JavaDelegate {

  private final PilotCases cases;
  private final RuntimeService runtimeService;

  public FormGroupsDelegate(PilotCases cases, RuntimeService runtimeService) {
    this.cases = cases;
    this.runtimeService = runtimeService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String cohortId = execution.getProcessInstanceId();
    for (String pending : cases.awaitingReview(cohortId)) {
      runtimeService.createMessageCorrelation(MSG_REGISTRATION_CLOSED).processInstanceId(pending).correlate();
    }
    List<GroupFormation.Candidate> candidates = cases.awaitingGroup(cohortId).stream()
        .map(caseId -> new GroupFormation.Candidate(caseId, String.valueOf(cases.variable(caseId, DIRECTORATE))))
        .toList();
    int targetSize = ((Number) execution.getVariable(TARGET_GROUP_SIZE)).intValue();
    List<List<GroupFormation.Candidate>> groups = GroupFormation.formGroups(candidates, targetSize);

    boolean cancelled = groups.isEmpty();
    for (int i = 0; i < groups.size(); i++) {
      for (GroupFormation.Candidate member : groups.get(i)) {
        assign(member.caseId(), i + 1, false);
      }
    }
    if (cancelled) {
      candidates.forEach(candidate -> assign(candidate.caseId(), null, true));
    }
    execution.setVariable(COHORT_CANCELLED, cancelled);
    execution.setVariable(GROUP_NUMBERS, IntStream.rangeClosed(1, groups.size()).boxed().toList());
  }

  private void assign(String caseId, Integer groupNumber, boolean cohortCancelled) {
    runtimeService.createMessageCorrelation(MSG_GROUP_ASSIGNED)
        .processInstanceId(caseId)
        .setVariable(GROUP_NUMBER, groupNumber)
        .setVariable(COHORT_CANCELLED, cohortCancelled)
        .correlate();
  }
}

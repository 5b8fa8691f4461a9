package nl.amsterdam.inclusion.pilot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.amsterdam.inclusion.engine.AsProcess;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.engine.CaseVariables.DIRECTORATE;
import static nl.amsterdam.inclusion.engine.CaseVariables.EMAIL;
import static nl.amsterdam.inclusion.pilot.PilotProcess.*;

/**
 * Reads across the pilot's cases: which cohort is open, who is in a group, how far the journeys
 * are. Called from delegates and expressions inside the engine, as the process ({@link AsProcess}).
 */
@Component("pilotCases")
public class PilotCases {

  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final ObjectMapper json;

  public PilotCases(RuntimeService runtimeService, HistoryService historyService, ObjectMapper json) {
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.json = json;
  }

  /** The cohort whose registration is open (earliest deadline first), if any. */
  public Optional<ProcessInstance> openCohort() {
    return AsProcess.run(() -> runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(COHORT).activityIdIn(TASK_CLOSE_REGISTRATION).list().stream()
        .min(Comparator.comparing((ProcessInstance cohort) ->
            String.valueOf(runtimeService.getVariable(cohort.getId(), SIGN_UP_DEADLINE)))));
  }

  /** Participant cases of the cohort that still wait for Bureau I&D's review. */
  public List<String> awaitingReview(String cohortId) {
    return participantsAt(cohortId, TASK_REVIEW_SIGN_UP);
  }

  /** Accepted participant cases of the cohort that wait to be placed in a group. */
  public List<String> awaitingGroup(String cohortId) {
    return participantsAt(cohortId, RECEIVE_GROUP_ASSIGNED);
  }

  private List<String> participantsAt(String cohortId, String activityId) {
    return AsProcess.run(() -> runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(PARTICIPANT).variableValueEquals(COHORT_ID, cohortId).activityIdIn(activityId)
        .orderByProcessInstanceId().asc().list().stream().map(ProcessInstance::getId).toList());
  }

  /** Running participant cases in one group of the cohort, for the group's tasks and mails. */
  public List<String> groupMembers(String cohortId, Object groupNumber) {
    return AsProcess.run(() -> runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(PARTICIPANT).variableValueEquals(COHORT_ID, cohortId)
        .variableValueEquals(GROUP_NUMBER, ((Number) groupNumber).intValue())
        .orderByProcessInstanceId().asc().list().stream().map(ProcessInstance::getId).toList());
  }

  /** The group's members as a recipient list for the notification task. */
  public String groupRecipients(String cohortId, Object groupNumber) {
    return groupMembers(cohortId, groupNumber).stream()
        .map(caseId -> (String) variable(caseId, EMAIL)).collect(Collectors.joining(","));
  }

  public Object variable(String caseId, String name) {
    return AsProcess.run(() -> runtimeService.getVariable(caseId, name));
  }

  /** Grouped participants of the cohort who have neither evaluated nor left. */
  public long openJourneys(String cohortId) {
    return AsProcess.run(() -> runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(PARTICIPANT).variableValueEquals(COHORT_ID, cohortId).list().stream()
        .filter(instance -> runtimeService.getVariable(instance.getId(), GROUP_NUMBER) != null)
        .filter(instance -> runtimeService.getVariable(instance.getId(), RATING) == null)
        .count());
  }

  /** The cohort's group sessions that took place, by group, as their coaches recorded them. */
  public List<GroupSession> groupSessions(String cohortId) {
    return AsProcess.run(() -> historyService.createHistoricVariableInstanceQuery().processInstanceId(cohortId)
        .variableName(GROUP_SESSION_RECORD).list().stream()
        .filter(v -> v.getValue() != null)
        .map(v -> readSession(v.getValue().toString()))
        .sorted(Comparator.comparingInt(GroupSession::group)).toList());
  }

  private GroupSession readSession(String record) {
    try {
      return json.readValue(record, GroupSession.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Unreadable group session record", e);
    }
  }

  /** Every grouped participant of the cohort, running or ended, with what the journey produced. */
  public List<ParticipantOutcome> outcomes(String cohortId) {
    return AsProcess.run(() -> {
      List<String> caseIds = historyService.createHistoricProcessInstanceQuery()
          .processDefinitionKey(PARTICIPANT).variableValueEquals(COHORT_ID, cohortId).list().stream()
          .map(HistoricProcessInstance::getId).toList();
      List<ParticipantOutcome> outcomes = new ArrayList<>();
      if (caseIds.isEmpty()) {
        return outcomes;
      }
      Map<String, Map<String, Object>> variables = historyService.createHistoricVariableInstanceQuery()
          .processInstanceIdIn(caseIds.toArray(String[]::new)).disableCustomObjectDeserialization().list().stream()
          .filter(v -> v.getValue() != null)
          .collect(Collectors.groupingBy(HistoricVariableInstance::getProcessInstanceId,
              Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue, (a, b) -> b)));
      for (String caseId : caseIds) {
        Map<String, Object> v = variables.getOrDefault(caseId, Map.of());
        if (v.get(GROUP_NUMBER) != null) {
          outcomes.add(new ParticipantOutcome(
              caseId,
              (String) v.get(PARTICIPANT_ID),
              (String) v.get(PARTICIPANT_NAME),
              (String) v.get(EMAIL),
              (String) v.get(FUNCTION),
              (String) v.get(DIRECTORATE),
              (String) v.get(CORE_QUESTION),
              v.containsKey(WITHDRAWAL_REASON),
              (Boolean) v.get(ATTENDED),
              v.get(RATING) == null ? null : ((Number) v.get(RATING)).intValue(),
              (String) v.get(LEARNING_YIELD),
              (String) v.get(USEFUL_ASPECTS),
              (String) v.get(IMPROVEMENT_POINTS),
              Boolean.TRUE.equals(v.get(WANTS_INTERVISION)),
              Boolean.TRUE.equals(v.get(WANTS_LEADERSHIPFACTS))));
        }
      }
      return outcomes;
    });
  }
}

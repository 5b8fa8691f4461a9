package nl.amsterdam.inclusion.monitoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.amsterdam.inclusion.dialogue.DialogueProcess;
import nl.amsterdam.inclusion.identity.Groups;
import nl.amsterdam.inclusion.leadershipfacts.LeadershipfactsProcess;
import nl.amsterdam.inclusion.learning.LearningProcess;
import nl.amsterdam.inclusion.monitoring.ProgrammeFacts.Conversation;
import nl.amsterdam.inclusion.monitoring.ProgrammeFacts.Dialogue;
import nl.amsterdam.inclusion.monitoring.ProgrammeFacts.Person;
import nl.amsterdam.inclusion.monitoring.ProgrammeFacts.PlanCheck;
import nl.amsterdam.inclusion.monitoring.ProgrammeFacts.Training;
import nl.amsterdam.inclusion.panel.PanelProcess;
import nl.amsterdam.inclusion.pilot.PilotProcess;
import nl.amsterdam.inclusion.reporting.CaseHistory;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

/**
 * Reads the programme's facts from the engine's history (and the directorates from the identity service). Only what
 * the figures need: moments, round numbers, the plan check's yes/no answers, counts; never a plan, report or name.
 */
@Component
class MonitoringHistory {

  /** The plan check's answers (form panel-check-action-plan): all four ticked means the basics are in order. */
  static final List<String> PRECONDITIONS = List.of("hasNarrative", "hasGoals", "hasInterventions", "hasOwnership");
  static final String TASK_RECORD_FOLLOW_UP = "Task_RecordFollowUp";
  static final String FOLLOW_UP_HELD = "followUpHeld";
  /** The steps at which a learning intervention is arranged: open offer, facilitated conversation, custom work. */
  static final List<String> TRAINING_ARRANGED = List.of("Task_PassOnEnrolment", "Task_AssignFacilitator",
      LearningProcess.TASK_SCHEDULE_INTERVENTION);
  static final String PARTICIPANT_COUNT = "participantCount";
  static final String TEAM_SIZE = "teamSize";
  static final String TASK_READ_FINAL_REPORT = "Task_ReadFinalReport";
  static final String TASK_RECORD_SESSION = "Task_RecordSession";
  static final String SESSION_TOOK_PLACE = "sessionTookPlace";
  static final String YES = "yes";
  /** Where a case waits: steps for people and events it waits for; automatic steps take no noticeable time. */
  static final Set<String> WAITING_STEPS = Set.of("userTask", "receiveTask", "intermediateTimer",
      "intermediateMessageCatch", "intermediateSignalCatch", "intermediateConditional");

  private final CaseHistory cases;
  private final HistoryService history;
  private final IdentityService identity;
  private final RepositoryService repository;

  MonitoringHistory(CaseHistory cases, IdentityService identity, RepositoryService repository) {
    this.cases = cases;
    this.history = cases.history();
    this.identity = identity;
    this.repository = repository;
  }

  ProgrammeFacts facts() {
    return new ProgrammeFacts(directorates(), conversations(), trainings(),
        reached(PilotProcess.PARTICIPANT, PilotProcess.TASK_FORMULATE_CASE, true),
        trajectoriesStarted(), reached(LeadershipfactsProcess.TRAJECTORY, TASK_READ_FINAL_REPORT, false),
        dialogues());
  }

  /** The finished waiting steps of a process in the period (cancelled ones left out: they did not run their course). */
  List<StepDurations.Spent> spent(String processKey, Period period) {
    List<StepDurations.Spent> spent = new ArrayList<>();
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
        .list()) {
      for (HistoricActivityInstance step : history.createHistoricActivityInstanceQuery()
          .processDefinitionId(definition.getId()).finished().finishedAfter(Date.from(period.from()))
          .finishedBefore(Date.from(period.until())).list()) {
        if (WAITING_STEPS.contains(step.getActivityType()) && !step.isCanceled() && step.getDurationInMillis() != null) {
          spent.add(new StepDurations.Spent(step.getActivityId(), step.getActivityName(), step.getDurationInMillis()));
        }
      }
    }
    return spent;
  }

  private Map<String, String> directorates() {
    Map<String, String> directorates = new LinkedHashMap<>();
    identity.createGroupQuery().groupType(Groups.TYPE_DIRECTORATE).orderByGroupName().asc().list()
        .forEach(group -> directorates.put(group.getId(), group.getName()));
    return directorates;
  }

  private List<Conversation> conversations() {
    List<HistoricProcessInstance> all = cases.cases(PanelProcess.CONVERSATION);
    Map<String, String> groups = cases.variablePerInstance(all, PanelProcess.DIRECTORATE_GROUP);
    Map<String, String> rounds = cases.variablePerInstance(all, PanelProcess.ROUND_NUMBER);
    // the follow-up runs in the conversation's called instance and counts on the conversation
    List<HistoricProcessInstance> followUps = cases.cases(PanelProcess.FOLLOW_UP);
    Map<String, String> conversationOf = CaseHistory.callers(followUps);
    Map<String, String> followUpHeld = CaseHistory.onCallers(cases.variablePerInstance(followUps, FOLLOW_UP_HELD),
        conversationOf, (one, other) -> one);
    Map<String, Instant> submitted = reachedAt(PanelProcess.CONVERSATION, PanelProcess.TASK_SUBMIT_ACTION_PLAN, true);
    Map<String, Instant> held = reachedAt(PanelProcess.CONVERSATION, PanelProcess.TASK_WRITE_REPORT, false);
    Map<String, Instant> followUp = CaseHistory.onCallers(reachedAt(PanelProcess.FOLLOW_UP, TASK_RECORD_FOLLOW_UP, true),
        conversationOf, (one, other) -> one.isBefore(other) ? one : other);
    Map<String, List<PlanCheck>> checks = checks(all);
    List<Conversation> conversations = new ArrayList<>();
    for (HistoricProcessInstance conversation : all) {
      String id = conversation.getId();
      if (groups.containsKey(id)) {
        conversations.add(new Conversation(groups.get(id), Integer.parseInt(rounds.getOrDefault(id, "0")),
            submitted.get(id), checks.getOrDefault(id, List.of()), held.get(id),
            YES.equals(followUpHeld.get(id)) ? followUp.get(id) : null));
      }
    }
    return conversations;
  }

  /** Each completed plan check with the answers as they stood when it was completed (a plan may be checked twice). */
  private Map<String, List<PlanCheck>> checks(List<HistoricProcessInstance> conversations) {
    Map<String, List<HistoricActivityInstance>> done = steps(PanelProcess.CONVERSATION,
        PanelProcess.TASK_CHECK_ACTION_PLAN, true);
    if (done.isEmpty()) {
      return Map.of();
    }
    Map<String, List<HistoricVariableUpdate>> answers = new HashMap<>();
    for (HistoricDetail detail : history.createHistoricDetailQuery().variableUpdates()
        .processInstanceIdIn(done.keySet().toArray(String[]::new)).orderByTime().asc().list()) {
      if (detail instanceof HistoricVariableUpdate update && PRECONDITIONS.contains(update.getVariableName())) {
        answers.computeIfAbsent(update.getProcessInstanceId(), id -> new ArrayList<>()).add(update);
      }
    }
    Map<String, List<PlanCheck>> checks = new HashMap<>();
    done.forEach((conversation, completed) -> completed.forEach(check -> {
      Map<String, Object> asThen = new HashMap<>();
      answers.getOrDefault(conversation, List.of()).stream()
          .filter(update -> !update.getTime().after(check.getEndTime()))
          .forEach(update -> asThen.put(update.getVariableName(), update.getValue()));
      boolean inOrder = PRECONDITIONS.stream().allMatch(answer -> Boolean.TRUE.equals(asThen.get(answer)));
      checks.computeIfAbsent(conversation, id -> new ArrayList<>()).add(new PlanCheck(check.getEndTime().toInstant(),
          inOrder));
    }));
    return checks;
  }

  private List<Training> trainings() {
    List<HistoricProcessInstance> requests = cases.cases(LearningProcess.REQUEST);
    Map<String, String> participants = cases.variablePerInstance(requests, PARTICIPANT_COUNT);
    Map<String, String> teamSizes = cases.variablePerInstance(requests, TEAM_SIZE);
    // custom work is planned in the process the request called (in the request itself before that was split off)
    Map<String, String> requestOf = new HashMap<>();
    cases.cases(LearningProcess.CUSTOM_WORK).forEach(work -> requestOf.put(work.getId(), work.getSuperProcessInstanceId()));
    Map<String, Instant> arranged = new HashMap<>();
    for (String process : List.of(LearningProcess.REQUEST, LearningProcess.CUSTOM_WORK)) {
      for (String step : TRAINING_ARRANGED) {
        reachedAt(process, step, true).forEach((instance, at) -> arranged.merge(requestOf.getOrDefault(instance, instance),
            at, (one, other) -> one.isBefore(other) ? one : other));
      }
    }
    List<Training> trainings = new ArrayList<>();
    arranged.forEach((request, at) -> trainings.add(new Training(at,
        Integer.parseInt(participants.getOrDefault(request, teamSizes.getOrDefault(request, "0"))))));
    return trainings;
  }

  /** The person of each case that reached the step (finished it, or only started it when not finishedOnly). */
  private List<Person> reached(String processKey, String activityId, boolean finishedOnly) {
    Map<String, Instant> reached = reachedAt(processKey, activityId, finishedOnly);
    List<Person> people = new ArrayList<>();
    for (HistoricProcessInstance instance : cases.cases(processKey)) {
      if (reached.containsKey(instance.getId())) {
        people.add(new Person(personOf(processKey, instance), reached.get(instance.getId())));
      }
    }
    return people;
  }

  private List<Person> trajectoriesStarted() {
    return cases.cases(LeadershipfactsProcess.TRAJECTORY).stream()
        .map(trajectory -> new Person(trajectory.getId(), trajectory.getStartTime().toInstant())).toList();
  }

  /** A Leadershipfacts trajectory is one leader's (Bureau I&D may start it for them): counted per trajectory. */
  private static String personOf(String processKey, HistoricProcessInstance instance) {
    return processKey.equals(LeadershipfactsProcess.TRAJECTORY) ? instance.getId() : CaseHistory.person(instance);
  }

  private List<Dialogue> dialogues() {
    List<HistoricProcessInstance> sessions = cases.cases(DialogueProcess.DIALOGUE);
    Map<String, String> tookPlace = cases.variablePerInstance(sessions, SESSION_TOOK_PLACE);
    Map<String, Instant> recorded = reachedAt(DialogueProcess.DIALOGUE, TASK_RECORD_SESSION, true);
    List<HistoricProcessInstance> signUps = cases.cases(DialogueProcess.SIGN_UP);
    Map<String, String> sessionOf = cases.variablePerInstance(signUps, DialogueProcess.DIALOGUE_ID);
    Map<String, String> placement = cases.variablePerInstance(signUps, DialogueProcess.PLACEMENT);
    Map<String, Set<String>> placed = new HashMap<>();
    for (HistoricProcessInstance signUp : signUps) {
      if (DialogueProcess.PLACED.equals(placement.get(signUp.getId())) && sessionOf.containsKey(signUp.getId())) {
        placed.computeIfAbsent(sessionOf.get(signUp.getId()), id -> new HashSet<>()).add(CaseHistory.person(signUp));
      }
    }
    List<Dialogue> dialogues = new ArrayList<>();
    for (HistoricProcessInstance session : sessions) {
      if (YES.equals(tookPlace.get(session.getId())) && recorded.containsKey(session.getId())) {
        dialogues.add(new Dialogue(recorded.get(session.getId()), placed.getOrDefault(session.getId(), Set.of())));
      }
    }
    return dialogues;
  }

  /** Per case of the process, its instances of the step: completed, or (when not finishedOnly) reached at all. */
  private Map<String, List<HistoricActivityInstance>> steps(String processKey, String activityId,
      boolean finishedOnly) {
    Map<String, List<HistoricActivityInstance>> perCase = new HashMap<>();
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
        .list()) {
      var query = history.createHistoricActivityInstanceQuery().processDefinitionId(definition.getId())
          .activityId(activityId);
      for (HistoricActivityInstance step : (finishedOnly ? query.finished() : query).list()) {
        // a step ended by a withdrawal or a deleted case was not done
        if (!finishedOnly || !step.isCanceled()) {
          perCase.computeIfAbsent(step.getProcessInstanceId(), id -> new ArrayList<>()).add(step);
        }
      }
    }
    return perCase;
  }

  /** Per case, the earliest moment it finished the step, or (when not finishedOnly) first started it. */
  private Map<String, Instant> reachedAt(String processKey, String activityId, boolean finishedOnly) {
    Map<String, Instant> first = new HashMap<>();
    steps(processKey, activityId, finishedOnly).forEach((instance, all) -> all.stream()
        .map(step -> (finishedOnly ? step.getEndTime() : step.getStartTime()).toInstant())
        .min(Comparator.naturalOrder()).ifPresent(at -> first.put(instance, at)));
    return first;
  }
}

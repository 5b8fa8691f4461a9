package nl.amsterdam.inclusion.reporting;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import nl.amsterdam.inclusion.dialogue.DialogueProcess;
import nl.amsterdam.inclusion.engine.CityTime;
import nl.amsterdam.inclusion.form.FormValues;
import nl.amsterdam.inclusion.identity.Groups;
import nl.amsterdam.inclusion.learning.ClusterBudgets;
import nl.amsterdam.inclusion.learning.LearningProcess;
import nl.amsterdam.inclusion.panel.PanelProcess;
import nl.amsterdam.inclusion.panel.PanelThemes;
import nl.amsterdam.inclusion.pilot.PilotProcess;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricActivityInstanceQuery;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * The process owner's figures, computed on request from the engine's history and the application's
 * own tables, so they can never drift from the cases. Aggregates only: no names, no case content.
 */
@Service
public class DashboardFigures {

  /** Pilot funnel: a stage counts a journey once the step that ends it has been completed. */
  static final Map<String, String> PILOT_STAGES = stages(
      "Aangemeld", null,
      "Case geschreven", "Task_FormulateCase",
      "Groepsbijeenkomst", "Receive_FeedbackReturned",
      "1-op-1 verfijnen", "Task_HoldRefineConversation",
      "Slotgesprek", "Task_HoldReflectConversation",
      "Geëvalueerd", "Task_EvaluatePilot");

  /** A panel conversation's status: the last of these steps it has reached. */
  static final Map<String, String> PANEL_STAGES = stages(
      "Actieplan gevraagd", "Task_SubmitActionPlan",
      "Actieplan getoetst", "Task_CheckActionPlan",
      "Panel leest", "Task_ReadActionPlan",
      "Gesprek gepland", "Task_ScheduleConversation",
      "Verslag", "Task_WriteReport",
      "Reflectie", "Task_WriteReflection",
      "Reactie panel", "Task_RespondToReflection",
      "Vervolg", "Task_DecideFollowUp");

  static final String DONE = "Afgerond";
  /** A panel conversation stopped because its directorate left the round (Bureau I&D or the round's deadline). */
  static final String WITHDRAWN = "Uit de ronde";

  public record Funnel(String cohort, List<Integer> counts) {
  }

  public record Conversation(int round, String directorate, String status) {
  }

  public record Budget(String cluster, BigDecimal amount, BigDecimal claimed, BigDecimal available) {
  }

  public record Figures(List<String> pilotStages, List<Funnel> pilotFunnel,
      List<String> panelStages, List<Conversation> panelConversations, Map<String, Integer> panelThemes,
      Map<String, Map<String, Integer>> learningRequests, List<Budget> learningBudgets,
      Map<String, Integer> overdueTasks, Map<String, Integer> dialogueSignUps) {
  }

  private final HistoryService history;
  private final TaskService tasks;
  private final IdentityService identity;
  private final ClusterBudgets budgets;
  private final PanelThemes themes;

  public DashboardFigures(HistoryService history, TaskService tasks, IdentityService identity, ClusterBudgets budgets,
      PanelThemes themes) {
    this.history = history;
    this.tasks = tasks;
    this.identity = identity;
    this.budgets = budgets;
    this.themes = themes;
  }

  public Figures compute() {
    // the panel's status table and its themes read the same conversations and round numbers
    List<HistoricProcessInstance> conversations = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(PanelProcess.CONVERSATION).list();
    Map<String, String> rounds = variablePerInstance(conversations, PanelProcess.ROUND_NUMBER);
    return new Figures(List.copyOf(PILOT_STAGES.keySet()), pilotFunnel(),
        appendDone(PANEL_STAGES.keySet()), panelConversations(conversations, rounds), panelThemes(conversations, rounds),
        learningRequests(), learningBudgets(), overdueTasks(), dialogueSignUps());
  }

  /** Per cohort and stage the people (start users) who reached it: a second sign-up of one person counts once. */
  List<Funnel> pilotFunnel() {
    List<HistoricProcessInstance> journeys = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(PilotProcess.PARTICIPANT).list();
    Map<String, String> cohortOf = variablePerInstance(journeys, PilotProcess.COHORT_ID);
    Map<String, String> cohortNames = history.createHistoricVariableInstanceQuery()
        .variableName(PilotProcess.COHORT_NAME).list().stream()
        .collect(Collectors.toMap(HistoricVariableInstance::getProcessInstanceId, v -> String.valueOf(v.getValue()),
            (a, b) -> a));
    Map<String, Set<String>> reached = activities(PILOT_STAGES.values(), true);

    Map<String, List<Set<String>>> perCohort = new TreeMap<>();
    for (HistoricProcessInstance journey : journeys) {
      String cohortId = cohortOf.get(journey.getId());
      String cohort = cohortId == null ? "Wachtlijst" : cohortNames.getOrDefault(cohortId, cohortId);
      List<Set<String>> people = perCohort.computeIfAbsent(cohort, c -> PILOT_STAGES.keySet().stream()
          .<Set<String>>map(stage -> new HashSet<>()).toList());
      int stage = 0;
      for (String activity : PILOT_STAGES.values()) {
        if (activity == null || reached.getOrDefault(journey.getId(), Set.of()).contains(activity)) {
          people.get(stage).add(person(journey));
        }
        stage++;
      }
    }
    return perCohort.entrySet().stream()
        .map(cohort -> new Funnel(cohort.getKey(), cohort.getValue().stream().map(Set::size).toList()))
        .toList();
  }

  /** Per session of the alderman's dialogue ("date: theme"), the people who signed up for it. */
  Map<String, Integer> dialogueSignUps() {
    List<HistoricProcessInstance> signUps = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(DialogueProcess.SIGN_UP).list();
    Map<String, String> sessionOf = variablePerInstance(signUps, DialogueProcess.DIALOGUE_ID);
    Map<String, String> dates = variablePerInstance(signUps, DialogueProcess.DIALOGUE_DATE);
    Map<String, String> themes = variablePerInstance(signUps, DialogueProcess.DIALOGUE_THEME);
    Map<String, Set<String>> people = new TreeMap<>();
    for (HistoricProcessInstance signUp : signUps) {
      if (sessionOf.containsKey(signUp.getId())) {
        String session = dates.get(signUp.getId()) + ": " + themes.get(signUp.getId());
        people.computeIfAbsent(session, s -> new HashSet<>()).add(person(signUp));
      }
    }
    Map<String, Integer> counts = new TreeMap<>();
    people.forEach((session, who) -> counts.put(session, who.size()));
    return counts;
  }

  /** Who a case is for: the person who started it (a case the application started counts on its own). */
  private static String person(HistoricProcessInstance started) {
    return started.getStartUserId() != null ? started.getStartUserId() : "case:" + started.getId();
  }

  private List<Conversation> panelConversations(List<HistoricProcessInstance> conversations, Map<String, String> rounds) {
    Map<String, String> directorates = variablePerInstance(conversations, PanelProcess.DIRECTORATE);
    Map<String, String> groups = variablePerInstance(conversations, PanelProcess.DIRECTORATE_GROUP);
    Map<String, Set<String>> started = activities(PANEL_STAGES.values(), false);
    Map<String, Set<String>> withdrawn = activities(List.of(PanelProcess.END_WITHDRAWN), true);
    List<Conversation> result = new ArrayList<>();
    for (HistoricProcessInstance conversation : conversations) {
      String status = conversation.getEndTime() == null ? lastStage(started.get(conversation.getId()))
          : withdrawn.containsKey(conversation.getId()) ? WITHDRAWN : DONE;
      String directorate = directorates.getOrDefault(conversation.getId(), groups.get(conversation.getId()));
      int round = rounds.containsKey(conversation.getId()) ? Integer.parseInt(rounds.get(conversation.getId())) : 0;
      result.add(new Conversation(round, directorate, status));
    }
    result.sort(Comparator.comparing(Conversation::round).reversed().thenComparing(Conversation::directorate,
        Comparator.nullsLast(Comparator.naturalOrder())));
    return result;
  }

  /** Theme counts over the reports of the latest round that has any. */
  private Map<String, Integer> panelThemes(List<HistoricProcessInstance> conversations, Map<String, String> rounds) {
    if (conversations.isEmpty()) {
      return Map.of();
    }
    Map<String, String> names = themes.all().stream()
        .collect(Collectors.toMap(PanelThemes.Theme::id, PanelThemes.Theme::name));
    Map<Integer, Map<String, Integer>> perRound = new TreeMap<>();
    for (HistoricVariableInstance tagged : history.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(ids(conversations)).variableName(PanelProcess.REPORT_THEMES).list()) {
      int round = Integer.parseInt(rounds.getOrDefault(tagged.getProcessInstanceId(), "0"));
      Map<String, Integer> counts = perRound.computeIfAbsent(round, r -> new TreeMap<>());
      for (String theme : FormValues.strings(tagged.getValue())) {
        counts.merge(names.getOrDefault(theme, theme), 1, Integer::sum);
      }
    }
    return perRound.isEmpty() ? Map.of() : ((TreeMap<Integer, Map<String, Integer>>) perRound).lastEntry().getValue();
  }

  /** Learning requests per outcome, then per cluster. */
  Map<String, Map<String, Integer>> learningRequests() {
    List<HistoricProcessInstance> requests = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(LearningProcess.REQUEST).list();
    Map<String, String> clusters = variablePerInstance(requests, LearningProcess.CLUSTER);
    Map<String, Map<String, Integer>> result = new LinkedHashMap<>();
    for (String status : List.of("Lopend", "Ingeschreven of uitgevoerd", "Afgewezen", "Ingetrokken")) {
      result.put(status, new TreeMap<>());
    }
    for (HistoricProcessInstance request : requests) {
      String status = learningStatus(request);
      result.get(status).merge(clusters.getOrDefault(request.getId(), "onbekend"), 1, Integer::sum);
    }
    return result;
  }

  static String learningStatus(HistoricProcessInstance request) {
    if (request.getEndTime() == null) {
      return "Lopend";
    }
    String end = String.valueOf(request.getEndActivityId());
    if (end.equals("End_RequestWithdrawn")) {
      return "Ingetrokken";
    }
    // End_Enrolled: open-offer cases of the model versions before enrolments were passed on and followed up
    if (Set.of("End_Enrolled", "End_FollowedUp").contains(end)) {
      return "Ingeschreven of uitgevoerd";
    }
    return "Afgewezen";
  }

  List<Budget> learningBudgets() {
    int year = Year.now(CityTime.ZONE).getValue();
    return budgets.all().stream().filter(status -> status.year() == year)
        .map(status -> new Budget(status.cluster(), status.amount(), status.claimed(), status.available()))
        .toList();
  }

  /** Open tasks past their due date, per role (the candidate group, else the assignee's role). */
  Map<String, Integer> overdueTasks() {
    Map<String, String> roleNames = identity.createGroupQuery().groupIdIn(Groups.ROLES.toArray(String[]::new)).list()
        .stream().collect(Collectors.toMap(Group::getId, Group::getName));
    Map<String, Integer> result = new TreeMap<>();
    for (Task task : tasks.createTaskQuery().dueBefore(new Date()).list()) {
      result.merge(roleNames.getOrDefault(roleOf(task), "overig"), 1, Integer::sum);
    }
    return result;
  }

  private String roleOf(Task task) {
    for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        return roleOfGroup(link.getGroupId());
      }
    }
    if (task.getAssignee() != null) {
      return identity.createGroupQuery().groupMember(task.getAssignee()).list().stream().map(Group::getId)
          .filter(Groups.ROLES::contains).findFirst().orElse(null);
    }
    return null;
  }

  static String roleOfGroup(String groupId) {
    if (groupId.startsWith("directorate-") && !groupId.equals(Groups.DIRECTORATE_LEADS)) {
      return Groups.DIRECTORATE_LEADS;
    }
    if (groupId.startsWith(Groups.ACCOUNT_MANAGERS + "-")) {
      return Groups.ACCOUNT_MANAGERS;
    }
    return groupId;
  }

  private Map<String, String> variablePerInstance(List<HistoricProcessInstance> instances, String name) {
    if (instances.isEmpty()) {
      return Map.of();
    }
    Map<String, String> values = new HashMap<>();
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(ids(instances)).variableName(name).list()) {
      boolean processLevel = variable.getProcessInstanceId().equals(variable.getActivityInstanceId());
      // the case's own variable wins over a local copy in a task or sub-process
      if (variable.getValue() != null && (processLevel || !values.containsKey(variable.getProcessInstanceId()))) {
        values.put(variable.getProcessInstanceId(), String.valueOf(variable.getValue()));
      }
    }
    return values;
  }

  /** Per case, which of the given activities it has completed (or only reached, when not finishedOnly). */
  private Map<String, Set<String>> activities(Collection<String> activityIds, boolean finishedOnly) {
    Map<String, Set<String>> perCase = new HashMap<>();
    for (String activityId : activityIds) {
      if (activityId == null) {
        continue;
      }
      HistoricActivityInstanceQuery query = history.createHistoricActivityInstanceQuery().activityId(activityId);
      for (HistoricActivityInstance done : (finishedOnly ? query.finished() : query).list()) {
        perCase.computeIfAbsent(done.getProcessInstanceId(), id -> new HashSet<>()).add(activityId);
      }
    }
    return perCase;
  }

  private static String lastStage(Set<String> started) {
    String last = PANEL_STAGES.keySet().iterator().next();
    for (Map.Entry<String, String> stage : PANEL_STAGES.entrySet()) {
      if (started != null && started.contains(stage.getValue())) {
        last = stage.getKey();
      }
    }
    return last;
  }

  private static List<String> appendDone(Set<String> stages) {
    List<String> all = new ArrayList<>(stages);
    all.add(DONE);
    all.add(WITHDRAWN);
    return all;
  }

  private static String[] ids(List<HistoricProcessInstance> instances) {
    return instances.stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
  }

  private static Map<String, String> stages(String... labelsAndActivities) {
    Map<String, String> stages = new LinkedHashMap<>();
    for (int i = 0; i < labelsAndActivities.length; i += 2) {
      stages.put(labelsAndActivities[i], labelsAndActivities[i + 1]);
    }
    return stages;
  }
}

package nl.amsterdam.inclusion.identity;

import java.sql.Timestamp;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.amsterdam.inclusion.engine.AsSystem;
import nl.amsterdam.inclusion.engine.CityTime;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the application holds about one person, for a privacy request that Bureau I&D handles: the account and its
 * groups, the cases the person started (running and finished, with their data), the tasks they were given, the mails
 * sent to them, and the budget claims and Leadershipfacts costs of their cases. Erasing removes it where the retention
 * rules allow: not while a case of theirs still runs (it must be withdrawn or finished first), and budget claims stay as
 * the cluster's financial record, which names no person. Documents a person handed in for their directorate (the
 * growth panel's action plan and directorate plan) are the directorate's and stay with its conversation; who handed them
 * in (the engine's user operation log) is exported and erased. Every request is recorded ({@code app_privacy_request}).
 */
@Service
public class PersonalData {

  /** LearningProcess.REQUESTER_ID: an employee's learning request names its leader here once the leader took it over. */
  private static final String REQUESTER_ID = "requesterId";

  public static final String EXPORT = "EXPORT";
  public static final String ERASE = "ERASE";

  /** What the forms show of the growth panel's documents (panel.PanelProcess#nameFieldOf): name and size. */
  private static final List<String> PLAN_DOCUMENT_NAMES = List.of("actionPlanDocumentName", "directoratePlanDocumentName");

  /** The outcome of an erasure: done, or refused with the cases still running. */
  public record Erasure(boolean erased, List<String> runningCases, int finishedCasesRemoved, int mailsRemoved) {
  }

  private final IdentityService identityService;
  private final HistoryService historyService;
  private final JdbcTemplate jdbc;
  private final AsSystem asSystem;

  public PersonalData(IdentityService identityService, HistoryService historyService, JdbcTemplate jdbc,
      AsSystem asSystem) {
    this.identityService = identityService;
    this.historyService = historyService;
    this.jdbc = jdbc;
    this.asSystem = asSystem;
  }

  @Transactional
  public Map<String, Object> export(String userId, String requestedBy) {
    Map<String, Object> export = asSystem.run(() -> collect(userId));
    record(userId, EXPORT, requestedBy, "exported " + ((List<?>) export.get("cases")).size() + " cases");
    return export;
  }

  @Transactional
  public Erasure erase(String userId, String requestedBy) {
    Erasure erasure = asSystem.run(() -> {
      List<HistoricProcessInstance> cases = casesOf(userId);
      List<String> running = cases.stream().filter(c -> c.getEndTime() == null).map(HistoricProcessInstance::getId).toList();
      if (!running.isEmpty()) {
        return new Erasure(false, running, 0, 0);
      }
      String email = emailOf(userId);
      List<String> finished = cases.stream().map(HistoricProcessInstance::getId).toList();
      if (!finished.isEmpty()) {
        historyService.deleteHistoricProcessInstancesIfExists(finished);
      }
      int mails = email == null ? 0 : jdbc.update("DELETE FROM app_notification_log WHERE LOWER(recipient) = LOWER(?)", email);
      if (email != null) {
        jdbc.update("DELETE FROM app_calendar_invitation WHERE attendee = LOWER(?)", email);
      }
      jdbc.update("UPDATE app_leadershipfacts_cost SET leader_id = ?, leader_name = ? WHERE leader_id = ?",
          "geanonimiseerd", "geanonimiseerd", userId);
      // who handed in a directorate's documents: the documents stay with the directorate's conversation
      uploadsOf(userId).forEach(upload -> historyService.deleteUserOperationLogEntry(upload.getId()));
      if (identityService.createUserQuery().userId(userId).count() > 0) {
        identityService.deleteUser(userId);
      }
      return new Erasure(true, List.of(), finished.size(), mails);
    });
    record(userId, ERASE, requestedBy, erasure.erased()
        ? "erased " + erasure.finishedCasesRemoved() + " cases and " + erasure.mailsRemoved() + " mails"
        : "refused: running cases " + String.join(", ", erasure.runningCases()));
    return erasure;
  }

  private Map<String, Object> collect(String userId) {
    Map<String, Object> export = new LinkedHashMap<>();
    User user = identityService.createUserQuery().userId(userId).singleResult();
    export.put("account", user == null ? null : Map.of("id", user.getId(), "firstName", nullToEmpty(user.getFirstName()),
        "lastName", nullToEmpty(user.getLastName()), "email", nullToEmpty(user.getEmail())));
    export.put("groups", identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList());
    export.put("leader", identityService.getUserInfo(userId, Leaders.INFO_KEY));
    List<HistoricProcessInstance> cases = casesOf(userId);
    export.put("cases", cases.stream().map(this::caseOf).toList());
    export.put("tasks", historyService.createHistoricTaskInstanceQuery().taskAssignee(userId).list().stream()
        .map(PersonalData::taskOf).toList());
    String email = emailOf(userId);
    export.put("mails", email == null ? List.of() : jdbc.queryForList(
        "SELECT template, sent_at, process_instance_id FROM app_notification_log WHERE LOWER(recipient) = LOWER(?)"
            + " ORDER BY sent_at", email));
    export.put("calendarInvitations", email == null ? List.of() : jdbc.queryForList(
        "SELECT method, summary, starts_at, location, sequence_number, process_instance_id FROM app_calendar_invitation"
            + " WHERE attendee = LOWER(?) ORDER BY recorded_at", email));
    List<String> caseIds = cases.stream().map(HistoricProcessInstance::getId).toList();
    export.put("budgetClaims", caseIds.stream().flatMap(id -> jdbc.queryForList(
        "SELECT request_reference, cluster, budget_year, amount, status FROM app_budget_claim WHERE process_instance_id = ?",
        id).stream()).toList());
    export.put("documentUploads", uploadsOf(userId).stream().map(this::uploadOf).toList());
    export.put("leadershipfactsCosts", jdbc.queryForList(
        "SELECT price_category, amount, recorded_at FROM app_leadershipfacts_cost WHERE leader_id = ?", userId));
    return export;
  }

  /** The person's uploads of a directorate's documents: a person's writes to a conversation's variables are only those. */
  private List<UserOperationLogEntry> uploadsOf(String userId) {
    return historyService.createUserOperationLogQuery().userId(userId)
        .operationType(UserOperationLogEntry.OPERATION_TYPE_SET_VARIABLE).entityType(EntityTypes.VARIABLE)
        .processDefinitionKey(AccessModel.GROWTH_PANEL_CONVERSATION)
        .orderByTimestamp().asc().list();
  }

  /** An upload as exported: when, in which case, and the documents the case holds now (not their content). */
  private Map<String, Object> uploadOf(UserOperationLogEntry upload) {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("process", upload.getProcessDefinitionKey());
    summary.put("case", upload.getProcessInstanceId());
    summary.put("uploaded", upload.getTimestamp());
    summary.put("documents", historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(upload.getProcessInstanceId())
        .variableNameIn(PLAN_DOCUMENT_NAMES.toArray(String[]::new)).list().stream()
        .map(variable -> String.valueOf(variable.getValue())).toList());
    return summary;
  }

  /**
   * The person's cases (started by them, or an employee's learning request they took over as its requester), then
   * the cases they called: a request's custom work holds a copy of the person's data.
   */
  private List<HistoricProcessInstance> casesOf(String userId) {
    Map<String, HistoricProcessInstance> cases = new LinkedHashMap<>();
    Deque<HistoricProcessInstance> toAdd = new ArrayDeque<>(historyService.createHistoricProcessInstanceQuery()
        .startedBy(userId).orderByProcessInstanceStartTime().asc().list());
    toAdd.addAll(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(AccessModel.LEARNING_REQUEST)
        .variableValueEquals(REQUESTER_ID, userId).orderByProcessInstanceStartTime().asc().list());
    while (!toAdd.isEmpty()) {
      HistoricProcessInstance instance = toAdd.pop();
      if (cases.putIfAbsent(instance.getId(), instance) == null) {
        toAdd.addAll(historyService.createHistoricProcessInstanceQuery().superProcessInstanceId(instance.getId()).list());
      }
    }
    return List.copyOf(cases.values());
  }

  private Map<String, Object> caseOf(HistoricProcessInstance instance) {
    Map<String, Object> data = new TreeMap<>();
    historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).disableCustomObjectDeserialization()
        .list().forEach(variable -> data.put(variable.getName(), String.valueOf(variable.getValue())));
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("process", instance.getProcessDefinitionKey());
    summary.put("reference", instance.getBusinessKey());
    summary.put("started", instance.getStartTime());
    summary.put("ended", instance.getEndTime());
    summary.put("data", data);
    return summary;
  }

  private static Map<String, Object> taskOf(HistoricTaskInstance task) {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("task", task.getName());
    summary.put("process", task.getProcessDefinitionKey());
    summary.put("created", task.getStartTime());
    summary.put("completed", task.getEndTime());
    return summary;
  }

  private String emailOf(String userId) {
    User user = identityService.createUserQuery().userId(userId).singleResult();
    return user == null ? null : user.getEmail();
  }

  private void record(String userId, String kind, String requestedBy, String outcome) {
    jdbc.update("INSERT INTO app_privacy_request (subject_user_id, kind, requested_by, requested_at, outcome)"
        + " VALUES (?, ?, ?, ?, ?)", userId, kind, requestedBy, Timestamp.from(CityTime.instant()), outcome);
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}

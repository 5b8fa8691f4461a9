package nl.amsterdam.inclusion.panel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.amsterdam.inclusion.engine.AsSystem;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Service;

import static nl.amsterdam.inclusion.engine.CaseVariables.DIRECTORATE;

/**
 * The growth-panel documents page: the action plans and directorate plans a person may hand in or open, with the
 * conversation's own confidentiality. Runs with the caller's login: what the engine lets them see decides. A directorate's
 * lead sees and replaces the documents while their "Actieplan aanleveren" is open; Bureau I&D opens them while its check
 * is open; the panel and the moderator open them in every conversation they follow ({@code AccessModel.CONFIDENTIAL}).
 * Uploads go through the engine ({@link PlanDocumentRule} checks them there), never around it.
 */
@Service
public class PanelDocuments {

  /** A document of a conversation: which one, and what it holds ("actieplan.pdf (245 kB)"), or null when not yet there. */
  public record Document(String variable, String label, String file) {
  }

  /** A conversation as the page shows it; {@code uploadTaskId} only while the caller may hand in its documents. */
  public record Conversation(String caseId, String directorate, Object round, String uploadTaskId, List<Document> documents) {
  }

  /** A document to download. */
  public record Download(String fileName, String mimeType, byte[] content) {
  }

  private final TaskService taskService;
  private final HistoryService historyService;
  private final AsSystem asSystem;

  public PanelDocuments(TaskService taskService, HistoryService historyService, AsSystem asSystem) {
    this.taskService = taskService;
    this.historyService = historyService;
    this.asSystem = asSystem;
  }

  /** The running conversations whose documents the signed-in person may open or hand in. */
  public List<Conversation> conversations() {
    Map<String, String> uploadTasks = new LinkedHashMap<>();
    for (Task task : taskService.createTaskQuery().processDefinitionKey(PanelProcess.CONVERSATION)
        .taskDefinitionKey(PanelProcess.TASK_SUBMIT_ACTION_PLAN).active().list()) {
      uploadTasks.put(task.getProcessInstanceId(), task.getId());
    }
    Set<String> cases = new LinkedHashSet<>(uploadTasks.keySet());
    taskService.createTaskQuery().processDefinitionKey(PanelProcess.CONVERSATION).list()
        .forEach(task -> cases.add(task.getProcessInstanceId()));
    historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PanelProcess.CONVERSATION).unfinished()
        .orderByProcessInstanceStartTime().desc().list().stream().map(HistoricProcessInstance::getId).forEach(cases::add);
    return asSystem.run(() -> cases.stream().map(id -> conversation(id, uploadTasks.get(id))).toList());
  }

  /**
   * Hands in one document on the task, as the signed-in person: the engine checks who may and what ({@link
   * PlanDocumentRule}), and refuses a bad file at its field with nothing stored.
   */
  public void upload(String taskId, String variable, String fileName, byte[] content) {
    taskService.setVariable(taskId, variable, Variables.fileValue(fileName == null ? "" : fileName).file(content).create());
  }

  /** The document, if the signed-in person may open the conversation's documents; empty otherwise (nothing told). */
  public Optional<Download> download(String caseId, String variable) {
    if (!PanelProcess.PLAN_DOCUMENTS.contains(variable) || !mayOpen(caseId)) {
      return Optional.empty();
    }
    return asSystem.run(() -> Optional.ofNullable(historyService.createHistoricVariableInstanceQuery()
            .processInstanceId(caseId).variableName(variable).singleResult())
        .map(HistoricVariableInstance::getTypedValue)
        .filter(FileValue.class::isInstance).map(FileValue.class::cast)
        .map(file -> new Download(file.getFilename(), file.getMimeType(), bytes(file))));
  }

  /**
   * Whether the signed-in person may open the conversation's documents: they follow it (the engine's history grant of
   * the panel and its moderator) or hold one of its steps (the directorate's leads, Bureau I&D at its check).
   */
  private boolean mayOpen(String caseId) {
    return historyService.createHistoricProcessInstanceQuery().processInstanceId(caseId)
        .processDefinitionKey(PanelProcess.CONVERSATION).count() > 0
        || taskService.createTaskQuery().processInstanceId(caseId).processDefinitionKey(PanelProcess.CONVERSATION).count() > 0;
  }

  private Conversation conversation(String caseId, String uploadTaskId) {
    Map<String, Object> values = new LinkedHashMap<>();
    historyService.createHistoricVariableInstanceQuery().processInstanceId(caseId)
        .variableNameIn(DIRECTORATE, PanelProcess.DIRECTORATE_GROUP, PanelProcess.ROUND_NUMBER,
            PanelProcess.nameFieldOf(PanelProcess.ACTION_PLAN_DOCUMENT),
            PanelProcess.nameFieldOf(PanelProcess.DIRECTORATE_PLAN_DOCUMENT))
        .list().forEach(variable -> values.put(variable.getName(), variable.getValue()));
    List<Document> documents = new ArrayList<>();
    for (String document : PanelProcess.PLAN_DOCUMENTS) {
      Object file = values.get(PanelProcess.nameFieldOf(document));
      documents.add(new Document(document, PanelProcess.labelOf(document), file == null ? null : file.toString()));
    }
    Object directorate = values.getOrDefault(DIRECTORATE, values.get(PanelProcess.DIRECTORATE_GROUP));
    return new Conversation(caseId, directorate == null ? null : directorate.toString(), values.get(PanelProcess.ROUND_NUMBER),
        uploadTaskId, documents);
  }

  private static byte[] bytes(FileValue file) {
    try (InputStream in = file.getValue()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

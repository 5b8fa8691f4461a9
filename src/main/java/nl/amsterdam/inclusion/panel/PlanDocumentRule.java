package nl.amsterdam.inclusion.panel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.amsterdam.inclusion.form.FieldError;
import nl.amsterdam.inclusion.form.SubmissionRule;
import nl.amsterdam.inclusion.form.UploadRule;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * The action plan and the directorate plan are handed in as documents at "Actieplan aanleveren": only there, only as
 * the case's PDF or Word files within the size limit ({@link PlanDocuments}), each stored with the name the forms show;
 * and the step is completed only with both. The engine applies it to every write ({@link UploadRule}) and every
 * completion ({@link SubmissionRule}), so the documents page, {@code /engine-rest} and Tasklist meet the same rule.
 */
@Component
public class PlanDocumentRule implements UploadRule, SubmissionRule {

  static final String FORM_ID = "panel-submit-action-plan";
  static final String MISSING = "ontbreekt: upload het bestand (PDF of Word) op de pagina Documenten groeipanel";
  static final String NOT_A_FILE = "moet een bestand zijn (PDF of Word)";
  static final String NOT_A_DOCUMENT = "is geen document van deze stap";
  static final String LOCAL = "hoort bij de zaak: sla het niet als variabele van alleen de taak op";

  private final RepositoryService repositoryService;
  private final TaskService taskService;

  public PlanDocumentRule(RepositoryService repositoryService, TaskService taskService) {
    this.repositoryService = repositoryService;
    this.taskService = taskService;
  }

  @Override
  public String formId() {
    return FORM_ID;
  }

  @Override
  public boolean covers(Task task) {
    return PanelProcess.TASK_SUBMIT_ACTION_PLAN.equals(task.getTaskDefinitionKey()) && task.getProcessDefinitionId() != null
        && PanelProcess.CONVERSATION.equals(repositoryService.getProcessDefinition(task.getProcessDefinitionId()).getKey());
  }

  @Override
  public java.util.Set<String> documents() {
    return java.util.Set.copyOf(PanelProcess.PLAN_DOCUMENTS);
  }

  @Override
  public Upload check(Task task, Map<String, TypedValue> values, boolean local) {
    List<FieldError> errors = new ArrayList<>();
    Map<String, Object> stored = new LinkedHashMap<>();
    if (values.isEmpty()) {
      errors.add(new FieldError(PanelProcess.ACTION_PLAN_DOCUMENT, PanelProcess.labelOf(PanelProcess.ACTION_PLAN_DOCUMENT),
          NOT_A_FILE));
    }
    values.forEach((name, value) -> {
      if (!PanelProcess.PLAN_DOCUMENTS.contains(name)) {
        errors.add(new FieldError(name, name, NOT_A_DOCUMENT));
        return;
      }
      String field = PanelProcess.nameFieldOf(name);
      String label = PanelProcess.labelOf(name);
      if (local) {
        errors.add(new FieldError(field, label, LOCAL));
      } else if (!(value instanceof FileValue file) || file.isTransient() || file.getValue() == null) {
        errors.add(new FieldError(field, label, NOT_A_FILE));
      } else {
        byte[] content = read(file);
        PlanDocuments.Verdict verdict = PlanDocuments.check(file.getFilename(), content);
        if (!verdict.accepted()) {
          errors.add(new FieldError(field, label, verdict.refusal()));
        } else {
          stored.put(name, Variables.fileValue(verdict.fileName()).file(content).mimeType(verdict.kind().mimeType())
              .create());
          stored.put(field, verdict.fileName() + " (" + PlanDocuments.size(content.length) + ")");
        }
      }
    });
    return errors.isEmpty() ? new Upload(List.of(), stored) : new Upload(List.copyOf(errors), Map.of());
  }

  /** Completing the step: both documents are in the case (uploaded before, or kept from a version sent back). */
  @Override
  public List<FieldError> check(Task task, Map<String, Object> submitted) {
    List<FieldError> errors = new ArrayList<>();
    for (String document : PanelProcess.PLAN_DOCUMENTS) {
      if (!(taskService.getVariableTyped(task.getId(), document, false) instanceof FileValue)) {
        errors.add(new FieldError(PanelProcess.nameFieldOf(document), PanelProcess.labelOf(document), MISSING));
      }
    }
    return errors;
  }

  /** At most one byte more than allowed: enough to refuse a larger file without holding all of it twice. */
  private static byte[] read(FileValue file) {
    try (InputStream in = file.getValue()) {
      return in.readNBytes(PlanDocuments.MAX_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

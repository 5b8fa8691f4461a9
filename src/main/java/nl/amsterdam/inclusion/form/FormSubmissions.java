package nl.amsterdam.inclusion.form;

import java.time.ZoneId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * Server-side validation of Camunda Form submissions. Looks up the form a task or start event
 * declares ({@code camunda:formRef}) and checks the submitted values against it. Used by the REST
 * guard for Tasklist and API clients, and by Java callers that submit forms.
 */
@Service
public class FormSubmissions {

  private final FormService formService;
  private final TaskService taskService;
  private final RepositoryService repositoryService;

  private final List<SubmissionRule> rules;

  public FormSubmissions(FormService formService, TaskService taskService, RepositoryService repositoryService,
      List<SubmissionRule> rules) {
    this.formService = formService;
    this.taskService = taskService;
    this.repositoryService = repositoryService;
    this.rules = rules;
  }

  /** Errors of a task form submission; empty when valid or when the task has no Camunda Form. */
  public List<FieldError> validateTask(String taskId, Map<String, Object> variables) {
    Task task = taskService.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
    if (task == null || task.getCamundaFormRef() == null) {
      return List.of();
    }
    FormSchema schema = FormSchemaParser.parse(formService.getDeployedTaskForm(taskId));
    List<FieldError> errors = new ArrayList<>(
        FormSubmissionValidator.validate(schema, variables, key -> taskService.getVariable(taskId, key), today()));
    rules.stream().filter(rule -> rule.formId().equals(schema.id()))
        .forEach(rule -> errors.addAll(rule.check(task, variables)));
    return errors;
  }

  /** Errors of a start form submission; empty when valid or when the start event has no Camunda Form. */
  public List<FieldError> validateStart(String processDefinitionId, Map<String, Object> variables) {
    CamundaFormRef formRef = formService.getStartFormData(processDefinitionId).getCamundaFormRef();
    if (formRef == null) {
      return List.of();
    }
    FormSchema schema = FormSchemaParser.parse(formService.getDeployedStartForm(processDefinitionId));
    return FormSubmissionValidator.validate(schema, variables, key -> null, today());
  }

  /** The latest version of a process, as REST's {@code process-definition/key/...} resolves it. */
  public Optional<String> latestDefinitionId(String key, String tenantId) {
    var query = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion();
    query = tenantId == null ? query.withoutTenantId() : query.tenantIdIn(tenantId);
    return Optional.ofNullable(query.singleResult()).map(ProcessDefinition::getId);
  }

  /** Validates, then submits the task form; throws {@link FormValidationException} and keeps the task open. */
  public void submitTask(String taskId, Map<String, Object> variables) {
    List<FieldError> errors = validateTask(taskId, variables);
    if (!errors.isEmpty()) {
      throw new FormValidationException(errors);
    }
    formService.submitTaskForm(taskId, variables);
  }

  /** Validates, then starts the process through its start form. */
  public ProcessInstance submitStart(String processDefinitionId, Map<String, Object> variables) {
    List<FieldError> errors = validateStart(processDefinitionId, variables);
    if (!errors.isEmpty()) {
      throw new FormValidationException(errors);
    }
    return formService.submitStartForm(processDefinitionId, variables);
  }

  /** The engine's today, so that tests which move the engine clock see the same "past". */
  private static LocalDate today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
  }
}

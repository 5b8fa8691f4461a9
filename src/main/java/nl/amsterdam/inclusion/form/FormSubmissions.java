package nl.amsterdam.inclusion.form;

import java.time.ZoneId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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

  /**
   * What the server makes of a submission: the errors (none when valid), and the read-only fields,
   * which are not stored again. Tasklist sends them back, sometimes as text where the case holds a
   * number; storing them would change the variable's type.
   */
  public record Verdict(List<FieldError> errors, Set<String> readOnlyFields) {

    static final Verdict NO_FORM = new Verdict(List.of(), Set.of());

    public Map<String, Object> storable(Map<String, Object> variables) {
      Map<String, Object> storable = new LinkedHashMap<>(variables);
      readOnlyFields.forEach(storable::remove);
      return storable;
    }
  }

  /** The verdict on a task form submission; no errors when the task has no Camunda Form. */
  public Verdict validateTask(String taskId, Map<String, Object> variables) {
    Task task = taskService.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
    if (task == null || task.getCamundaFormRef() == null) {
      return Verdict.NO_FORM;
    }
    FormSchema schema = FormSchemaParser.parse(formService.getDeployedTaskForm(taskId));
    // one read of the case's variables, only when a field needs them (read-only values, FEEL, options), and only of
    // the form's own: the case may hold many more, some of them serialized objects that are costly to read
    AtomicReference<Map<String, Object>> caseVariables = new AtomicReference<>();
    Function<String, Object> caseVariable = key -> caseVariables
        .updateAndGet(read -> read != null ? read : taskService.getVariables(taskId, variablesOf(schema))).get(key);
    List<FieldError> errors = new ArrayList<>(FormSubmissionValidator.validate(schema, variables, caseVariable, today()));
    rules.stream().filter(rule -> rule.formId().equals(schema.id()))
        .forEach(rule -> errors.addAll(rule.check(task, variables)));
    return new Verdict(errors, readOnlyFields(schema));
  }

  /** The verdict on a start form submission; no errors when the start event has no Camunda Form. */
  public Verdict validateStart(String processDefinitionId, Map<String, Object> variables) {
    CamundaFormRef formRef = formService.getStartFormData(processDefinitionId).getCamundaFormRef();
    if (formRef == null) {
      return Verdict.NO_FORM;
    }
    FormSchema schema = FormSchemaParser.parse(formService.getDeployedStartForm(processDefinitionId));
    return new Verdict(FormSubmissionValidator.validate(schema, variables, key -> null, today()), readOnlyFields(schema));
  }

  /** The variables validation may read: the form's fields and the variables its selects take their options from. */
  private static Set<String> variablesOf(FormSchema schema) {
    Set<String> names = new HashSet<>(schema.fields().keySet());
    schema.fields().values().stream().map(FormField::valuesKey).filter(Objects::nonNull).forEach(names::add);
    return names;
  }

  private static Set<String> readOnlyFields(FormSchema schema) {
    return schema.fields().values().stream().filter(FormField::readOnly).map(FormField::key).collect(Collectors.toSet());
  }

  /** The latest version of a process, as REST's {@code process-definition/key/...} resolves it. */
  public Optional<String> latestDefinitionId(String key, String tenantId) {
    var query = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion();
    query = tenantId == null ? query.withoutTenantId() : query.tenantIdIn(tenantId);
    return Optional.ofNullable(query.singleResult()).map(ProcessDefinition::getId);
  }

  /** Validates, then submits the task form; throws {@link FormValidationException} and keeps the task open. */
  public void submitTask(String taskId, Map<String, Object> variables) {
    Verdict verdict = validateTask(taskId, variables);
    if (!verdict.errors().isEmpty()) {
      throw new FormValidationException(verdict.errors());
    }
    formService.submitTaskForm(taskId, verdict.storable(variables));
  }

  /** Validates, then starts the process through its start form. */
  public ProcessInstance submitStart(String processDefinitionId, Map<String, Object> variables) {
    Verdict verdict = validateStart(processDefinitionId, variables);
    if (!verdict.errors().isEmpty()) {
      throw new FormValidationException(verdict.errors());
    }
    return formService.submitStartForm(processDefinitionId, verdict.storable(variables));
  }

  /** The engine's today, so that tests which move the engine clock see the same "past". */
  private static LocalDate today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
  }
}

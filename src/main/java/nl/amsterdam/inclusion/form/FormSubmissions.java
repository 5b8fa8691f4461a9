package nl.amsterdam.inclusion.form;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import nl.amsterdam.inclusion.engine.CityTime;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Service;

/**
 * Server-side validation of Camunda Form submissions. Looks up the form a task or start event declares
 * ({@code camunda:formRef}) and checks the submitted values against it, on the state the case would be in. Called by
 * {@link nl.amsterdam.inclusion.security.EngineRules} for every task completion and form start, whichever API it
 * came through; fails closed: a form that cannot be loaded is an error, and a step without a form takes no values.
 */
@Service
public class FormSubmissions {

  private final FormService formService;
  private final TaskService taskService;
  private final RepositoryService repositoryService;
  private final IdentityService identityService;

  private final AccountPrefill accountPrefill;
  private final List<SubmissionRule> rules;
  private final List<StartFormOptions> startOptions;
  private final List<UploadRule> uploads;

  public FormSubmissions(FormService formService, TaskService taskService, RepositoryService repositoryService,
      IdentityService identityService, AccountPrefill accountPrefill, List<SubmissionRule> rules,
      List<StartFormOptions> startOptions, List<UploadRule> uploads) {
    this.uploads = uploads;
    this.startOptions = startOptions;
    this.accountPrefill = accountPrefill;
    this.formService = formService;
    this.taskService = taskService;
    this.repositoryService = repositoryService;
    this.identityService = identityService;
    this.rules = rules;
  }

  /**
   * What the server makes of a submission: the errors (none when valid); the submitted fields that are not
   * stored: read-only ones (Tasklist sends them back, sometimes as text where the case holds a number) and hidden
   * ones (form-js leaves them out; a value sent for them is not the user's answer); and the values the engine stores
   * in place of what was sent: typed Dutch input as it reads ({@link DutchInput}: "4.800" as 4800) and a start form's
   * fields taken from the starter's account ({@link AccountPrefill}).
   */
  public record Verdict(List<FieldError> errors, Set<String> discarded, Map<String, Object> filled) {
  }

  /** The verdict on completing the task with these values. */
  public Verdict validateTask(String taskId, Map<String, Object> submission) {
    Task task = taskService.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
    if (task == null) {
      return new Verdict(List.of(), Set.of(), Map.of()); // the engine answers "not found" itself
    }
    if (task.getCamundaFormRef() == null) {
      return withoutForm(asSubmitted(submission));
    }
    FormSchema schema = FormSchemaParser.parse(formService.getDeployedTaskForm(taskId));
    Map<String, Object> submitted = asSubmitted(submission);
    Map<String, Object> read = DutchInput.read(schema, submitted);
    submitted.putAll(read);
    // one read of the case's variables, only of the form's own: the case may hold many more, some of them
    // serialized objects that are costly to read
    Map<String, Object> stored = asStored(taskService.getVariablesTyped(taskId, variablesOf(schema), true));
    List<FieldError> errors =
        new ArrayList<>(FormSubmissionValidator.validate(schema, submitted, stored::get, CityTime.today()));
    rules.stream().filter(rule -> rule.formId().equals(schema.id()))
        .forEach(rule -> errors.addAll(rule.check(task, submitted)));
    return new Verdict(errors, FormSubmissionValidator.discarded(schema, submitted, stored::get), read);
  }

  /**
   * The verdict on starting the process with these values. Fields the form takes from the account
   * ({@link AccountPrefill}) hold the starter's own values, whatever was sent; the system (no login) is trusted with
   * what it sends.
   */
  public Verdict validateStart(String processDefinitionId, Map<String, Object> submission) {
    CamundaFormRef formRef = formService.getStartFormData(processDefinitionId).getCamundaFormRef();
    if (formRef == null) {
      return withoutForm(asSubmitted(submission));
    }
    JsonNode form = readForm(formService.getDeployedStartForm(processDefinitionId));
    FormSchema schema = FormSchemaParser.parse(form);
    Map<String, Object> submitted = asSubmitted(submission);
    Map<String, Object> read = DutchInput.read(schema, submitted);
    submitted.putAll(read);
    // the starter is the login the engine runs the start with, as it will record it
    Authentication login = identityService.getCurrentAuthentication();
    String starter = login == null ? null : login.getUserId();
    Map<String, Object> filled = new HashMap<>(read);
    List<FieldError> errors = new ArrayList<>();
    Map<String, String> fromAccount = AccountPrefill.markedFields(form);
    if (starter == null) {
      fromAccount.keySet().stream().filter(submitted::containsKey).forEach(key -> filled.put(key, submitted.get(key)));
    } else {
      Map<String, Object> account = accountPrefill.valuesFor(form, starter);
      filled.putAll(account);
      fromAccount.keySet().stream().filter(key -> !account.containsKey(key)).map(schema::field).flatMap(Optional::stream)
          .filter(FormField::required)
          .forEach(field -> errors.add(new FieldError(field.key(), field.displayName(),
              "staat niet in je account; vraag Bureau Inclusie en Diversiteit om dit vast te leggen")));
    }
    Map<String, Object> asStarted = new HashMap<>(submitted);
    asStarted.keySet().removeAll(fromAccount.keySet());
    // a start has no case yet: a select's options are the moment's (StartFormOptions), nothing else is stored
    Map<String, Object> options = new HashMap<>();
    startOptions.stream().filter(select -> select.formId().equals(schema.id()))
        .forEach(select -> options.put(select.valuesKey(), select.options()));
    errors.addAll(FormSubmissionValidator.validate(schema, asStarted, options::get, CityTime.today()));
    asStarted.putAll(filled);
    rules.stream().filter(rule -> rule.formId().equals(schema.id()))
        .forEach(rule -> errors.addAll(rule.checkStart(starter, asStarted)));
    return new Verdict(errors, FormSubmissionValidator.discarded(schema, submitted, options::get), filled);
  }

  /**
   * The verdict on writing these variables to the task outside a form's submission: empty when its step takes no
   * uploads or not these (nothing may be written to it), else the covering rule's.
   */
  public Optional<UploadRule.Upload> validateUpload(String taskId, Map<String, ?> values, boolean local) {
    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      return Optional.empty();
    }
    Map<String, TypedValue> typed = new HashMap<>();
    if (values instanceof VariableMap map) {
      map.keySet().forEach(key -> typed.put(key, map.getValueTyped(key)));
    } else if (values != null) {
      values.forEach((key, value) -> typed.put(key, value instanceof TypedValue t ? t : Variables.untypedValue(value)));
    }
    return uploads.stream().filter(rule -> rule.covers(task) && rule.documents().containsAll(typed.keySet())).findFirst()
        .map(rule -> rule.check(task, typed, local));
  }

  /** The variables a task's form shows (its fields and the options its selects read); none for a task without one. */
  public Set<String> formVariablesOfTask(String taskId) {
    Task task = taskService.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
    if (task == null || task.getCamundaFormRef() == null) {
      return Set.of();
    }
    return variablesOf(FormSchemaParser.parse(formService.getDeployedTaskForm(taskId)));
  }

  public boolean hasStartForm(String processDefinitionId) {
    return formService.getStartFormData(processDefinitionId).getCamundaFormRef() != null;
  }

  /** A step without a form asks nothing, so it takes nothing. */
  private static Verdict withoutForm(Map<String, Object> submitted) {
    List<FieldError> errors = submitted.keySet().stream()
        .map(key -> new FieldError(key, key, "is geen veld van dit formulier")).toList();
    return new Verdict(errors, Set.of(), Map.of());
  }

  /** The variables validation may read: the form's fields, the variables its selects take their options from and its labels' texts. */
  private static Set<String> variablesOf(FormSchema schema) {
    Set<String> names = new HashSet<>(schema.fields().keySet());
    schema.fields().values().stream().map(FormField::valuesKey).filter(Objects::nonNull).forEach(names::add);
    schema.fields().values().forEach(field -> names.addAll(FormLabels.variables(field.label())));
    return names;
  }

  /**
   * Submitted values as the checks read them, whichever API carried them: untyped and primitive values by their value,
   * a JSON value only as the list a checklist or taglist sends. Anything else (objects, files, bytes, dates, JSON that is
   * not one list, values marked transient, which would satisfy a required field without being stored) stays a typed
   * value, which no field accepts.
   */
  static Map<String, Object> asSubmitted(Map<String, Object> values) {
    Map<String, Object> plain = new HashMap<>();
    if (values instanceof VariableMap typed) {
      typed.keySet().forEach(key -> plain.put(key, submittedValue(typed.getValueTyped(key))));
    } else {
      values.forEach((key, value) -> plain.put(key, submittedValue(value)));
    }
    return plain;
  }

  private static Object submittedValue(Object value) {
    if (!(value instanceof TypedValue typed)) {
      return value;
    }
    if (typed.isTransient()) {
      return typed;
    }
    if (typed.getType() != null && FormJson.TYPE.equals(typed.getType().getName())) {
      Object list = parse(((SerializableValue) typed).getValueSerialized());
      return list instanceof List<?> ? list : typed;
    }
    boolean plainValue = typed.getType() == null || typed.getType().isPrimitiveValueType()
        && !(typed.getValue() instanceof Date);
    return plainValue ? typed.getValue() : typed;
  }

  /** Stored values as a submission carries them: JSON (checklists, option lists) as lists and maps, dates as text. */
  private static Map<String, Object> asStored(VariableMap stored) {
    Map<String, Object> plain = new HashMap<>();
    stored.keySet().forEach(key -> plain.put(key, storedValue(stored.getValueTyped(key))));
    return plain;
  }

  private static Object storedValue(TypedValue typed) {
    if (typed.getType() != null && FormJson.TYPE.equals(typed.getType().getName())) {
      String serialized = ((SerializableValue) typed).getValueSerialized();
      return parse(serialized != null ? serialized : String.valueOf(typed.getValue()));
    }
    Object value = typed.getValue();
    if (value instanceof Date date) {
      return LocalDateTime.ofInstant(date.toInstant(), CityTime.ZONE).toString();
    }
    return value;
  }

  private static JsonNode readForm(InputStream form) {
    try {
      return FormJson.tree(form);
    } catch (IOException e) {
      throw new UncheckedIOException("Not a readable Camunda Form", e);
    }
  }

  private static Object parse(String json) {
    try {
      return FormJson.value(json);
    } catch (JsonProcessingException e) {
      return json; // not JSON after all: checked as the text it is
    }
  }

  /** The latest version of a process, as REST's {@code process-definition/key/...} resolves it. */
  public Optional<String> latestDefinitionId(String key, String tenantId) {
    var query = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion();
    query = tenantId == null ? query.withoutTenantId() : query.tenantIdIn(tenantId);
    return Optional.ofNullable(query.singleResult()).map(ProcessDefinition::getId);
  }
}

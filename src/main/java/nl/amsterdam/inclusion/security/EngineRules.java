package nl.amsterdam.inclusion.security;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import nl.amsterdam.inclusion.form.FormSubmissions;
import nl.amsterdam.inclusion.form.FormValidationException;
import nl.amsterdam.inclusion.form.StartFormView;
import nl.amsterdam.inclusion.form.UploadRule;
import nl.amsterdam.inclusion.identity.AccessModel;
import nl.amsterdam.inclusion.identity.Groups;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeployedStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmdTyped;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobRetriesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.ProcessInstanceModificationBuilderImpl;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where the application's rules meet every call into the engine: the Java API, {@code /engine-rest}
 * and the webapps' API alike, whatever the URL looked like, because it sees the engine's commands, not requests.
 * It runs inside the command's transaction (after the command context is opened), for the outermost command of
 * each call only: what the engine does on its own behalf within that command is not a person's request.
 *
 * <ul>
 *   <li>Completing a task (complete, submit-form, resolve) is checked against the task's Camunda Form on the
 *       merged state, whoever calls, and a task the caller cannot see is refused before anything is read; start
 *       forms the same when submitted as a form or started by a person. Read-only and hidden fields are not
 *       stored; invalid input is refused with {@link FormValidationException} (HTTP 400) and nothing is stored.</li>
 *   <li>A person who is not an administrator may run only {@link PeoplesCommands}: no variable writes (but a step's documents, {@link UploadRule}), no start
 *       instructions or skipped listeners, no modification, messages, signals, jobs or deployments.</li>
 *   <li>No person, administrator included, deploys: a model's expressions run code on the server, so models
 *       come only from the application itself.</li>
 *   <li>The initiator variable a process records ({@code camunda:initiator}) cannot be sent along at start.</li>
 *   <li>A person opening a start form gets it with their own account's values filled in ({@link StartFormView});
 *       at start those values are stored from the account, not from the submission.</li>
 * </ul>
 */
public class EngineRules extends CommandInterceptor {

  private static final Logger LOG = LoggerFactory.getLogger(EngineRules.class);

  static final String REFUSED = "Geen toegang: dit kan alleen een beheerder.";

  /** Depth of nested commands on this thread: only the outermost one is someone's request. */
  private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

  private final Supplier<FormSubmissions> forms;
  private final Supplier<StartFormView> startForms;

  /**
   * @param forms      looked up on first use: the form checks use the engine's services, which need this engine
   * @param startForms likewise
   */
  public EngineRules(Supplier<FormSubmissions> forms, Supplier<StartFormView> startForms) {
    this.forms = forms;
    this.startForms = startForms;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T execute(Command<T> command) {
    int[] depth = DEPTH.get();
    depth[0]++;
    try {
      if (depth[0] == 1) {
        CommandContext context = Context.getCommandContext();
        Caller caller = Caller.of(context);
        try {
          check(command, context, caller);
        } catch (AuthorizationException refused) {
          // operators see every refused attempt, with who and what; the caller sees only the Dutch reason
          LOG.warn("Refused {} for {}: {}", command.getClass().getSimpleName(), context.getAuthenticatedUserId(),
              refused.getMessage());
          throw refused;
        }
        T result = next.execute(command);
        if (command instanceof GetDeployedStartFormCmd && caller.person()) {
          return (T) context.runWithoutAuthorization(
              () -> startForms.get().shownTo((InputStream) result, caller.userId()));
        }
        return caller.restricted() ? onlyTheFormsVariables(command, context, result) : result;
      }
      return next.execute(command);
    } finally {
      if (--depth[0] == 0) {
        DEPTH.remove();
      }
    }
  }

  /** Who runs the command: the system (no login), a person, and whether that person is an administrator. */
  private record Caller(String userId, boolean administrator) {

    static Caller of(CommandContext context) {
      Authentication authentication = context.getAuthentication();
      String userId = authentication == null ? null : authentication.getUserId();
      return new Caller(userId, userId != null && context.getAuthorizationManager().isCamundaAdmin(authentication));
    }

    boolean person() {
      return userId != null;
    }

    /** A person who is not an administrator: the one the narrower rules are for. */
    boolean restricted() {
      return person() && !administrator;
    }
  }

  private void check(Command<?> command, CommandContext context, Caller caller) {
    if (caller.person() && command instanceof DeployCmd) {
      throw new AuthorizationException("Modellen worden alleen door de applicatie zelf uitgerold.");
    }
    if (caller.restricted() && !PeoplesCommands.allowed(command)) {
      throw new AuthorizationException(REFUSED);
    }
    if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd) {
      checkTaskCompletion(command, context, caller);
    } else if (command instanceof SubmitStartFormCmd) {
      checkStart(command, context, field(command, "processDefinitionId"), caller.person());
    } else if (command instanceof StartProcessInstanceCmd start && caller.person()) {
      checkInstantiation(start, context, caller.administrator());
    } else if (command instanceof AssignTaskCmd && caller.restricted()) {
      checkAssign(command, context, caller.userId());
    } else if (command instanceof SetJobRetriesCmd && caller.restricted()) {
      checkRetry(command, context);
    } else if (command instanceof ClaimTaskCmd && caller.restricted()
        && !caller.userId().equals(field(command, "userId"))) {
      // claiming "for" a colleague would hand them the case
      throw new AuthorizationException(REFUSED);
    } else if (command instanceof SetTaskVariablesCmd && caller.person()) {
      checkUpload(command, context, caller);
    } else if (command instanceof AddCommentCmd && caller.restricted()) {
      checkComment(command, context);
    } else if ((command instanceof GetTaskVariableCmd || command instanceof GetTaskVariableCmdTyped)
        && caller.restricted()
        && !formVariables(context, field(command, "taskId")).contains(field(command, "variableName"))) {
      throw new AuthorizationException(REFUSED);
    }
  }

  /**
   * What a person reads of a task's case through the task: the variables its form shows, not every variable in the
   * task's scope (a participant would read the coach's notes, a directorate lead the panel's).
   */
  private <T> T onlyTheFormsVariables(Command<T> command, CommandContext context, T result) {
    boolean taskVariables = command instanceof GetTaskVariablesCmd || command instanceof GetTaskFormVariablesCmd;
    if (taskVariables && result instanceof VariableMap variables) {
      String taskId = command instanceof GetTaskFormVariablesCmd ? field(command, "resourceId") : field(command, "taskId");
      variables.keySet().retainAll(formVariables(context, taskId));
    }
    return result;
  }

  private Set<String> formVariables(CommandContext context, String taskId) {
    return context.runWithoutAuthorization(() -> forms.get().formVariablesOfTask(taskId));
  }

  /**
   * Writing a task's variables is for the documents a step takes as uploads ({@link UploadRule}), by whoever may do the
   * step: a step without uploads takes no writes from a person, a bad file is refused at its field (HTTP 400) and
   * nothing is stored, and what is stored is the rule's (the file as checked, and the name the forms show).
   */
  private void checkUpload(Command<?> command, CommandContext context, Caller caller) {
    String taskId = field(command, "entityId");
    if (caller.restricted()) {
      if (context.getProcessEngineConfiguration().getTaskService().createTaskQuery().taskId(taskId).count() == 0) {
        throw new AuthorizationException(REFUSED);
      }
      TaskEntity task = context.getTaskManager().findTaskById(taskId);
      if (task != null && task.getAssignee() != null && !task.getAssignee().equals(caller.userId())) {
        throw new AuthorizationException("Deze taak heeft een collega opgepakt.");
      }
      // who may do the step (the engine's TASK_WORK: its candidates and assignee), not who may only follow it
      context.getProcessEngineConfiguration().getCommandCheckers().forEach(checker -> checker.checkTaskWork(task));
    }
    Map<String, ?> values = field(command, "variables");
    boolean local = Boolean.TRUE.equals(field(command, "isLocal"));
    Optional<UploadRule.Upload> upload =
        context.runWithoutAuthorization(() -> forms.get().validateUpload(taskId, values, local));
    if (upload.isEmpty()) {
      if (caller.restricted()) {
        throw new AuthorizationException("Geen toegang: deze stap neemt geen documenten aan, alleen het formulier.");
      }
      return; // an administrator's repair of a case's data, as before
    }
    if (!upload.get().errors().isEmpty()) {
      throw new FormValidationException(upload.get().errors());
    }
    setField(command, "variables", Variables.fromMap(upload.get().stored()));
    if (caller.restricted()) {
      // a step's worker holds TASK_WORK, not UPDATE_VARIABLE: the rule above is what lets them hand in the documents
      context.disableAuthorizationCheck();
    }
  }

  /** A comment goes on the task the person works on, and on its own case only. */
  private static void checkComment(Command<?> command, CommandContext context) {
    String taskId = field(command, "taskId");
    String processInstanceId = field(command, "processInstanceId");
    TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
    if (task == null || processInstanceId != null && !processInstanceId.equals(task.getProcessInstanceId())) {
      throw new AuthorizationException(REFUSED);
    }
  }

  private void checkTaskCompletion(Command<?> command, CommandContext context, Caller caller) {
    String taskId = field(command, "taskId");
    if (caller.person() && context.getProcessEngineConfiguration().getTaskService().createTaskQuery().taskId(taskId).count() == 0) {
      // nothing of a task the caller cannot see is read or checked: the refusal says no more than the engine would
      throw new AuthorizationException(REFUSED);
    }
    if (caller.restricted()) {
      TaskEntity task = context.getTaskManager().findTaskById(taskId);
      if (task != null && task.getAssignee() != null && !task.getAssignee().equals(caller.userId())) {
        throw new AuthorizationException("Deze taak heeft een collega opgepakt.");
      }
      if (Boolean.TRUE.equals(field(command, "returnVariables"))) {
        // the case's variables in return would show more than the form did
        throw new AuthorizationException(REFUSED);
      }
    }
    String variablesField = command instanceof SubmitTaskFormCmd ? "properties" : "variables";
    Map<String, Object> submitted = variables(command, variablesField);
    FormSubmissions.Verdict verdict = context.runWithoutAuthorization(() -> forms.get().validateTask(taskId, submitted));
    apply(verdict, submitted, updated -> setField(command, variablesField, Variables.fromMap(updated)));
  }

  private void checkStart(Command<?> command, CommandContext context, String processDefinitionId, boolean person) {
    Map<String, Object> submitted = variables(command, "variables");
    if (person) {
      ProcessDefinitionEntity definition = deployed(context, processDefinitionId);
      refuseUnlessStartable(context, definition);
      refuseInitiator(definition, submitted);
      refuseBusinessKey(field(command, "businessKey"));
    }
    FormSubmissions.Verdict verdict =
        context.runWithoutAuthorization(() -> forms.get().validateStart(processDefinitionId, submitted));
    apply(verdict, submitted, updated -> setField(command, "variables", Variables.fromMap(updated)));
  }

  /**
   * A person's start over {@code /start} or the Java API: only at the start event, and only for a process without a
   * start form (which then takes no values); a process with a start form is started by submitting it.
   */
  private void checkInstantiation(StartProcessInstanceCmd start, CommandContext context, boolean administrator) {
    ProcessInstantiationBuilderImpl instantiation = field(start, "instantiationBuilder");
    ProcessInstanceModificationBuilderImpl modification = instantiation.getModificationBuilder();
    if (!administrator && (!modification.getModificationOperations().isEmpty()
        || modification.isSkipCustomListeners() || modification.isSkipIoMappings())) {
      throw new AuthorizationException(REFUSED);
    }
    String definitionId = instantiation.getProcessDefinitionId() != null ? instantiation.getProcessDefinitionId()
        : context.runWithoutAuthorization(() -> forms.get()
            .latestDefinitionId(instantiation.getProcessDefinitionKey(), instantiation.getProcessDefinitionTenantId()))
            .orElse(null);
    if (definitionId == null) {
      return; // the engine answers "not found" itself
    }
    refuseUnlessStartable(context, deployed(context, definitionId));
    refuseBusinessKey(instantiation.getBusinessKey());
    if (context.runWithoutAuthorization(() -> forms.get().hasStartForm(definitionId))) {
      // Tasklist submits a start form as a form; a bare start would take the form's fields without their rules' context
      throw new AuthorizationException("Dit proces start met zijn formulier.");
    }
    Map<String, Object> submitted = instantiation.getVariables();
    FormSubmissions.Verdict verdict = context.runWithoutAuthorization(() -> forms.get().validateStart(definitionId, submitted));
    apply(verdict, submitted, updated -> {
      submitted.clear();
      submitted.putAll(updated);
    });
  }

  /** "Vrijgeven" in Tasklist: the assignee gives the task back to the group; giving it to someone else is refused. */
  /**
   * Who may change a task's assignee: its assignee, to give it back; and the process's owner ({@link AccessModel#actsOn}),
   * to hand a step to someone who may do it (a member of its candidate groups, or of the role of whoever had it: a
   * coach's step to another coach). A step of the case's own person (the participant's case, the requester's choice)
   * is nobody else's to do: such a case is cancelled instead.
   */
  private void checkAssign(Command<?> command, CommandContext context, String callerId) {
    TaskEntity task = context.getTaskManager().findTaskById(field(command, "taskId"));
    String newAssignee = field(command, "userId");
    if (task != null && newAssignee == null && callerId.equals(task.getAssignee())) {
      // the engine asks TASK_ASSIGN for any change of assignee; a person works with TASK_WORK only
      context.disableAuthorizationCheck();
      return;
    }
    if (task == null || task.getProcessDefinitionId() == null || !ownsProcessOf(task, context)) {
      throw new AuthorizationException(REFUSED);
    }
    var started = context.getHistoricProcessInstanceManager().findHistoricProcessInstance(task.getProcessInstanceId());
    if (started == null || task.getAssignee() != null && task.getAssignee().equals(started.getStartUserId())) {
      throw new AuthorizationException("Deze stap kan alleen de persoon zelf doen; annuleer de zaak als die niet verder kan.");
    }
    if (newAssignee != null && !mayDo(task, newAssignee, context)) {
      throw new AuthorizationException("Deze stap kan alleen iemand met dezelfde rol overnemen.");
    }
    // the engine's own TASK_ASSIGN check follows, on the owner's grant
  }

  /**
   * A failed step is retried one job at a time, by the owner of its process. The engine checks nothing for a job
   * without a process (history cleanup), so such jobs are the administrator's.
   */
  private static void checkRetry(Command<?> command, CommandContext context) {
    String jobId = field(command, "jobId");
    JobEntity job = jobId == null ? null : context.getJobManager().findJobById(jobId);
    if (job == null || job.getProcessDefinitionKey() == null || !owns(job.getProcessDefinitionKey(), context)) {
      throw new AuthorizationException(REFUSED);
    }
  }

  private static boolean ownsProcessOf(TaskEntity task, CommandContext context) {
    return owns(task.getProcessDefinition().getKey(), context);
  }

  private static boolean owns(String process, CommandContext context) {
    String owner = AccessModel.ownerOf(process);
    Authentication caller = context.getAuthentication();
    return caller.getGroupIds() != null && caller.getGroupIds().contains(owner)
        && AccessModel.actsOn(owner).contains(process);
  }

  /** A member of the step's candidate groups; for a step without them, of a role of whoever had it. */
  private static boolean mayDo(TaskEntity task, String userId, CommandContext context) {
    List<String> groups = task.getIdentityLinks().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(link -> link.getGroupId()).toList();
    IdentityService identity = context.getProcessEngineConfiguration().getIdentityService();
    return context.runWithoutAuthorization(() -> {
      List<String> eligible = !groups.isEmpty() || task.getAssignee() == null ? groups
          : identity.createGroupQuery().groupMember(task.getAssignee()).list().stream().map(Group::getId)
              .filter(Groups.ROLES::contains).toList();
      return eligible.stream().anyMatch(group -> identity.createUserQuery().userId(userId).memberOfGroup(group).count() > 0);
    });
  }

  /** Nothing of a form is checked (or told) for a process the caller may not start, nor for an old version of it. */
  private static ProcessDefinitionEntity deployed(CommandContext context, String processDefinitionId) {
    return context.getProcessEngineConfiguration().getDeploymentCache().findDeployedProcessDefinitionById(processDefinitionId);
  }

  private static void refuseUnlessStartable(CommandContext context, ProcessDefinitionEntity definition) {
    if (!context.getAuthorizationManager().isAuthorized(Permissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION,
        definition.getKey())) {
      throw new AuthorizationException(REFUSED);
    }
    ProcessDefinitionEntity latest = context.getProcessEngineConfiguration().getDeploymentCache()
        .findDeployedLatestProcessDefinitionByKey(definition.getKey());
    if (!latest.getId().equals(definition.getId())) {
      // running cases finish on their own version; new ones start on the current one, with its current form
      throw new AuthorizationException("Dit is een oude versie van het proces; start de huidige.");
    }
  }

  /** A case's business key is its reference, which the application gives (and shows in mails and Cockpit). */
  private static void refuseBusinessKey(String businessKey) {
    if (businessKey != null && !businessKey.isBlank()) {
      throw new AuthorizationException("De referentie van een zaak kiest de applicatie zelf: laat de bedrijfssleutel leeg.");
    }
  }

  private static void refuseInitiator(ProcessDefinitionEntity definition, Map<String, Object> submitted) {
    Object initiator = definition.getProperty(BpmnParse.PROPERTYNAME_INITIATOR_VARIABLE_NAME);
    if (initiator != null && submitted.containsKey(initiator.toString())) {
      throw new AuthorizationException("Wie een proces start, volgt uit de aanmelding, niet uit de invoer.");
    }
  }

  /**
   * Refuses an invalid submission; otherwise stores only what the form lets the user change, as it reads ("4.800"
   * as the number 4800), and what the engine fills in itself (the starter's account).
   */
  private static void apply(FormSubmissions.Verdict verdict, Map<String, Object> submitted,
      Consumer<Map<String, Object>> replace) {
    if (!verdict.errors().isEmpty()) {
      throw new FormValidationException(verdict.errors());
    }
    Set<String> discarded = verdict.discarded();
    if (discarded.stream().anyMatch(submitted::containsKey) || !verdict.filled().isEmpty()) {
      Map<String, Object> kept = new LinkedHashMap<>(submitted);
      discarded.forEach(kept::remove);
      kept.putAll(verdict.filled());
      replace.accept(kept);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> variables(Command<?> command, String name) {
    Map<String, Object> variables = field(command, name);
    return variables == null ? Map.of() : variables;
  }

  /** The engine's command classes keep their arguments in protected fields; 7.24 is the last CE release. */
  @SuppressWarnings("unchecked")
  private static <V> V field(Object command, String name) {
    try {
      return (V) declared(command.getClass(), name).get(command);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void setField(Object command, String name, Object value) {
    try {
      declared(command.getClass(), name).set(command, value);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Field declared(Class<?> type, String name) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      try {
        Field field = c.getDeclaredField(name);
        field.setAccessible(true);
        return field;
      } catch (NoSuchFieldException e) {
        // look in the superclass
      }
    }
    throw new IllegalStateException(type.getName() + " has no field " + name + ": fail closed");
  }
}

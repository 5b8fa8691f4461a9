package nl.amsterdam.inclusion.security;

import java.util.Set;

import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.HistoricProcessInstanceReportImpl;
import org.camunda.bpm.engine.impl.HistoricTaskInstanceReportImpl;
import org.camunda.bpm.engine.impl.cmd.*;
import org.camunda.bpm.engine.impl.dmn.cmd.GetDeploymentDecisionDefinitionCmd;
import org.camunda.bpm.engine.impl.dmn.cmd.GetDeploymentDecisionDiagramCmd;
import org.camunda.bpm.engine.impl.dmn.cmd.GetDeploymentDecisionModelCmd;
import org.camunda.bpm.engine.impl.dmn.cmd.GetDeploymentDmnModelInstanceCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * What a person who is not an administrator may ask of the engine, whatever the URL or API they use:
 * the commands Tasklist and a read-only Cockpit need, as data. Everything else (writing variables,
 * start instructions, modification, messages and signals, jobs, deployments, identity and
 * authorization changes, filters of one's own) is refused before it runs. Reads stay subject to
 * the engine's authorizations; the writes below have their own rules in {@link EngineRules}.
 */
public final class PeoplesCommands {

  /** Reads: forms, task details, diagrams, filters, the caller's own account. */
  static final Set<Class<?>> READS = Set.of(
      // queries of every kind are authorization-checked by the engine; native (SQL) queries are not, see below
      AuthorizationCheckCmd.class, CheckPassword.class, CreateGroupQueryCmd.class, CreateTenantQueryCmd.class,
      CreateUserQueryCmd.class, GetPasswordPolicyCmd.class, GetUserAccountCmd.class, GetUserInfoCmd.class,
      GetUserInfoKeysCmd.class, GetUserPictureCmd.class, IsIdentityServiceReadOnlyCmd.class,
      GetFilterCmd.class, ExecuteFilterCountCmd.class, ExecuteFilterListCmd.class, ExecuteFilterListPageCmd.class,
      ExecuteFilterSingleResultCmd.class,
      GetCamundaFormDefinitionCmd.class, GetDeployedStartFormCmd.class, GetDeployedTaskFormCmd.class,
      GetFormKeyCmd.class, GetRenderedStartFormCmd.class, GetRenderedTaskFormCmd.class, GetStartFormCmd.class,
      GetStartFormVariablesCmd.class, GetTaskFormCmd.class, GetTaskFormVariablesCmd.class,
      GetTaskVariableCmd.class, GetTaskVariableCmdTyped.class, GetTaskVariablesCmd.class,
      GetIdentityLinksForTaskCmd.class, GetSubTasksCmd.class, GetTaskCommentCmd.class, GetTaskCommentsCmd.class,
      GetTaskEventsCmd.class, GetTaskAttachmentCmd.class, GetTaskAttachmentContentCmd.class,
      GetTaskAttachmentsCmd.class, GetProcessInstanceCommentsCmd.class, GetProcessInstanceAttachmentsCmd.class,
      GetExecutionVariableCmd.class, GetExecutionVariableTypedCmd.class, GetExecutionVariablesCmd.class,
      GetActivityInstanceCmd.class, FindActiveActivityIdsCmd.class, GetDeployedProcessDefinitionCmd.class,
      GetDeploymentProcessModelCmd.class, GetDeploymentProcessDiagramCmd.class,
      GetDeploymentProcessDiagramLayoutCmd.class, GetDeploymentBpmnModelInstanceCmd.class,
      GetDeploymentResourceCmd.class, GetDeploymentResourceForIdCmd.class, GetDeploymentResourceNamesCmd.class,
      GetDeploymentResourcesCmd.class, GetStaticCalledProcessDefinitionCmd.class,
      GetIdentityLinksForProcessDefinitionCmd.class, GetJobExceptionStacktraceCmd.class,
      GetHistoricJobLogExceptionStacktraceCmd.class, GetExternalTaskErrorDetailsCmd.class,
      GetHistoricExternalTaskLogErrorDetailsCmd.class, GetHistoryLevelCmd.class,
      GetDeploymentDecisionDefinitionCmd.class, GetDeploymentDecisionDiagramCmd.class,
      GetDeploymentDecisionModelCmd.class, GetDeploymentDmnModelInstanceCmd.class,
      HistoricProcessInstanceReportImpl.class, HistoricTaskInstanceReportImpl.class);

  /**
   * Writes a person may ask for, each with its rule: claim (the engine's TASK_WORK), a comment,
   * completing a task and starting a process (checked against the form by {@link EngineRules}),
   * giving a claimed task back ({@link AssignTaskCmd}, only to nobody, only by its assignee), and for a process's
   * owner handing a step to someone else and retrying a failed step (the engine's TASK_ASSIGN and RETRY_JOB grants
   * of {@link nl.amsterdam.inclusion.identity.AccessModel#actsOn}); writing a task's variables only for the documents
   * its step takes ({@link nl.amsterdam.inclusion.form.UploadRule}, checked by {@link EngineRules}).
   */
  static final Set<Class<?>> WRITES = Set.of(ClaimTaskCmd.class, AddCommentCmd.class, CompleteTaskCmd.class,
      SubmitTaskFormCmd.class, SubmitStartFormCmd.class, StartProcessInstanceCmd.class, AssignTaskCmd.class,
      SetJobRetriesCmd.class, SetTaskVariablesCmd.class);

  private PeoplesCommands() {
  }

  static boolean allowed(Command<?> command) {
    Class<?> type = command.getClass();
    return command instanceof AbstractQuery<?, ?> || READS.contains(type) || WRITES.contains(type);
  }
}

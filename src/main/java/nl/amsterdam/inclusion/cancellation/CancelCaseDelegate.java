package nl.amsterdam.inclusion.cancellation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;

import nl.amsterdam.inclusion.engine.CaseLookup;
import nl.amsterdam.inclusion.engine.OwnersAct;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.cancellation.CancellationProcess.*;

/**
 * Cancels the chosen case through its own withdrawal ending, with the reason and the canceller's name
 * for its mails. Runs in the start's own transaction on purpose: the message is correlated with the
 * caller's login, so Camunda's user operation log (Cockpit) records who cancelled which case, and a
 * case that cannot be cancelled any more refuses the start instead of failing later.
 */
@Component("cancelCase")
public class CancelCaseDelegate implements JavaDelegate {

  private final CancellableCases cases;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final HistoryService history;
  private final IdentityService identity;

  public CancelCaseDelegate(CancellableCases cases, RuntimeService runtime, TaskService tasks, HistoryService history,
      IdentityService identity) {
    this.cases = cases;
    this.runtime = runtime;
    this.tasks = tasks;
    this.history = history;
    this.identity = identity;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reason = (String) execution.getVariable(CANCEL_REASON);
    CommandContext context = Context.getCommandContext();
    context.runWithoutAuthorization(() -> {
      ProcessInstance target = cases.find((String) execution.getVariable(CASE_ID))
          .orElseThrow(() -> new IllegalStateException("The case was ended while it was being cancelled"));
      HistoricProcessInstance started = history.createHistoricProcessInstanceQuery().processInstanceId(target.getId())
          .singleResult();
      execution.setVariable(CANCELLED_CASE_ID, target.getId());
      execution.setVariable(CANCELLED_CASE_NAME, CaseLookup.nameOf(target, started));
      execution.setVariable(INVOLVED, String.join(",", involved(target, started.getStartUserId())));
      OwnersAct.logged(context, () -> runtime.createMessageCorrelation(cases.withdrawalMessageOf(target))
          .processInstanceId(target.getId())
          .setVariable(CancellableCases.WITHDRAWAL_REASON, reason)
          .setVariable(CANCELLED_BY, nameOf(context.getAuthentication() == null ? null
              : context.getAuthentication().getUserId()))
          .correlateAllWithResult());
      return null;
    });
  }

  /** Whoever holds an open step of the case or the cases it called, except the person whose case it is. */
  private Set<String> involved(ProcessInstance target, String owner) {
    Set<String> people = new LinkedHashSet<>();
    Deque<String> instances = new ArrayDeque<>();
    instances.add(target.getId());
    while (!instances.isEmpty()) {
      String instance = instances.pop();
      for (Task task : tasks.createTaskQuery().processInstanceId(instance).list()) {
        if (task.getAssignee() != null) {
          people.add(task.getAssignee());
        }
        tasks.getIdentityLinksForTask(task.getId()).stream()
            .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null)
            .forEach(link -> people.add(link.getUserId()));
      }
      runtime.createProcessInstanceQuery().superProcessInstanceId(instance).list()
          .forEach(called -> instances.add(called.getId()));
    }
    people.remove(owner);
    return people;
  }

  private String nameOf(String userId) {
    User user = userId == null ? null : identity.createUserQuery().userId(userId).singleResult();
    return user == null ? "Bureau Inclusie en Diversiteit" : (user.getFirstName() + " " + user.getLastName()).trim();
  }
}

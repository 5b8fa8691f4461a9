package nl.amsterdam.inclusion.notification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * Service task {@code camunda:delegateExpression="${sendNotification}"} with input parameters
 * {@code template} (name under {@code mail/}) and {@code recipients} (user ids, {@code group:ID}
 * or addresses). The model is the case's variables.
 *
 * <p>The task must be {@code asyncBefore} with a retry cycle: its job's id keys the notification log
 * across retries, and an SMTP failure becomes a retry and finally an incident. Where steps follow it,
 * it is {@code asyncAfter} too, so that their failure never repeats the sending job; a notification
 * that ends its branch (every reminder) is not: a third job would only end the branch, and a retry
 * after a late failure finds its mails in the log (issue 21: two jobs per reminder instead of three).
 */
@Component("sendNotification")
public class SendNotificationDelegate implements JavaDelegate {

  public static final String TEMPLATE = "template";
  public static final String RECIPIENTS = "recipients";

  private final NotificationService notifications;

  public SendNotificationDelegate(NotificationService notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String template = (String) execution.getVariableLocal(TEMPLATE);
    String recipients = (String) execution.getVariableLocal(RECIPIENTS);
    if (template == null || recipients == null) {
      throw new IllegalStateException("Notification task " + execution.getCurrentActivityId()
          + " needs the input parameters 'template' and 'recipients'");
    }
    Map<String, Object> model = new HashMap<>(execution.getVariables());
    model.put("businessKey", execution.getProcessBusinessKey());
    notifications.notify(currentJobId(execution), template, recipients, model, execution.getProcessInstanceId());
  }

  /** The async-before job this activity runs in; it keeps its id through every retry. */
  static String currentJobId(DelegateExecution execution) {
    List<Job> jobs = execution.getProcessEngineServices().getManagementService().createJobQuery()
        .processInstanceId(execution.getProcessInstanceId())
        .activityId(execution.getCurrentActivityId())
        .messages()
        .list();
    // Input parameters make the task a scope: it runs in a child of the execution that owns the job.
    return jobs.stream()
        .filter(job -> job.getExecutionId().equals(execution.getParentId())
            || job.getExecutionId().equals(execution.getId()))
        .findFirst()
        .map(Job::getId)
        .orElseThrow(() -> new IllegalStateException("Notification task " + execution.getCurrentActivityId()
            + " must run as a job: mark it camunda:asyncBefore=\"true\""));
  }
}

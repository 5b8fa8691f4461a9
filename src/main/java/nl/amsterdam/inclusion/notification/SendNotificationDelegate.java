package nl.amsterdam.inclusion.notification;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
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

  /**
   * The async-before job this activity runs in; it keeps its id through every retry. The engine's command
   * context holds the job it executes, from the job executor and from {@code executeJob} alike (a job query
   * here cost 7 % of the reminder burst's job CPU, docs/benchmarks.md).
   */
  static String currentJobId(DelegateExecution execution) {
    JobEntity job = Context.getCommandContext().getCurrentJob();
    if (job instanceof MessageEntity && execution.getCurrentActivityId().equals(job.getActivityId())) {
      return job.getId();
    }
    throw new IllegalStateException("Notification task " + execution.getCurrentActivityId()
        + " must run as a job: mark it camunda:asyncBefore=\"true\"");
  }
}

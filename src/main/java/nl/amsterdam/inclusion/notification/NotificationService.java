package nl.amsterdam.inclusion.notification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Renders a Dutch template per recipient and sends it once. {@code notificationKey} identifies this
 * notification across retries (the notification job); recipients already served are skipped, so a
 * retry after a partial failure sends only to the rest.
 */
@Service
public class NotificationService {

  private final MailTemplates templates;
  private final MailGateway gateway;
  private final NotificationLog log;
  private final RecipientResolver recipients;
  private final TaskService tasks;
  private final MeetingInvitations meetings;
  private final String baseUrl;

  public NotificationService(MailTemplates templates, MailGateway gateway, NotificationLog log,
      RecipientResolver recipients, TaskService tasks, MeetingInvitations meetings,
      @Value("${inclusion.base-url}") String baseUrl) {
    this.tasks = tasks;
    this.meetings = meetings;
    this.templates = templates;
    this.gateway = gateway;
    this.log = log;
    this.recipients = recipients;
    this.baseUrl = baseUrl.replaceAll("/+$", "");
  }

  /** @return how many mails went out in this call (0 when all were sent before) */
  public int notify(String notificationKey, String template, String recipientList, Map<String, Object> model,
      String processInstanceId) {
    int sent = 0;
    for (Recipient recipient : recipients.resolve(recipientList)) {
      String key = notificationKey + ":" + recipient.email().toLowerCase();
      if (log.wasSent(key)) {
        continue;
      }
      MailTemplates.RenderedTemplate rendered = templates.render(template,
          modelFor(recipient, model, processInstanceId));
      // keyed by the job, not the recipient: all attendees of one job share the meeting's new SEQUENCE
      List<CalendarInvitation> calendar = meetings.forMail(notificationKey, template, recipient, model,
          processInstanceId);
      gateway.deliver(new Mail(key, recipient.email(), rendered.subject(), rendered.htmlBody(), calendar));
      log.recordSent(key, template, recipient.email(), processInstanceId, gateway.sends());
      sent++;
    }
    return sent;
  }

  private Map<String, Object> modelFor(Recipient recipient, Map<String, Object> model, String processInstanceId) {
    Map<String, Object> full = new HashMap<>(model);
    full.put("recipientName", recipient.greeting());
    full.put("tasklistUrl", taskLink(recipient, processInstanceId));
    full.put("standInNote", recipient.standInNote());
    full.put("myCasesUrl", baseUrl + "/mijn-aanvragen/");
    return full;
  }

  /**
   * Straight to the task when the case has exactly one open task for this recipient (assigned or
   * offered to their group), otherwise to Tasklist's start page.
   */
  public String taskLink(Recipient recipient, String processInstanceId) {
    // most notifications go out while the case has no open task: skip the group lookup then
    if (recipient.userId() == null || processInstanceId == null
        || tasks.createTaskQuery().processInstanceId(processInstanceId).count() == 0) {
      return tasklistUrl();
    }
    List<Task> open = tasks.createTaskQuery().processInstanceId(processInstanceId)
        .or().taskAssignee(recipient.userId()).taskCandidateUser(recipient.userId()).endOr()
        .list();
    return open.size() == 1 ? tasklistUrl() + "#/?task=" + open.get(0).getId() : tasklistUrl();
  }

  public String tasklistUrl() {
    return baseUrl + "/camunda/app/tasklist/default/";
  }
}

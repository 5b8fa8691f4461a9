package nl.amsterdam.inclusion.notification;

import java.util.HashMap;
import java.util.Map;

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
  private final String baseUrl;

  public NotificationService(MailTemplates templates, MailGateway gateway, NotificationLog log,
      RecipientResolver recipients, @Value("${inclusion.base-url}") String baseUrl) {
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
      MailTemplates.RenderedTemplate rendered = templates.render(template, modelFor(recipient, model));
      gateway.deliver(new Mail(key, recipient.email(), rendered.subject(), rendered.htmlBody()));
      log.recordSent(key, template, recipient.email(), processInstanceId, gateway.sends());
      sent++;
    }
    return sent;
  }

  private Map<String, Object> modelFor(Recipient recipient, Map<String, Object> model) {
    Map<String, Object> full = new HashMap<>(model);
    full.put("recipientName", recipient.name());
    full.put("tasklistUrl", tasklistUrl());
    return full;
  }

  public String tasklistUrl() {
    return baseUrl + "/camunda/app/tasklist/default/";
  }
}

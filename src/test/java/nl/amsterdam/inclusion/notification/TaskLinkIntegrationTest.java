package nl.amsterdam.inclusion.notification;

import java.util.Map;

import nl.amsterdam.inclusion.panel.PanelProcess;
import nl.amsterdam.inclusion.support.ProcessTestCase;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** E-mails link straight to the recipient's open task in Tasklist, and never to someone else's. */
class TaskLinkIntegrationTest extends ProcessTestCase {

  @Autowired NotificationService notifications;

  @Test
  void aMailLinksToTheTaskThatWaitsForTheRecipient() {
    ProcessInstance conversation = runtimeService.startProcessInstanceByKey(PanelProcess.CONVERSATION,
        Map.of("roundNumber", 5, "directorateGroup", "directorate-wpi", "secondTime", false));
    runAsyncJobs();
    String taskId = task(conversation, "Task_SubmitActionPlan").getId();

    assertThat(notifications.taskLink(new Recipient("ayse@example.org", "Ayşe", "ayse"), conversation.getId()))
        .isEqualTo("http://localhost:8080/camunda/app/tasklist/default/#/?task=" + taskId);
    assertThat(notifications.taskLink(new Recipient("pieter@example.org", "Pieter", "pieter"), conversation.getId()))
        .as("another directorate's lead gets no link to this task")
        .isEqualTo("http://localhost:8080/camunda/app/tasklist/default/");
    assertThat(notifications.taskLink(new Recipient("extern@example.org", "extern@example.org", null), conversation.getId()))
        .isEqualTo("http://localhost:8080/camunda/app/tasklist/default/");
  }
}

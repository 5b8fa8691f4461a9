package nl.amsterdam.inclusion.reporting;

import java.util.Date;
import java.util.List;

import nl.amsterdam.inclusion.learning.LearningProcess;
import nl.amsterdam.inclusion.support.CaseForms;
import nl.amsterdam.inclusion.support.ProcessTestCase;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** What operators see: the metrics for Prometheus (monitoring role only) and the probes. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=false", "inclusion.demo.enabled=true", "inclusion.demo.password=demo"})
class OperationsIntegrationTest extends ProcessTestCase {

  /** The request's review is a step of its custom work: counted under that process. */
  private static final String CUSTOM_WORK = "process=\"" + LearningProcess.CUSTOM_WORK + "\"";

  @Autowired TestRestTemplate rest;

  @Test
  void anOperatorSeesIncidentsOverdueTasksAndTheJobBacklogPerProcess() {
    ProcessInstance request = startAs("fatima", LearningProcess.REQUEST,
        CaseForms.learningRequest("Fatima El Amrani", "fatima@example.org", "sociaal", "maatwerk"));
    String metricsBefore = metrics("nina").getBody();
    Task review = task(request, "Task_ReviewRequest");
    runtimeService.createIncident("failedJob", review.getExecutionId(), "SMTP niet bereikbaar");
    taskService.setDueDate(review.getId(), new Date(System.currentTimeMillis() - 86_400_000L));

    ResponseEntity<String> metrics = metrics("nina");

    assertThat(metrics.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(value(metrics.getBody(), "inclusion_incidents_open{" + CUSTOM_WORK + "}"))
        .isEqualTo(value(metricsBefore, "inclusion_incidents_open{" + CUSTOM_WORK + "}") + 1);
    assertThat(value(metrics.getBody(), "inclusion_tasks_overdue{" + CUSTOM_WORK + "}"))
        .isEqualTo(value(metricsBefore, "inclusion_tasks_overdue{" + CUSTOM_WORK + "}") + 1);
    assertThat(metrics.getBody()).contains("inclusion_jobs_due ").contains("inclusion_jobs_oldest_due_seconds ")
        .doesNotContain("Fatima").doesNotContain("SMTP");

    assertThat(metrics("fatima").getStatusCode()).as("a leader").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.getForEntity("/actuator/prometheus", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aMailThatCouldNotBeSentIsCounted() {
    double before = value(metrics("nina").getBody(), "inclusion_mails_failed");
    identityService.setAuthentication("fatima", List.of("leaders", "cluster-sociaal"));
    ProcessInstance request;
    try {
      request = formService.submitStartForm(repositoryService.createProcessDefinitionQuery().processDefinitionKey(
          LearningProcess.REQUEST).latestVersion().singleResult().getId(),
          CaseForms.learningRequest("Fatima El Amrani", "fatima@example.org", "sociaal", "maatwerk"));
    } finally {
      identityService.clearAuthentication();
    }
    // run the case's steps until its first mail is due, then let that mail fail for good
    Job mail = null;
    for (int step = 0; step < 20 && mail == null; step++) {
      Job next = managementService.createJobQuery().processInstanceId(request.getId()).messages().executable().list()
          .get(0);
      boolean isMail = repositoryService.getBpmnModelInstance(next.getProcessDefinitionId())
          .getModelElementById(activityOf(next)) instanceof ServiceTask task
          && "${sendNotification}".equals(task.getCamundaDelegateExpression());
      if (isMail) {
        mail = next;
      } else {
        managementService.executeJob(next.getId());
      }
    }
    assertThat(mail).as("a mail step").isNotNull();
    managementService.setJobRetries(mail.getId(), 0);

    assertThat(value(metrics("nina").getBody(), "inclusion_mails_failed")).isEqualTo(before + 1);
  }

  private String activityOf(Job job) {
    return managementService.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult()
        .getActivityId();
  }

  @Test
  void theProbesReportTheDatabaseAndTheJobExecutor() {
    assertThat(rest.getForEntity("/actuator/health/liveness", String.class).getBody()).contains("\"status\":\"UP\"");
    assertThat(rest.getForEntity("/actuator/health/readiness", String.class).getBody()).contains("\"status\":\"UP\"");
  }

  private ResponseEntity<String> metrics(String user) {
    return rest.withBasicAuth(user, "demo").getForEntity("/actuator/prometheus", String.class);
  }

  /** The value of one series in Prometheus' text format. */
  private static double value(String metrics, String series) {
    return metrics.lines().filter(line -> line.startsWith(series + " ")).findFirst()
        .map(line -> Double.parseDouble(line.substring(series.length() + 1).trim()))
        .orElseThrow(() -> new AssertionError("no series " + series));
  }
}

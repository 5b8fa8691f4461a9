package nl.amsterdam.inclusion.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import nl.amsterdam.inclusion.engine.CityTime;
import nl.amsterdam.inclusion.support.ProcessTestCase;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * The daily deadline watch: an overdue task is reminded every week to whoever holds it and escalated
 * once to its process's owner, on the engine's fixed clock. The example wait is Bureau I&D's monthly
 * "plan the dialogue" task (due in 14 days).
 */
class TaskDeadlineWatchProcessTest extends ProcessTestCase {

  private static final Instant START = Instant.parse("2026-03-02T08:30:00Z");
  private static final List<String> BUREAU = List.of("daan@example.org", "demo@example.org", "mila@example.org");

  @BeforeEach
  void fixClock() {
    ClockUtil.setCurrentTime(Date.from(START));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void everyUserTaskGetsItsDueDateFromTheModel() {
    ProcessInstance planning = runtimeService.startProcessInstanceByKey("alderman-dialogue-monthly");

    Task plan = task(planning, "Task_PlanDialogue");
    assertThat(plan.getDueDate()).isEqualTo(Date.from(START.plus(Duration.ofDays(14))));
  }

  @Test
  void anOverdueTaskIsRemindedWeeklyAndEscalatedOnceAWeekLate() {
    ProcessInstance planning = runtimeService.startProcessInstanceByKey("alderman-dialogue-monthly");

    watchAt(Duration.ofDays(13));
    assertThat(mails(planning)).isEmpty();

    watchAt(Duration.ofDays(14).plusHours(1));
    watchAt(Duration.ofDays(14).plusHours(2)); // a second run the same week sends nothing new
    assertThat(mails(planning)).containsExactlyElementsOf(
        BUREAU.stream().map(to -> "task-overdue-reminder " + to).toList());

    watchAt(Duration.ofDays(21).plusHours(1));
    assertThat(mails(planning)).hasSize(9)
        .containsAll(BUREAU.stream().map(to -> "task-overdue-escalation " + to).toList());

    // once mila takes the task, the weekly reminder goes to her alone; the escalation is not repeated
    taskService.claim(task(planning, "Task_PlanDialogue").getId(), "mila");
    watchAt(Duration.ofDays(28).plusHours(1));
    assertThat(mails(planning)).hasSize(10).endsWith("task-overdue-reminder mila@example.org");

    LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), CityTime.ZONE);
    submit(planning, "Task_PlanDialogue", Map.of("dialogueTheme", "Discriminatie op de werkvloer",
        "dialogueDate", today.plusDays(30).toString(), "dialogueTime", "15:00", "dialogueLocation", "Stadsdeel Oost",
        "dialogueRoom", "Zaal 2", "audience", "medewerkers", "maxParticipants", 8,
        "signUpDeadline", today.plusDays(20).toString()));
    watchAt(Duration.ofDays(35).plusHours(1));
    assertThat(mails(planning)).hasSize(10);
  }

  @Test
  void aStatusTaskThatOptsOutIsNeverReminded() {
    var model = repositoryService.getBpmnModelInstance(repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey("alderman-dialogue-sign-up").latestVersion().singleResult().getId());
    var properties = model.getModelElementsByType(
        org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty.class);

    assertThat(properties).anyMatch(p -> OverdueTaskReminders.OPT_OUT_PROPERTY.equals(p.getCamundaName())
        && "false".equals(p.getCamundaValue()));
  }

  /** Moves the clock to {@code sinceStart} after the start and lets the morning's watch run. */
  private void watchAt(Duration sinceStart) {
    ClockUtil.setCurrentTime(Date.from(START.plus(sinceStart)));
    ProcessInstance watch = runtimeService.startProcessInstanceByKey("task-deadline-watch");
    runAsyncJobs();
    assertThat(watch).isEnded();
    assertThat(managementService.createJobQuery().withException().list()).extracting(Job::getExceptionMessage)
        .isEmpty();
  }

  private List<String> mails(ProcessInstance instance) {
    return jdbc.queryForList("SELECT template || ' ' || recipient FROM app_notification_log"
        + " WHERE process_instance_id = ? AND template LIKE 'task-overdue-%' ORDER BY sent_at, template, recipient",
        String.class, instance.getId());
  }
}

package nl.amsterdam.inclusion.panel;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.amsterdam.inclusion.support.ProcessTestCase;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import static org.assertj.core.api.Assertions.assertThat;

/** Steps of a growth-panel conversation as its users take them in Tasklist. */
abstract class PanelTestCase extends ProcessTestCase {

  static String inDays(int days) {
    return LocalDate.now().plusDays(days).toString();
  }

  void submitPlan(ProcessInstance conversation) {
    handInPlanDocuments(task(conversation, "Task_SubmitActionPlan"));
    submit(conversation, "Task_SubmitActionPlan", Map.of("actionPlan", "Doelen, interventies en monitoring.",
        "directoratePlan", "Directieplan 2026"));
  }

  void approvePlan(ProcessInstance conversation) {
    submit(conversation, "Task_CheckActionPlan", Map.of("hasNarrative", true, "hasGoals", true,
        "hasInterventions", true, "hasOwnership", true, "planCheck", "complete"));
  }

  void panelReads(ProcessInstance conversation) {
    for (Task reading : tasks(conversation, "Task_ReadActionPlan")) {
      submit(reading, Map.of("readingNotes", "Sterk narratief, weinig over borging."));
    }
  }

  /** The moderator plans the conversation for today, records after it that it was held and writes the report. */
  void scheduleAndReport(ProcessInstance conversation, List<String> themes) {
    submit(conversation, "Task_ScheduleConversation", Map.of("conversationDate", inDays(0),
        "conversationTime", "09:00", "conversationLocation", "Stadhuis"));
    recordHeld(conversation);
    submit(conversation, "Task_WriteReport", Map.of("report", "Open gesprek over de rol van leiderschap.",
        "reportThemes", themes));
  }

  /** "Doorgang panelgesprek vastleggen": the conversation took place (on or after its planned date). */
  void recordHeld(ProcessInstance conversation) {
    submit(conversation, "Task_RecordConversation", Map.of("conversationOutcome", "held"));
  }

  /** From the start to the report out, with every panel member's input in time. */
  void toReportOut(ProcessInstance conversation, List<String> themes) {
    submitPlan(conversation);
    approvePlan(conversation);
    panelReads(conversation);
    scheduleAndReport(conversation, themes);
    for (Task input : tasks(conversation, "Task_GiveReportInput")) {
      submit(input, Map.of("reportInput", "Akkoord."));
    }
  }

  /**
   * The reflection and follow-up the conversation called once its report went out (growth-panel-follow-up): its
   * steps, timers and mails are there.
   */
  ProcessInstance followUp(ProcessInstance conversation) {
    ProcessInstance followUp = runtimeService.createProcessInstanceQuery().superProcessInstanceId(conversation.getId())
        .processDefinitionKey(PanelProcess.FOLLOW_UP).singleResult();
    assertThat(followUp).as("follow-up called by " + conversation.getId()).isNotNull();
    return followUp;
  }

  /** Whom a mail of {@code template} went to in the case. */
  List<String> recipients(ProcessInstance instance, String template) {
    return jdbc.queryForList("SELECT recipient FROM app_notification_log WHERE process_instance_id = ? AND template = ?",
        String.class, instance.getId(), template);
  }

  List<Task> tasks(ProcessInstance instance, String key) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).list();
  }
}

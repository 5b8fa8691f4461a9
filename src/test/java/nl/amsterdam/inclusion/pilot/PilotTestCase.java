package nl.amsterdam.inclusion.pilot;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import nl.amsterdam.inclusion.support.ProcessTestCase;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import nl.amsterdam.inclusion.support.CaseForms;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;

import static org.assertj.core.api.Assertions.assertThat;

/** Steps of the pilot as its users take them in Tasklist, for the pilot's process tests. */
abstract class PilotTestCase extends ProcessTestCase {

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  static String inDays(int days) {
    return LocalDate.now().plusDays(days).toString();
  }

  /** Bureau I&D opens a cohort from Tasklist's start form; it then waits for sign-ups. */
  ProcessInstance openCohort(String name, int targetGroupSize) {
    ProcessInstance cohort = startAs("mila", PilotProcess.COHORT, Map.of(
        "cohortName", name, "signUpDeadline", inDays(14), "targetGroupSize", targetGroupSize));
    runAsyncJobs();
    return cohort;
  }

  /** A leader signs up from Tasklist's start form. */
  ProcessInstance signUp(String userId, String name, String directorate) {
    ProcessInstance participant = startAs(userId, PilotProcess.PARTICIPANT, CaseForms.pilotSignUp(userId, name, directorate));
    runAsyncJobs();
    return participant;
  }

  ProcessInstance withdraw(String userId, String reason) {
    ProcessInstance withdrawal = startAs(userId, PilotProcess.WITHDRAWAL,
        Map.of("withdrawalReason", reason, "confirmWithdrawal", true));
    runAsyncJobs();
    return withdrawal;
  }

  void accept(ProcessInstance participant) {
    submit(participant, PilotProcess.TASK_REVIEW_SIGN_UP, Map.of("signUpDecision", "accept"));
  }

  /** The leader formulates the case (the description names the leader, so a test can tell whose case it sees). */
  void formulateCase(ProcessInstance participant) {
    submit(participant, "Task_FormulateCase", Map.of(
        "caseDescription", "Twee collega's voelen zich buitengesloten in het teamoverleg van "
            + runtimeService.getVariable(participant.getId(), "participantName") + ".",
        "coreQuestion", "Hoe voer ik een inclusief gesprek waarin alle perspectieven gehoord worden?",
        "desiredOutcome", "Een teamoverleg waarin iedereen zich gehoord voelt."));
  }

  void closeRegistration(ProcessInstance cohort) {
    submit(cohort, PilotProcess.TASK_CLOSE_REGISTRATION, Map.of("confirmClose", true));
  }

  /** The coach claims and plans the group's session. */
  void planSession(ProcessInstance cohort, String coach, int groupNumber) {
    var task = taskService.createTaskQuery().processInstanceId(cohort.getId()).taskDefinitionKey("Task_PlanGroupSession")
        .list().stream().filter(t -> t.getName().endsWith("groep " + groupNumber + ")")).findFirst().orElseThrow();
    taskService.claim(task.getId(), coach);
    submit(task, Map.of("sessionDate", inDays(10), "sessionTime", "14:00", "sessionLocation", "Kantoor DoDiversity"));
  }

  /** The coach records the group session as held: the background presentation given, the observations written. */
  static Map<String, Object> sessionHeld() {
    return Map.of("sessionHeld", "held", "backgroundPresentationGiven", "yes",
        "groupObservations", "Open en constructief; de deelnemers stelden zich coachbaar op.");
  }

  Map<String, Object> refineConversation() {
    return Map.of("feedbackUseful", "Ja, vooral de tip om vooraf te vragen hoe iemand het overleg beleeft.",
        "canContinue", "Ja", "plannedChanges", "Een rondje in elk overleg.");
  }

  Map<String, Object> reflectConversation() {
    return Map.of("appliedFeedback", "Ja, ik doe nu een rondje.", "seesChange", "Ja, er wordt meer gezegd.",
        "whatHappened", "Collega's die eerst stil waren, brengen nu onderwerpen in.");
  }

  Map<String, Object> plannedConversation() {
    return Map.of("conversationDate", inDays(3), "conversationTime", "10:00", "conversationLocation", "Teams");
  }

  static Map<String, Object> evaluation(int rating, boolean intervision, boolean leadershipfacts) {
    Map<String, Object> values = new HashMap<>();
    values.put("rating", rating);
    values.put("usefulAspects", "Sparren met peers");
    values.put("improvementPoints", "Meer tijd per case");
    values.put("learningYield", "Meer luisteren naar collega's");
    values.put("wantsIntervision", intervision);
    values.put("wantsLeadershipfacts", leadershipfacts);
    return values;
  }

  static final String REUNION_OUTCOME = "Iedereen had iets gedaan met de tips; de groepen willen elkaar vaker zien.";

  /** Bureau I&D's plan for the reunion of all groups: within the evaluation term (sixteen weeks). */
  static Map<String, Object> plannedReunion() {
    return Map.of("reunionDate", inDays(80), "reunionTime", "15:00", "reunionLocation", "Stadhuis, zaal 0.12");
  }

  /** Bureau I&D plans the reunion of all groups, the reminder goes out, and Bureau I&D records that it was held. */
  void holdReunion(ProcessInstance cohort) {
    submit(cohort, PilotProcess.TASK_PLAN_REUNION, plannedReunion());
    fireTimer(cohort, PilotProcess.TIMER_REUNION_REMINDER_DUE);
    submit(cohort, PilotProcess.TASK_RECORD_REUNION, Map.of("reunionHeld", "yes", "reunionOutcome", REUNION_OUTCOME));
  }

  /** The coach's conversations with the participant: the process the participant's case calls after the feedback. */
  ProcessInstance conversations(ProcessInstance participant) {
    ProcessInstance conversations = runtimeService.createProcessInstanceQuery()
        .superProcessInstanceId(participant.getId()).processDefinitionKey(PilotProcess.COACHING_CONVERSATIONS)
        .singleResult();
    assertThat(conversations).as("coaching conversations of the case").isNotNull();
    return conversations;
  }

  /** The instance that holds the step: the participant's case, or the conversations it called. */
  ProcessInstance holding(ProcessInstance participant, String activityId) {
    ProcessInstance conversations = runtimeService.createProcessInstanceQuery()
        .superProcessInstanceId(participant.getId()).singleResult();
    return conversations != null && runtimeService.getActiveActivityIds(conversations.getId()).contains(activityId)
        ? conversations : participant;
  }

  /** The participant's journey from the feedback on: 1:1 conversations, three weeks, the final one, evaluation. */
  void completeJourneyAfterFeedback(ProcessInstance participant, int rating, boolean intervision) {
    submit(participant, "Task_ReadFeedback", Map.of());
    submit(participant, "Task_PlanRefineConversation", plannedConversation());
    submit(participant, "Task_HoldRefineConversation", refineConversation());
    fireTimer(participant, "Timer_FinalConversationDue");
    submit(participant, "Task_PlanReflectConversation", plannedConversation());
    submit(participant, "Task_HoldReflectConversation", reflectConversation());
    submit(participant, "Task_EvaluatePilot", evaluation(rating, intervision, rating >= 8));
  }

}

package nl.amsterdam.inclusion.pilot;

import java.util.Map;

import nl.amsterdam.inclusion.identity.AccessModel;

/** Keys, messages, element ids and variable names of the pilot processes (bpmn/pilot-*.bpmn). */
public final class PilotProcess {

  public static final String COHORT = AccessModel.PILOT_COHORT;
  public static final String PARTICIPANT = AccessModel.PILOT_PARTICIPANT;
  public static final String WITHDRAWAL = AccessModel.PILOT_WITHDRAWAL;
  /** The coach's 1:1 conversations with one participant, called by the participant's case. */
  public static final String COACHING_CONVERSATIONS = AccessModel.PILOT_COACHING_CONVERSATIONS;

  // messages between the processes
  public static final String MSG_COHORT_OPENED = "PilotCohortOpened";
  public static final String MSG_REGISTRATION_CLOSED = "PilotRegistrationClosed";
  public static final String MSG_GROUP_ASSIGNED = "PilotGroupAssigned";
  public static final String MSG_FEEDBACK_RETURNED = "PilotFeedbackReturned";
  public static final String MSG_PARTICIPANT_WITHDREW = "PilotParticipantWithdrew";

  // wait states other processes look for
  public static final String TASK_CLOSE_REGISTRATION = "Task_CloseRegistration";
  public static final String TASK_REVIEW_SIGN_UP = "Task_ReviewSignUp";
  public static final String RECEIVE_GROUP_ASSIGNED = "Receive_GroupAssigned";
  public static final String TASK_ORGANISE_INTERVISION = "Task_OrganiseIntervision";
  public static final String TASK_PREPARE_NEW_COHORT = "Task_PrepareNewCohort";
  public static final String TIMER_EVALUATION_DEADLINE = "Timer_EvaluationDeadline";

  // steps that end a stage of the participant's journey (the dashboard's funnel)
  public static final String TASK_FORMULATE_CASE = "Task_FormulateCase";
  public static final String RECEIVE_FEEDBACK_RETURNED = "Receive_FeedbackReturned";
  public static final String TASK_HOLD_REFINE_CONVERSATION = "Task_HoldRefineConversation";
  public static final String TASK_HOLD_REFLECT_CONVERSATION = "Task_HoldReflectConversation";
  public static final String TASK_EVALUATE_PILOT = "Task_EvaluatePilot";

  /** Business error of the withdrawal process: the leader has no running participation. */
  public static final String ERROR_NO_PARTICIPATION = "NO_ACTIVE_PARTICIPATION";

  /** Smallest group the pilot runs with. */
  public static final int MIN_GROUP_SIZE = 3;

  // cohort variables
  public static final String COHORT_NAME = "cohortName";
  public static final String SIGN_UP_DEADLINE = "signUpDeadline";
  public static final String TARGET_GROUP_SIZE = "targetGroupSize";
  public static final String GROUP_NUMBERS = "groupNumbers";
  public static final String GROUP_NUMBER = "groupNumber";
  public static final String COHORT_CANCELLED = "cohortCancelled";
  public static final String GROUP_COACH = "groupCoach";
  public static final String PARTICIPANT_CASE_ID = "participantCaseId";
  public static final String OPEN_JOURNEYS = "openJourneys";
  public static final String EVALUATION_REPORT = "evaluationReport";
  public static final String REPORT_SUMMARY = "reportSummary";
  public static final String EVALUATION_DEADLINE = "evaluationDeadline";
  public static final String FOLLOW_UP_DECISION = "followUpDecision";
  public static final String INTERVISION_PARTICIPANTS = "intervisionParticipants";
  // the reunion (terugkomdag): every group of the cohort together, about three months after the group sessions
  public static final String TASK_PLAN_REUNION = "Task_PlanReunion";
  public static final String TASK_RECORD_REUNION = "Task_RecordReunion";
  public static final String TIMER_REUNION_REMINDER_DUE = "Timer_ReunionReminderDue";
  /** Dutch text for the planning form: around when, and by when at the latest, the reunion takes place. */
  public static final String REUNION_WINDOW = "reunionWindow";
  public static final String REUNION_DATE = "reunionDate";
  public static final String REUNION_TIME = "reunionTime";
  public static final String REUNION_LOCATION = "reunionLocation";
  /** "yes" or "no". */
  public static final String REUNION_HELD = "reunionHeld";
  public static final String REUNION_NOT_HELD_REASON = "reunionNotHeldReason";
  public static final String REUNION_OUTCOME = "reunionOutcome";
  public static final String NEW_COHORT_NAME = "newCohortName";
  public static final String NEW_SIGN_UP_DEADLINE = "newSignUpDeadline";
  public static final String NEW_TARGET_GROUP_SIZE = "newTargetGroupSize";
  public static final String NEW_COHORT_ID = "newCohortId";
  public static final String LEADERSHIPFACTS_OFFERED = "leadershipfactsOffered";
  // the group session as the coach records it (local to the group); kept for the report as one GroupSession
  public static final String SESSION_HELD = "sessionHeld";
  public static final String HELD = "held";
  /** "yes" or "no": the short presentation on the pilot's background, which the seed says to give always. */
  public static final String BACKGROUND_PRESENTATION_GIVEN = "backgroundPresentationGiven";
  public static final String YES = "yes";
  public static final String PRESENTATION_SKIPPED_REASON = "presentationSkippedReason";
  public static final String GROUP_OBSERVATIONS = "groupObservations";
  public static final String GROUP_SESSION_RECORD = "groupSessionRecord";

  // participant variables
  public static final String PARTICIPANT_ID = "participantId";
  public static final String PARTICIPANT_NAME = "participantName";
  public static final String COHORT_ID = "cohortId";
  /** Where a participant without a cohort yet is shown (My cases, the dashboard). */
  public static final String WAITING_LIST = "Wachtlijst";
  public static final String ATTENDED = "attended";
  public static final String FEEDBACK = "feedback";
  public static final String COACH_ID = "coachId";
  public static final String RATING = "rating";
  public static final String USEFUL_ASPECTS = "usefulAspects";
  public static final String IMPROVEMENT_POINTS = "improvementPoints";
  public static final String LEARNING_YIELD = "learningYield";
  public static final String WANTS_INTERVISION = "wantsIntervision";
  public static final String WANTS_LEADERSHIPFACTS = "wantsLeadershipfacts";
  public static final String FUNCTION = "function";
  public static final String CORE_QUESTION = "coreQuestion";
  /** The sign-up form's functions (pilot-sign-up.form), as the report names them. */
  public static final Map<String, String> FUNCTIONS = Map.of("directeur", "Directeur", "teammanager", "Teammanager",
      "afdelingsmanager", "Afdelingsmanager", "anders", "Andere leidinggevende rol");
  public static final String WITHDRAWAL_REASON = "withdrawalReason";
  public static final String WITHDRAWING_LEADER = "withdrawingLeader";
  /** The withdrawal form's confirmation. */
  public static final String CONFIRM_WITHDRAWAL = "confirmWithdrawal";

  private PilotProcess() {
  }
}

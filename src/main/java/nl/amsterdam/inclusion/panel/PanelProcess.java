package nl.amsterdam.inclusion.panel;

import java.util.List;

import nl.amsterdam.inclusion.identity.AccessModel;

/** Keys and variable names of the growth-panel processes (bpmn/growth-panel-*.bpmn). */
public final class PanelProcess {

  public static final String ROUND = AccessModel.GROWTH_PANEL_ROUND;
  public static final String CONVERSATION = AccessModel.GROWTH_PANEL_CONVERSATION;
  /** Reflection, the panel's answer and the follow-up conversation: called by a conversation, with its business key. */
  public static final String FOLLOW_UP = AccessModel.GROWTH_PANEL_FOLLOW_UP;

  // round
  public static final String ROUND_NUMBER = "roundNumber";
  public static final String DIRECTORATE_OPTIONS = "directorateOptions";
  public static final String PARTICIPATING_DIRECTORATES = "participatingDirectorates";
  public static final String SECOND_TIME_DIRECTORATES = "secondTimeDirectorates";
  public static final String THEME_COUNTS = "themeCounts";
  public static final String THEME_SUMMARY = "themeSummary";
  /**
   * How long the conversations phase lasts (variable conversationsDeadline, local to it): 16 weeks from the selection
   * for plan, check, reading, conversation and report; then the round goes on without the directorates that have none.
   */
  public static final int CONVERSATIONS_WEEKS = 16;
  public static final String REMOVABLE_DIRECTORATE_OPTIONS = "removableDirectorateOptions";
  public static final String REMOVE_DIRECTORATE = "removeDirectorate";
  public static final String REMOVAL_REASON = "removalReason";
  public static final String REMOVED_BY = "removedBy";
  /** Directorate groups whose conversation left the round (removed or late): their themes do not count. */
  public static final String WITHDRAWN_DIRECTORATES = "withdrawnDirectorates";
  /** Dutch lines for the moderator and Bureau I&D: which directorate is missing from the round, and why. */
  public static final String MISSING_DIRECTORATES = "missingDirectorates";

  /** Red threads (seed 002): each panel member's observations before the moderator writes the analysis. */
  public static final String TASK_CONTRIBUTE_RED_THREADS = "Task_ContributeRedThreads";
  public static final String RED_THREADS_OBSERVATION = "redThreadsObservation";
  /** The panel's contributions, name and text, for the moderator's red-threads form. */
  public static final String RED_THREADS_CONTRIBUTIONS = "redThreadsContributions";
  /** Names of the panel members who had not contributed when the contribution deadline passed. */
  public static final String MISSING_CONTRIBUTIONS = "missingContributions";
  public static final String RED_THREADS_ANALYSIS = "redThreadsAnalysis";
  public static final String ROUND_ADVICE = "roundAdvice";
  // discussion with the panel and the GMT, and its programme actions (RoundActions)
  public static final String DISCUSSION_DATE = "discussionDate";
  public static final String DISCUSSED_THEMES = "discussedThemes";
  public static final String DISCUSSION_CONCLUSIONS = "discussionConclusions";
  public static final String ACTION_COUNT = "actionCount";
  /** Following up the previous round's actions: one task per action (multi-instance element variable). */
  public static final String TASK_FOLLOW_UP_ACTION = "Task_FollowUpAction";
  public static final String ACTION_ID = "actionId";
  public static final String ACTION_DESCRIPTION = "actionDescription";
  public static final String ACTION_STATUS = "actionStatus";
  public static final String ACTION_NOTE = "actionNote";
  public static final String ACTION_NEW_DUE = "actionNewDue";

  // conversation
  public static final String DIRECTORATE_GROUP = "directorateGroup";
  public static final String PANEL_MEMBER_OPTIONS = "panelMemberOptions";
  public static final String THEME_OPTIONS = "themeOptions";
  public static final String REPORT_THEMES = "reportThemes";
  public static final String FOLLOW_UP_MEMBER_1 = "followUpMember1";
  public static final String FOLLOW_UP_MEMBER_2 = "followUpMember2";
  public static final String TASK_SUBMIT_ACTION_PLAN = "Task_SubmitActionPlan";
  public static final String TASK_CHECK_ACTION_PLAN = "Task_CheckActionPlan";
  public static final String TASK_READ_ACTION_PLAN = "Task_ReadActionPlan";
  public static final String TASK_SCHEDULE_CONVERSATION = "Task_ScheduleConversation";
  public static final String TASK_WRITE_REPORT = "Task_WriteReport";
  /** After the planned date the moderator records whether the conversation was held, moved or cancelled. */
  public static final String TASK_RECORD_CONVERSATION = "Task_RecordConversation";
  public static final String TASK_GIVE_REPORT_INPUT = "Task_GiveReportInput";
  public static final String CONVERSATION_DATE = "conversationDate";
  public static final String CONVERSATION_TIME = "conversationTime";
  public static final String CONVERSATION_OUTCOME = "conversationOutcome";
  public static final String OUTCOME_HELD = "held";
  public static final String OUTCOME_MOVED = "moved";
  public static final String OUTCOME_CANCELLED = "cancelled";
  public static final String CANCELLATION_REASON = "cancellationReason";
  /** Names of the panel members whose input on the report had not come in when the week passed. */
  public static final String MISSING_INPUT_BY = "missingInputBy";
  public static final String REPORT = "report";
  public static final String REFLECTION = "reflection";
  public static final String PANEL_RESPONSE = "panelResponse";
  /** A second-time directorate: its previous round's number, report and reflection, for the panel's reading. */
  public static final String PREVIOUS_ROUND_NUMBER = "previousRoundNumber";
  public static final String PREVIOUS_REPORT = "previousReport";
  public static final String PREVIOUS_REFLECTION = "previousReflection";
  // follow-up
  public static final String TASK_WRITE_REFLECTION = "Task_WriteReflection";
  public static final String TASK_RESPOND_TO_REFLECTION = "Task_RespondToReflection";
  public static final String TASK_DECIDE_FOLLOW_UP = "Task_DecideFollowUp";
  /**
   * The action plan and the directorate plan as uploaded documents (File variables of the conversation): set only on
   * {@link #TASK_SUBMIT_ACTION_PLAN} by its directorate's leads, checked by {@link PlanDocumentRule} on every write.
   */
  public static final String ACTION_PLAN_DOCUMENT = "actionPlanDocument";
  public static final String DIRECTORATE_PLAN_DOCUMENT = "directoratePlanDocument";
  /** What the forms show of each document ("actieplan.pdf (245 kB)"), kept with it by the engine. */
  public static final String ACTION_PLAN_DOCUMENT_NAME = "actionPlanDocumentName";
  public static final String DIRECTORATE_PLAN_DOCUMENT_NAME = "directoratePlanDocumentName";
  /** The documents, in the order the page and the forms show them. */
  public static final List<String> PLAN_DOCUMENTS = List.of(ACTION_PLAN_DOCUMENT, DIRECTORATE_PLAN_DOCUMENT);

  /** A document's Dutch name, as the forms and the documents page show it. */
  public static String labelOf(String document) {
    return ACTION_PLAN_DOCUMENT.equals(document) ? "Actieplan Inclusie en Diversiteit (document)" : "Directieplan (document)";
  }

  /** The submit form's read-only field that shows a document's name: where its errors are shown. */
  public static String nameFieldOf(String document) {
    return document + "Name";
  }

  /** Names of the panel members who had not read the action plan when the reading deadline passed. */
  public static final String UNREAD_BY = "unreadBy";
  public static final String MSG_CONVERSATION_WITHDRAWN = "PanelConversationWithdrawn";
  public static final String END_WITHDRAWN = "End_ConversationWithdrawn";
  public static final String WITHDRAWAL_REASON = "withdrawalReason";

  private PanelProcess() {
  }
}

package nl.amsterdam.inclusion.learning;

import nl.amsterdam.inclusion.identity.AccessModel;

/** Keys, messages, errors and variable names of the learning-intervention processes. */
public final class LearningProcess {

  public static final String REQUEST = AccessModel.LEARNING_REQUEST;
  /** The custom work (review to scheduling), called from the request with its reference as business key. */
  public static final String CUSTOM_WORK = AccessModel.LEARNING_CUSTOM_WORK;
  public static final String WITHDRAWAL = AccessModel.LEARNING_REQUEST_WITHDRAWAL;
  public static final String ADVICE_DECISION = "intervention-advice";

  public static final String MSG_REQUEST_WITHDRAWN = "LearningRequestWithdrawn";
  public static final String ERROR_BUDGET_INSUFFICIENT = "BUDGET_INSUFFICIENT";
  public static final String ERROR_NO_REQUEST = "NO_RUNNING_REQUEST";

  public static final String CALL_WORK_OUT_CUSTOM_REQUEST = "CallActivity_WorkOutCustomRequest";
  // steps of the custom work
  public static final String TASK_REVIEW_REQUEST = "Task_ReviewRequest";
  public static final String TASK_EXPLORE_NEEDS = "Task_ExploreNeeds";
  public static final String TASK_PROPOSE_INTERVENTION = "Task_ProposeIntervention";
  public static final String TASK_CHECK_QUALITY = "Task_CheckQuality";
  public static final String TASK_APPROVE_BUDGET = "Task_ApproveBudget";
  public static final String TASK_SCHEDULE_INTERVENTION = "Task_ScheduleIntervention";

  // an employee's request: their leader discusses it first (seed 001 §1.5)
  public static final String TASK_DISCUSS_EMPLOYEE_REQUEST = "Task_DiscussEmployeeRequest";
  public static final String TIMER_LEADER_REMINDER = "Timer_LeaderReminder";
  public static final String TIMER_LEADER_DEADLINE = "Timer_LeaderDeadline";
  /** Reminder to the leader after five days; the step is due after ten, when Bureau I&D and the account manager hear. */
  public static final String LEADER_REMINDER_AFTER = "P5D";
  public static final String LEADER_DUE_AFTER = "P10D";

  // how a request ended
  public static final String END_REQUEST_WITHDRAWN = "End_RequestWithdrawn";
  public static final String END_FOLLOWED_UP = "End_FollowedUp";
  /** Custom work that ended without an intervention (declined, conflict mediation, budget rejected or short). */
  public static final String END_CUSTOM_WORK_STOPPED = "End_CustomWorkStopped";
  /** An employee's request that their leader did not support. */
  public static final String END_EMPLOYEE_REQUEST_DECLINED = "End_EmployeeRequestDeclined";
  /** Open-offer requests of the model versions before enrolments were passed on and followed up. */
  public static final String END_ENROLLED = "End_Enrolled";

  // request variables (start form and later tasks)
  public static final String REQUESTER_ID = "requesterId";
  public static final String REQUESTER_NAME = "requesterName";
  public static final String TEAM_NAME = "teamName";
  public static final String REQUEST_REFERENCE = "requestReference";
  public static final String ACCOUNT_MANAGER_GROUP = "accountManagerGroup";
  /** The cluster as people read it (the case holds its code in CaseVariables.CLUSTER). */
  public static final String CLUSTER_NAME = "clusterName";
  public static final String LEARNING_ADVISOR = "learningAdvisor";
  public static final String BUDGET_YEAR = "budgetYear";
  /** The open offer and the offer in development, as the choice's options (set when the choice opens). */
  public static final String OPEN_OFFER_OPTIONS = "openOfferOptions";
  public static final String CATALOGUE_ITEM = "catalogueItem";
  /** The requester knows the chosen training is still in development (required for such a training only). */
  public static final String DEVELOPMENT_ACKNOWLEDGED = "developmentAcknowledged";
  /** The evidence-based providers, as the proposal's options (set each time the proposal opens). */
  public static final String PROVIDER_OPTIONS = "providerOptions";
  public static final String PROVIDER_ID = "providerId";
  /** The proposal's topic and methods: the seed's examples (bijlage, Aanbod op aanvraag) or "Anders, namelijk". */
  public static final String INTERVENTION_TOPIC = "interventionTopic";
  public static final String INTERVENTION_METHODS = "interventionMethods";
  public static final String OTHER = "anders";
  public static final String LEARNING_ADVISOR_OPTIONS = "learningAdvisorOptions";
  public static final String ESTIMATED_COST = "estimatedCost";
  public static final String BUDGET_DECISION = "budgetDecision";
  public static final String BUDGET_APPROVED = "approve";
  public static final String ACTUAL_COST = "actualCost";
  public static final String BUDGET_AVAILABLE = "budgetAvailable";
  public static final String BUDGET_PROBLEM = "budgetProblem";
  /** The quality check's verdict: approve (on to the budget) or rework (back to the advisor). */
  public static final String QUALITY_DECISION = "qualityDecision";
  public static final String QUALITY_APPROVED = "approve";
  public static final String PRINCIPLE_NOT_MET = "not-met";
  /** Who completed the proposal (set by the engine, ProposedByListener): the one who may not approve it. */
  public static final String PROPOSED_BY = "proposedBy";
  public static final String WITHDRAWAL_REASON = "withdrawalReason";
  /** Whether the request came from an employee and goes to their leader first (set by the engine at registration). */
  public static final String VIA_LEADER = "viaLeader";
  /** The employee who asked (the case's start user) and their leader at the time, from the directory. */
  public static final String EMPLOYEE_ID = "employeeId";
  public static final String EMPLOYEE_NAME = "employeeName";
  public static final String LEADER_ID = "leaderId";
  public static final String LEADER_NAME = "leaderName";
  /** The leader's decision on an employee's request: support (it becomes the leader's request) or decline. */
  public static final String LEADER_DECISION = "leaderDecision";
  public static final String LEADER_SUPPORTS = "support";
  public static final String LEADER_DECLINES = "decline";
  public static final String LEADER_DECLINE_REASON = "leaderDeclineReason";
  /** Who completed the leader's step, from the login (RecordLeaderDecisionListener): the responsible requester. */
  public static final String LEADER_DECIDED_BY = "leaderDecidedBy";
  /** Who hears of the request's outcome besides the requester: the employee who asked, or nobody (empty). */
  public static final String ALSO_INFORMED = "alsoInformed";
  public static final String WITHDRAWING_REQUESTER = "withdrawingRequester";

  /**
   * The four learning principles (seed 001, chapter 1) the quality check answers one by one ("met" or "not-met"),
   * each with the reason it fails in {@link #reasonField()}.
   */
  public enum Principle {
    CITY_TASK("principleCityTask", "De opgave voor de stad voorop"),
    IMPACT("principleImpact", "Impact"),
    LASTING("principleLasting", "Duurzaam"),
    CLIMATE("principleClimate", "Leerklimaat");

    public final String field;
    /** As the seed and the forms name it. */
    public final String dutchName;

    Principle(String field, String dutchName) {
      this.field = field;
      this.dutchName = dutchName;
    }

    public String reasonField() {
      return field + "Reason";
    }
  }

  private LearningProcess() {
  }
}

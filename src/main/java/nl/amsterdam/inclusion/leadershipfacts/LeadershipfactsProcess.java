package nl.amsterdam.inclusion.leadershipfacts;

import nl.amsterdam.inclusion.identity.AccessModel;

/** Keys, prices and variable names of the Leadershipfacts processes (bpmn/leadershipfacts-*.bpmn). */
public final class LeadershipfactsProcess {

  public static final String TRAJECTORY = AccessModel.LEADERSHIPFACTS;
  public static final String WITHDRAWAL = AccessModel.LEADERSHIPFACTS_WITHDRAWAL;
  public static final String MSG_STOPPED = "LeadershipfactsStopped";
  public static final String ERROR_NO_TRAJECTORY = "NO_RUNNING_TRAJECTORY";
  public static final String WITHDRAWING_LEADER = "withdrawingLeader";
  /** The withdrawal form's fields. */
  public static final String WITHDRAWAL_REASON = "withdrawalReason";
  public static final String CONFIRM_STOP = "confirmStop";

  /** Price categories ({@link PartnerPrice}). */
  public static final String NORMAL = "normaal";
  public static final String PILOT_PARTNER = "pilotpartner";

  public static final String LEADER_ID = "leaderId";
  public static final String ORIGIN = "origin";
  public static final String ORIGIN_PILOT = "pilot";
  /** The pilot participation (pilot-participant case) a trajectory was offered for. */
  public static final String PILOT_CASE_ID = "pilotCaseId";
  public static final String PRICE_CATEGORY = "priceCategory";
  public static final String COST_PER_YEAR = "costPerYear";
  /** The price in Dutch, shown (read-only) in the leader's confirmation and Bureau I&D's approval. */
  public static final String COST_QUOTE = "costQuote";
  public static final String MEASUREMENT_NUMBER = "measurementNumber";
  public static final String RATERS = "raters";
  public static final String RATER_DECISION = "raterDecision";
  public static final String MEASUREMENT_RESULT = "measurementResult";
  public static final String MEASUREMENT_SUMMARY = "measurementSummary";
  public static final String MEASUREMENT_1 = "measurement1";
  public static final String MEASUREMENT_2 = "measurement2";
  public static final String FINAL_REPORT = "finalReportSummary";
  public static final String TRAJECTORY_CONFIRMATION = "trajectoryConfirmation";
  public static final String COST_DECISION = "costDecision";
  public static final String COST_REJECTION_REASON = "costRejectionReason";
  public static final String TASK_CONFIRM_TRAJECTORY = "Task_ConfirmTrajectory";
  public static final String TASK_APPROVE_COST = "Task_ApproveCost";
  public static final String TASK_RATE_LEADER = "Task_RateLeader";
  public static final String TASK_FIRST_CONSULT = "Task_HoldFirstConsult";
  public static final String TASK_SECOND_CONSULT = "Task_HoldSecondConsult";
  /** A trajectory counts as started once its development points are chosen, as completed once its report is read. */
  public static final String TASK_CHOOSE_DEVELOPMENT_POINTS = "Task_ChooseDevelopmentPoints";
  public static final String TASK_READ_FINAL_REPORT = "Task_ReadFinalReport";
  /** The leader's choice (behaviour ids), her goal, and both as text for the coach's consult forms. */
  public static final String DEVELOPMENT_POINTS = "developmentPoints";
  public static final String DEVELOPMENT_GOAL = "developmentGoal";
  /** The development-points form's options, from {@link BehaviourOptions}. */
  public static final String BEHAVIOUR_OPTIONS = "behaviourOptions";
  public static final String DEVELOPMENT_POINTS_SUMMARY = "developmentPointsSummary";
  /** What the coach wrote in the first consult and the recommendations of the second, both in the final report. */
  public static final String CONSULT_AGREEMENTS = "consultAgreements";
  public static final String CONSULT_RECOMMENDATIONS = "consultRecommendations";

  private LeadershipfactsProcess() {
  }
}

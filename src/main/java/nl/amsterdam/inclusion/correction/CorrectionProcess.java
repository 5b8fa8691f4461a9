package nl.amsterdam.inclusion.correction;

/** Names of the decision-correction process ("Besluit opnieuw laten nemen") and its variables. */
public final class CorrectionProcess {

  public static final String KEY = "decision-correction";
  public static final String START_FORM = "decision-correction-start";

  /** Start form: the case (id in Cockpit or reference), the decision to take again and why. */
  public static final String CASE_ID = "caseId";
  public static final String DECISION = "decision";
  public static final String CORRECTION_REASON = "correctionReason";

  /** Set by the correction for its mail: the case and the decision as people read them, and who decides again. */
  public static final String CORRECTED_CASE_ID = "correctedCaseId";
  public static final String CORRECTED_CASE_NAME = "correctedCaseName";
  public static final String DECISION_NAME = "decisionName";
  public static final String TOLD = "told";

  private CorrectionProcess() {
  }
}

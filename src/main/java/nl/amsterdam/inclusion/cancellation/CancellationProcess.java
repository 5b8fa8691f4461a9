package nl.amsterdam.inclusion.cancellation;

/** Names of the case-cancellation process ("Zaak annuleren") and its variables. */
public final class CancellationProcess {

  public static final String KEY = "case-cancellation";
  public static final String START_FORM = "case-cancellation-start";

  /** Start form: the case, by its id in Cockpit or its reference, and the reason the people involved are told. */
  public static final String CASE_ID = "caseId";
  public static final String CANCEL_REASON = "cancelReason";

  /** Set on the cancelled case for its own closing mail: who at the process owner cancelled it. */
  public static final String CANCELLED_BY = "cancelledBy";

  /** Set on the cancellation: what was cancelled and who else held a step in it. */
  public static final String CANCELLED_CASE_ID = "cancelledCaseId";
  public static final String CANCELLED_CASE_NAME = "cancelledCaseName";
  public static final String INVOLVED = "involved";

  private CancellationProcess() {
  }
}

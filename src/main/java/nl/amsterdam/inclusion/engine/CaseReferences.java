package nl.amsterdam.inclusion.engine;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;

import nl.amsterdam.inclusion.dialogue.DialogueProcess;
import nl.amsterdam.inclusion.panel.PanelProcess;
import nl.amsterdam.inclusion.pilot.PilotProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The reference (business key) people use for a case, so that Cockpit and Tasklist list cases by what they are
 * about. Set by execution listeners in the BPMN once the data is known, never chosen at start (see EngineRules).
 * Learning requests keep their LV-yyyy-nnnn reference (learning/PrepareRequestDelegate); withdrawals,
 * cancellations, corrections and deadline watches have none: they name the case they act on in their variables.
 */
@Component("caseReferences")
public class CaseReferences {

  static final String WAITING_LIST = "wachtlijst";
  private static final String SEPARATOR = " – ";
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.forLanguageTag("nl"));

  /** "Fatima El Amrani – Cohort voorjaar 2027", or "… – wachtlijst" while no cohort has a place for them. */
  public void pilotParticipant(DelegateExecution execution, boolean onWaitingList) {
    Object cohort = execution.getVariable(PilotProcess.COHORT_NAME);
    set(execution, text(execution, PilotProcess.PARTICIPANT_NAME) + SEPARATOR
        + (onWaitingList || cohort == null ? WAITING_LIST : cohort));
  }

  /** The cohort's name. */
  public void pilotCohort(DelegateExecution execution) {
    set(execution, text(execution, PilotProcess.COHORT_NAME));
  }

  /** "Groeipanel ronde 5". */
  public void panelRound(DelegateExecution execution) {
    set(execution, "Groeipanel ronde " + execution.getVariable(PanelProcess.ROUND_NUMBER));
  }

  /** "Directie Werk, Participatie en Inkomen – ronde 5". */
  public void panelConversation(DelegateExecution execution) {
    set(execution, text(execution, CaseVariables.DIRECTORATE) + SEPARATOR + "ronde "
        + execution.getVariable(PanelProcess.ROUND_NUMBER));
  }

  /** "12 maart 2027 – Inclusief werven". */
  public void aldermanDialogue(DelegateExecution execution) {
    set(execution, day(execution.getVariable(DialogueProcess.DIALOGUE_DATE)) + SEPARATOR
        + text(execution, DialogueProcess.DIALOGUE_THEME));
  }

  /** "Fatima El Amrani – 12 maart 2027", only the name while no dialogue is open for sign-ups. */
  public void aldermanSignUp(DelegateExecution execution) {
    Object date = execution.getVariable(DialogueProcess.DIALOGUE_DATE);
    String leader = text(execution, CaseVariables.LEADER_NAME);
    set(execution, date == null ? leader : leader + SEPARATOR + day(date));
  }

  /** "Fatima El Amrani – maart 2027": the leader and the month the trajectory starts. */
  public void leadershipfactsTrajectory(DelegateExecution execution) {
    set(execution, text(execution, CaseVariables.LEADER_NAME) + SEPARATOR
        + MONTH.format(CityTime.today()));
  }

  private static String text(DelegateExecution execution, String variable) {
    Object value = execution.getVariable(variable);
    if (value == null || value.toString().isBlank()) {
      throw new IllegalStateException("No " + variable + " to name case " + execution.getProcessInstanceId());
    }
    return value.toString().trim();
  }

  /** A form's date field gives "2027-03-12"; a case started from code may pass a Date. */
  private static String day(Object date) {
    LocalDate day = date instanceof Date asDate ? LocalDate.ofInstant(asDate.toInstant(), CityTime.ZONE)
        : LocalDate.parse(date.toString().substring(0, 10));
    return CityTime.DAY.format(day);
  }

  private static void set(DelegateExecution execution, String reference) {
    execution.setProcessBusinessKey(reference);
  }
}

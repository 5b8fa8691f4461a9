package nl.amsterdam.inclusion.dialogue;

import java.util.Map;

import nl.amsterdam.inclusion.identity.AccessModel;

/** Keys, messages and variable names of the alderman's dialogue (bpmn/alderman-dialogue*.bpmn). */
public final class DialogueProcess {

  public static final String DIALOGUE = AccessModel.ALDERMAN_DIALOGUE;
  public static final String SIGN_UP = AccessModel.ALDERMAN_DIALOGUE_SIGN_UP;
  public static final String MONTHLY = AccessModel.ALDERMAN_DIALOGUE_MONTHLY;

  public static final String MSG_SIGN_UP_CANCELLED = "AldermanSignUpCancelled";
  public static final String MSG_DIALOGUE_CLOSED = "AldermanDialogueClosed";

  /** The dialogue's wait state while leaders can sign up. */
  public static final String TIMER_SIGN_UP_DEADLINE = "Timer_SignUpDeadline";
  /** The sign-up's wait state: the leader's task, which is also where the leader cancels. */
  public static final String TASK_MANAGE_SIGN_UP = "Task_ManageSignUp";

  /** The sign-up's initiator: the person signing up, from the login. */
  public static final String PARTICIPANT_ID = "leaderId";
  /** The session a sign-up belongs to: set by the engine when it links the sign-up (null: no session open for it). */
  public static final String DIALOGUE_ID = "dialogueId";
  /** The session the person chose on the sign-up form (one of the open sessions); none means the earliest open one. */
  public static final String DIALOGUE_CHOICE = "dialogueChoice";
  /** The sign-up form's session options, filled in by the engine when the form opens and checked at start. */
  public static final String OPEN_DIALOGUE_OPTIONS = "openDialogueOptions";
  /** The planning form's "Voor wie" ({@link Audience}). */
  public static final String AUDIENCE = "audience";
  /** The sign-up's role at the table: formal or informal leader, or an employee (sessions open to all). */
  public static final String TABLE_ROLE = "tableRole";
  public static final String FORMAL = "formeel";
  public static final String INFORMAL = "informeel";
  public static final String EMPLOYEE = "medewerker";
  /** The roles as the briefing names them. */
  public static final Map<String, String> TABLE_ROLE_LABELS = Map.of(FORMAL, "formeel leidinggevende",
      INFORMAL, "informeel leidinggevende", EMPLOYEE, "medewerker");
  public static final String DIALOGUE_THEME = "dialogueTheme";
  public static final String DIALOGUE_DATE = "dialogueDate";
  public static final String SIGN_UP_DEADLINE = "signUpDeadline";
  public static final String MAX_PARTICIPANTS = "maxParticipants";
  public static final String PLACEMENT = "placement";
  public static final String PLACED = "plek";
  public static final String WAITING = "wachtlijst";
  public static final String REGISTERED = "aangemeld";
  public static final String INVITEES = "invitees";
  public static final String HAS_WAITING_LIST = "hasWaitingList";
  public static final String MAIN_POINTS = "mainPoints";
  /** What the listener heard and passes on, unattributed like the main points. */
  public static final String LISTENER_SIGNALS = "listenerSignals";
  public static final String SESSION_TOOK_PLACE = "sessionTookPlace";
  public static final String HELD = "yes";
  public static final String DIALOGUE_TIME = "dialogueTime";
  public static final String DIALOGUE_LOCATION = "dialogueLocation";
  /** The manage-sign-up form's answer: coming (the sign-up stays) or cancelling it. */
  public static final String ATTENDANCE = "attendance";
  public static final String COMING = "kom";
  public static final String CANCELS = "afmelden";

  private DialogueProcess() {
  }
}

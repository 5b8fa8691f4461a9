package nl.amsterdam.inclusion.notification;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import nl.amsterdam.inclusion.dialogue.DialogueProcess;
import nl.amsterdam.inclusion.engine.CaseVariables;
import nl.amsterdam.inclusion.engine.CityTime;
import nl.amsterdam.inclusion.pilot.PilotProcess;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which mails put a meeting in the recipient's calendar, declared next to their templates: a mail
 * template that announces a meeting carries an iCalendar REQUEST (the same UID again, with a higher
 * SEQUENCE, when it is sent anew because the meeting moved), and a template that ends someone's part
 * carries a CANCEL for every meeting of the case the recipient was invited to and that has not begun.
 *
 * <p>A meeting's UID is the case (process instance) that sends the invitation plus the meeting's
 * name within it, so every attendee and every later update of one meeting share it.
 *
 * <p>To add a meeting: add an entry to
 * {@link #INVITATIONS} under the template's name, naming the case variables that hold its date
 * ({@code yyyy-MM-dd}) and time ({@code HH:mm}), its length and its Dutch summary and place; add the
 * templates that call it off to {@link #CANCELLATIONS}. No change to the model is needed.
 *
 * <p>A case's meetings include those of the cases it called (the pilot participant's conversations run in a process
 * of their own), so calling off a case's meetings calls off theirs too.
 */
@Component
public class MeetingInvitations {

  private static final String PILOT = "Pilot Inclusief Leiderschap in Actie";

  /** Template name to the meeting its mail announces. */
  static final Map<String, Meeting> INVITATIONS = Map.of(
      "pilot-group-session-invitation", new Meeting(
          v -> "groepsbijeenkomst-" + v.get(PilotProcess.GROUP_NUMBER), "sessionDate", "sessionTime", Duration.ofHours(3),
          v -> "Groepsbijeenkomst " + v.get(PilotProcess.COHORT_NAME) + " (groep " + v.get(PilotProcess.GROUP_NUMBER) + ")",
          v -> text(v, "sessionLocation"),
          v -> PILOT + ": je licht je eigen case 15 à 20 minuten toe; de andere deelnemers stellen vragen en geven"
              + " feedback, tips en adviezen."),
      "pilot-conversation-planned", new Meeting(
          v -> "gesprek-" + v.get("conversationKind"), "conversationDate", "conversationTime", Duration.ofHours(1),
          v -> "1-op-1 gesprek '" + v.get("conversationKind") + "' met je coach",
          v -> text(v, "conversationLocation"),
          v -> PILOT + ": 1-op-1 gesprek '" + v.get("conversationKind") + "' over je case."),
      "panel-conversation-scheduled", new Meeting(
          v -> "panelgesprek", "conversationDate", "conversationTime", Duration.ofMinutes(90),
          v -> "Panelgesprek groeipanel met " + v.get(CaseVariables.DIRECTORATE),
          v -> text(v, "conversationLocation"),
          v -> "Gesprek van het groeipanel met " + v.get(CaseVariables.DIRECTORATE)
              + " over het actieplan. Het gesprek is vertrouwelijk."),
      "panel-follow-up-planned", new Meeting(
          v -> "vervolggesprek", "followUpDate", "followUpTime", Duration.ofHours(1),
          v -> "Vervolggesprek groeipanel met " + v.get(CaseVariables.DIRECTORATE),
          v -> text(v, "followUpLocation"),
          v -> "Vervolggesprek van " + v.get(CaseVariables.DIRECTORATE) + " met leden van het groeipanel."),
      "pilot-intervision-invitation", new Meeting(
          v -> "intervisie", "intervisionDate", "intervisionTime", Duration.ofHours(2),
          v -> "Pilot Inclusief Leiderschap: intervisie " + v.get(PilotProcess.COHORT_NAME),
          v -> text(v, "intervisionLocation"),
          v -> PILOT + ": intervisie met de deelnemers die erom vroegen."),
      "pilot-reunion-invitation", new Meeting(
          v -> "terugkomdag", PilotProcess.REUNION_DATE, PilotProcess.REUNION_TIME, Duration.ofHours(3),
          v -> "Pilot Inclusief Leiderschap: terugkomdag " + v.get(PilotProcess.COHORT_NAME),
          v -> text(v, PilotProcess.REUNION_LOCATION),
          v -> PILOT + ": terugkomdag met alle groepen van het cohort samen. Wat heb je met de feedback gedaan, wat zie"
              + " je veranderen?"),
      "alderman-place-confirmed", MeetingInvitations.aldermanDialogue(),
      "alderman-place-offered", MeetingInvitations.aldermanDialogue(),
      "alderman-dialogue-confirmation", MeetingInvitations.aldermanDialogue());

  /** Template name to the cases whose meetings its mail calls off for the recipient. */
  static final Map<String, Cancellation> CANCELLATIONS = Map.of(
      // the session of this group only: the coach plans a new date, whose invitation takes the same UID
      "pilot-group-session-cancelled", new Cancellation(
          v -> "groepsbijeenkomst-" + v.get(PilotProcess.GROUP_NUMBER), (caseId, v) -> List.of(caseId)),
      // the participant's own conversations and the group session the cohort invited her to
      "pilot-withdrawn", new Cancellation(null, MeetingInvitations::caseAndCohort),
      // the panel conversation of this case only: the moderator plans it anew, under the same UID
      "panel-conversation-cancelled", new Cancellation(v -> "panelgesprek", (caseId, v) -> List.of(caseId)),
      // a directorate taken out of the round: its conversation and a planned follow-up conversation
      "panel-conversation-withdrawn", new Cancellation(null, (caseId, v) -> List.of(caseId)),
      "pilot-cohort-cancelled", new Cancellation(null, MeetingInvitations::caseAndCohort),
      "alderman-sign-up-cancelled", new Cancellation(null, (caseId, v) -> related(caseId, v.get(DialogueProcess.DIALOGUE_ID))));

  private final CalendarLog log;
  private final HistoryService history;
  private final String organizer;
  private final String domain;

  public MeetingInvitations(CalendarLog log, HistoryService history, @Value("${inclusion.mail.from}") String organizer) {
    this.log = log;
    this.history = history;
    this.organizer = organizer;
    this.domain = organizer.substring(organizer.indexOf('@') + 1);
  }

  /**
   * The calendar items that go with this mail to this recipient: none for a mail that is no meeting,
   * one invitation, or a cancellation per open meeting. Their sequence numbers are recorded under the
   * notification job's key before the mail leaves (see {@link CalendarLog}).
   */
  public List<CalendarInvitation> forMail(String notificationKey, String template, Recipient recipient,
      Map<String, Object> variables, String processInstanceId) {
    String attendee = recipient.email().toLowerCase();
    Meeting meeting = INVITATIONS.get(template);
    if (meeting != null) {
      String uid = processInstanceId + "." + meeting.name().apply(variables) + "@" + domain;
      ZonedDateTime start = startOf(meeting, variables, template);
      return List.of(log.issue(notificationKey, processInstanceId, uid, attendee,
          sequence -> new CalendarInvitation(CalendarInvitation.Method.REQUEST, uid, sequence, start,
              start.plus(meeting.length()), meeting.summary().apply(variables), meeting.location().apply(variables),
              meeting.description().apply(variables), organizer, attendee, recipient.displayName())));
    }
    Cancellation cancellation = CANCELLATIONS.get(template);
    if (cancellation == null) {
      return List.of();
    }
    String onlyUid = cancellation.meeting() == null ? null
        : processInstanceId + "." + cancellation.meeting().apply(variables) + "@" + domain;
    List<CalendarInvitation> cancelled = new ArrayList<>();
    for (CalendarLog.SentMeeting open : log.openInvitations(attendee,
        withCalled(cancellation.cases().apply(processInstanceId, variables)), CityTime.instant())) {
      if (onlyUid == null || onlyUid.equals(open.uid())) {
        cancelled.add(log.issue(notificationKey, processInstanceId, open.uid(), attendee,
            sequence -> open.cancellation(sequence, organizer, recipient)));
      }
    }
    return cancelled;
  }

  /** The cases and every case they called, running or ended (a withdrawal has ended them by now). */
  private List<String> withCalled(List<String> cases) {
    Set<String> all = new LinkedHashSet<>(cases);
    List<String> callers = List.copyOf(cases);
    while (!callers.isEmpty()) {
      List<String> called = callers.stream().flatMap(caller -> history.createHistoricProcessInstanceQuery()
          .superProcessInstanceId(caller).list().stream().map(HistoricProcessInstance::getId)).toList();
      all.addAll(called);
      callers = called;
    }
    return List.copyOf(all);
  }

  private static ZonedDateTime startOf(Meeting meeting, Map<String, Object> variables, String template) {
    Object date = variables.get(meeting.dateVariable());
    Object time = variables.get(meeting.timeVariable());
    if (date == null || time == null) {
      throw new IllegalStateException("Mail " + template + " announces a meeting but the case has no "
          + meeting.dateVariable() + " or " + meeting.timeVariable());
    }
    return LocalDate.parse(date.toString()).atTime(LocalTime.parse(time.toString())).atZone(CityTime.ZONE);
  }

  private static Meeting aldermanDialogue() {
    return new Meeting(v -> "dialoog", DialogueProcess.DIALOGUE_DATE, "dialogueTime", Duration.ofMinutes(90),
        v -> "Dialoog met de wethouder: " + v.get(DialogueProcess.DIALOGUE_THEME),
        v -> text(v, "dialogueRoom").isEmpty() ? text(v, "dialogueLocation")
            : text(v, "dialogueLocation") + " (" + text(v, "dialogueRoom") + ")",
        v -> "Gesprek van de wethouder met een kleine groep leidinggevenden. Het gesprek is vertrouwelijk:"
            + " er wordt geen verslag gemaakt.");
  }

  private static List<String> caseAndCohort(String caseId, Map<String, Object> variables) {
    return related(caseId, variables.get(PilotProcess.COHORT_ID));
  }

  private static List<String> related(String caseId, Object otherCaseId) {
    Set<String> cases = new LinkedHashSet<>();
    cases.add(caseId);
    if (otherCaseId != null) {
      cases.add(otherCaseId.toString());
    }
    return List.copyOf(cases);
  }

  private static String text(Map<String, Object> variables, String name) {
    Object value = variables.get(name);
    return value == null ? "" : value.toString().strip();
  }

  /** A meeting a mail announces: its name within the case, where its date and time are, and what it says. */
  record Meeting(Function<Map<String, Object>, String> name, String dateVariable, String timeVariable,
      Duration length, Function<Map<String, Object>, String> summary, Function<Map<String, Object>, String> location,
      Function<Map<String, Object>, String> description) {
  }

  /** Meetings a mail calls off: one named meeting of the sending case, or (null) every open one of the cases. */
  record Cancellation(Function<Map<String, Object>, String> meeting,
      BiFunction<String, Map<String, Object>, List<String>> cases) {
  }
}

package nl.amsterdam.inclusion.notification;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import nl.amsterdam.inclusion.dialogue.DialogueProcess;
import nl.amsterdam.inclusion.engine.CaseVariables;
import nl.amsterdam.inclusion.panel.PanelProcess;
import nl.amsterdam.inclusion.pilot.PilotProcess;
import nl.amsterdam.inclusion.support.CaseForms;
import nl.amsterdam.inclusion.support.FailAfterSend;
import nl.amsterdam.inclusion.support.Mails;
import nl.amsterdam.inclusion.support.ProcessTestCase;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Meetings land in people's calendars: real process paths send their mails to an in-process SMTP
 * server, and the iCalendar parts are read back from it with ical4j.
 */
// the foundation test's context, with its SMTP host: a context of its own would register a second engine named
// "default", which the REST API and the webapps of the other web tests would then reach
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=false",
    "spring.mail.host=127.0.0.1",
    "spring.mail.port=3025",
    "inclusion.demo.enabled=true",
    "inclusion.demo.password=demo"})
@Import(FailAfterSend.class)
class CalendarInvitationIntegrationTest extends ProcessTestCase {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  private static final String DOMAIN = "@amsterdam.nl";
  private static final String[] DIRECTORATES = {"Sociaal Domein", "Ruimte", "Communicatie"};

  @BeforeEach
  void threeTestLeaders() {
    for (int i = 1; i <= 3; i++) {
      testLeader(leader(i), "Leider", String.valueOf(i));
    }
  }

  private static String leader(int i) {
    return "agenda" + i;
  }

  private static String inDays(int days) {
    return LocalDate.now().plusDays(days).toString();
  }

  // --- pilot: the group session ---------------------------------------------------------------------

  @Test
  void theGroupSessionIsInvitedMovedAndCancelledForTheParticipantWhoWithdraws() throws Exception {
    ProcessInstance cohort = startAs("mila", PilotProcess.COHORT, Map.of(
        "cohortName", "Cohort agenda", "signUpDeadline", inDays(14), "targetGroupSize", 3));
    List<ProcessInstance> participants = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      ProcessInstance participant = startAs(leader(i), PilotProcess.PARTICIPANT,
          CaseForms.pilotSignUp(leader(i), "Leider " + i, DIRECTORATES[i - 1]));
      submit(participant, PilotProcess.TASK_REVIEW_SIGN_UP, Map.of("signUpDecision", "accept"));
      submit(participant, "Task_FormulateCase", Map.of(
          "caseDescription", "Twee collega's voelen zich buitengesloten in het teamoverleg.",
          "coreQuestion", "Hoe voer ik een inclusief gesprek waarin alle perspectieven gehoord worden?",
          "desiredOutcome", "Een teamoverleg waarin iedereen zich gehoord voelt."));
      participants.add(participant);
    }
    submit(cohort, PilotProcess.TASK_CLOSE_REGISTRATION, Map.of("confirmClose", true));
    smtp.purgeEmailFromAllMailboxes();

    Task plan = task(cohort, "Task_PlanGroupSession");
    taskService.claim(plan.getId(), "anouk");
    submit(plan, Map.of("sessionDate", inDays(10), "sessionTime", "14:00", "sessionLocation", "Kantoor DoDiversity"));

    String uid = cohort.getId() + ".groepsbijeenkomst-1" + DOMAIN;
    for (int i = 1; i <= 3; i++) {
      VEvent invited = onlyEvent(mailTo(leader(i) + "@example.org", "Uitnodiging groepsbijeenkomst"), "REQUEST");
      assertThat(value(invited, Property.UID)).isEqualTo(uid);
      assertThat(value(invited, Property.SEQUENCE)).isEqualTo("0");
      assertThat(value(invited, Property.SUMMARY)).isEqualTo("Groepsbijeenkomst Cohort agenda (groep 1)");
      assertThat(value(invited, Property.LOCATION)).isEqualTo("Kantoor DoDiversity");
      assertThat(value(invited, Property.ATTENDEE)).isEqualToIgnoringCase("mailto:" + leader(i) + "@example.org");
      assertThat(value(invited, Property.ORGANIZER)).isEqualToIgnoringCase("mailto:inclusie-diversiteit" + DOMAIN);
      assertStartsAt(invited, inDays(10), "14:00");
    }

    // the session is called off and planned anew: same UID, cancelled, then invited with a higher sequence
    for (Job reminder : managementService.createJobQuery().processInstanceId(cohort.getId())
        .activityId("Timer_SessionReminderDue").list()) {
      managementService.executeJob(reminder.getId());
    }
    runAsyncJobs();
    assertThat(calendarParts(mailTo(leader(1) + "@example.org", "Herinnering: groepsbijeenkomst")))
        .as("a reminder is no calendar update").isEmpty();
    submit(task(cohort, "Task_RecordGroupSession"), Map.of("sessionHeld", "cancelled", "cancellationReason", "Coach ziek"));
    VEvent calledOff = onlyEvent(mailTo(leader(2) + "@example.org", "afgelast"), "CANCEL");
    assertThat(value(calledOff, Property.UID)).isEqualTo(uid);
    assertThat(value(calledOff, Property.SEQUENCE)).isEqualTo("1");
    assertThat(value(calledOff, Property.STATUS)).isEqualTo("CANCELLED");

    smtp.purgeEmailFromAllMailboxes();
    submit(task(cohort, "Task_PlanGroupSession"),
        Map.of("sessionDate", inDays(12), "sessionTime", "10:30", "sessionLocation", "Stadhuis, zaal 3"));
    VEvent moved = onlyEvent(mailTo(leader(2) + "@example.org", "Uitnodiging groepsbijeenkomst"), "REQUEST");
    assertThat(value(moved, Property.UID)).isEqualTo(uid);
    assertThat(value(moved, Property.SEQUENCE)).isEqualTo("2");
    assertThat(value(moved, Property.LOCATION)).isEqualTo("Stadhuis, zaal 3");
    assertStartsAt(moved, inDays(12), "10:30");

    // leader 2 withdraws: her calendar loses the session; Bureau I&D's copy of the mail has no calendar part
    smtp.purgeEmailFromAllMailboxes();
    startAs(leader(2), PilotProcess.WITHDRAWAL, Map.of("withdrawalReason", "Nieuwe baan", "confirmWithdrawal", true));
    VEvent withdrawn = onlyEvent(mailTo(leader(2) + "@example.org", "Afmelding pilot"), "CANCEL");
    assertThat(value(withdrawn, Property.UID)).isEqualTo(uid);
    assertThat(value(withdrawn, Property.SEQUENCE)).isEqualTo("3");
    assertThat(value(withdrawn, Property.ATTENDEE)).isEqualToIgnoringCase("mailto:" + leader(2) + "@example.org");
    assertStartsAt(withdrawn, inDays(12), "10:30");
    assertThat(calendarParts(mailTo("mila@example.org", "Afmelding pilot"))).isEmpty();
    assertThat(Arrays.stream(smtp.getReceivedMessages()).map(Mails::recipient))
        .as("the others keep their invitation").doesNotContain(leader(1) + "@example.org", leader(3) + "@example.org");
  }

  // --- pilot: a 1:1 conversation, and a retried send ------------------------------------------------

  @Test
  void aRetriedInvitationKeepsItsSequenceAndAWithdrawalCancelsTheConversation() throws Exception {
    ProcessInstance participant = participantWaitingForTheRefineConversation();
    // the conversations run in the process the participant's case calls: they send the invitation
    ProcessInstance conversations = runtimeService.createProcessInstanceQuery()
        .superProcessInstanceId(participant.getId()).singleResult();
    smtp.purgeEmailFromAllMailboxes();

    // the SMTP server is down when the invitation goes out: the job fails and is retried later
    smtp.stop();
    formService.submitTaskForm(task(participant, "Task_PlanRefineConversation").getId(),
        Map.of("conversationDate", inDays(5), "conversationTime", "09:15", "conversationLocation", "Teams"));
    Job invitation = managementService.createJobQuery().processInstanceId(conversations.getId())
        .activityId("Task_NotifyRefinePlanned").singleResult();
    assertThatThrownBy(() -> managementService.executeJob(invitation.getId())).isInstanceOf(RuntimeException.class);
    assertThatThrownBy(() -> managementService.executeJob(invitation.getId())).isInstanceOf(RuntimeException.class);
    smtp.start();
    managementService.executeJob(invitation.getId()); // the retry, due in five minutes, run now
    runAsyncJobs();

    String uid = conversations.getId() + ".gesprek-verfijnen" + DOMAIN;
    VEvent invited = onlyEvent(mailTo(leader(1) + "@example.org", "verfijnen"), "REQUEST");
    assertThat(value(invited, Property.UID)).isEqualTo(uid);
    assertThat(value(invited, Property.SEQUENCE)).as("the failed attempts took no number of their own").isEqualTo("0");
    assertThat(value(invited, Property.SUMMARY)).isEqualTo("1-op-1 gesprek 'verfijnen' met je coach");
    assertStartsAt(invited, inDays(5), "09:15");
    assertThat(jdbc.queryForList("SELECT DISTINCT sequence_number FROM app_calendar_invitation WHERE uid = ?",
        Integer.class, uid)).containsExactly(0);

    smtp.purgeEmailFromAllMailboxes();
    startAs(leader(1), PilotProcess.WITHDRAWAL, Map.of("withdrawalReason", "Te druk", "confirmWithdrawal", true));
    VEvent cancelled = onlyEvent(mailTo(leader(1) + "@example.org", "Afmelding pilot"), "CANCEL");
    assertThat(value(cancelled, Property.UID)).isEqualTo(uid);
    assertThat(value(cancelled, Property.SEQUENCE)).isEqualTo("1");
  }

  /** Signed up, accepted, case formulated, placed in group 1 and feedback returned (the cohort played by messages). */
  private ProcessInstance participantWaitingForTheRefineConversation() {
    startAs("mila", PilotProcess.COHORT, Map.of("cohortName", "Cohort agenda", "signUpDeadline", inDays(14),
        "targetGroupSize", 3));
    ProcessInstance participant = startAs(leader(1), PilotProcess.PARTICIPANT,
        CaseForms.pilotSignUp(leader(1), "Leider 1", "Ruimte"));
    submit(participant, PilotProcess.TASK_REVIEW_SIGN_UP, Map.of("signUpDecision", "accept"));
    submit(participant, "Task_FormulateCase", Map.of(
        "caseDescription", "Twee collega's voelen zich buitengesloten in het teamoverleg.",
        "coreQuestion", "Hoe voer ik een inclusief gesprek waarin alle perspectieven gehoord worden?",
        "desiredOutcome", "Een teamoverleg waarin iedereen zich gehoord voelt."));
    runtimeService.createMessageCorrelation(PilotProcess.MSG_GROUP_ASSIGNED).processInstanceId(participant.getId())
        .setVariable("groupNumber", 1).setVariable("cohortCancelled", false).correlate();
    runAsyncJobs();
    runtimeService.createMessageCorrelation(PilotProcess.MSG_FEEDBACK_RETURNED).processInstanceId(participant.getId())
        .setVariable("attended", true).setVariable("feedback", "Vraag vooraf hoe collega's het overleg beleven.")
        .setVariable("coachId", "anouk").correlate();
    runAsyncJobs();
    submit(participant, "Task_ReadFeedback", Map.of());
    return participant;
  }

  // --- the alderman's dialogue ----------------------------------------------------------------------

  @Test
  void aPlaceAtTheDialogueIsInvitedConfirmedWithItsRoomAndCancelledWhenTheLeaderSignsOff() throws Exception {
    ProcessInstance dialogue = startAs("mila", DialogueProcess.DIALOGUE, Map.of(
        "dialogueTheme", "Inclusief leidinggeven", "dialogueDate", inDays(21), "dialogueTime", "15:00",
        "dialogueLocation", "Amstel 1", "dialogueRoom", "Trouwzaal", "audience", "leidinggevenden",
        "maxParticipants", 8, "signUpDeadline", inDays(10)));
    List<ProcessInstance> signUps = new ArrayList<>();
    for (int i = 1; i <= 2; i++) {
      signUps.add(startAs(leader(i), DialogueProcess.SIGN_UP, Map.of("leaderName", "Leider " + i,
          "function", "Teammanager", "cluster", "sociaal", "email", leader(i) + "@example.org", "consent", true)));
    }
    smtp.purgeEmailFromAllMailboxes();
    fireTimer(dialogue, DialogueProcess.TIMER_SIGN_UP_DEADLINE);

    String uid = dialogue.getId() + ".dialoog" + DOMAIN;
    VEvent placed = onlyEvent(mailTo(leader(1) + "@example.org", "plek"), "REQUEST");
    assertThat(value(placed, Property.UID)).isEqualTo(uid);
    assertThat(value(placed, Property.SEQUENCE)).isEqualTo("0");
    assertThat(value(placed, Property.SUMMARY)).isEqualTo("Dialoog met de wethouder: Inclusief leidinggeven");
    assertThat(value(placed, Property.LOCATION)).isEqualTo("Amstel 1 (Trouwzaal)");
    assertStartsAt(placed, inDays(21), "15:00");
    assertThat(ZonedDateTime.from(placed.getEndDate().orElseThrow().getDate()).toLocalTime())
        .as("90 minutes").isEqualTo(LocalTime.of(16, 30));

    smtp.purgeEmailFromAllMailboxes();
    submit(signUps.get(1), DialogueProcess.TASK_MANAGE_SIGN_UP, Map.of("attendance", "afmelden"));
    VEvent signedOff = onlyEvent(mailTo(leader(2) + "@example.org", "Afmelding ontvangen"), "CANCEL");
    assertThat(value(signedOff, Property.UID)).isEqualTo(uid);
    assertThat(value(signedOff, Property.SEQUENCE)).isEqualTo("1");

    smtp.purgeEmailFromAllMailboxes();
    submit(dialogue, "Task_PrepareBriefing", CaseForms.aldermanBriefing());
    submit(dialogue, "Task_ReviewBriefing", Map.of("briefingDecision", "approve"));
    VEvent confirmed = onlyEvent(mailTo(leader(1) + "@example.org", "Bevestiging"), "REQUEST");
    assertThat(value(confirmed, Property.UID)).isEqualTo(uid);
    assertThat(value(confirmed, Property.SEQUENCE)).as("an update of the same meeting").isEqualTo("2");
    assertThat(Arrays.stream(smtp.getReceivedMessages()).map(Mails::recipient))
        .as("no confirmation for the leader who signed off").doesNotContain(leader(2) + "@example.org");
  }

  // --- the growth panel: conversation and follow-up -----------------------------------------------------

  @Test
  void theDirectorateAndThePanelGetThePanelConversationAndTheChosenMemberTheFollowUp() throws Exception {
    ProcessInstance conversation = runtimeService.startProcessInstanceByKey(PanelProcess.CONVERSATION,
        Map.of("roundNumber", 3, "directorateGroup", "directorate-wpi", "secondTime", false));
    runAsyncJobs();
    handInPlanDocuments(task(conversation, "Task_SubmitActionPlan"));
    submit(conversation, "Task_SubmitActionPlan", Map.of("actionPlan", "Doelen, interventies en monitoring.",
        "directoratePlan", "Directieplan 2026"));
    submit(conversation, "Task_CheckActionPlan", Map.of("hasNarrative", true, "hasGoals", true,
        "hasInterventions", true, "hasOwnership", true, "planCheck", "complete"));
    for (Task reading : taskService.createTaskQuery().processInstanceId(conversation.getId())
        .taskDefinitionKey("Task_ReadActionPlan").list()) {
      submit(reading, Map.of("readingNotes", "Sterk narratief, weinig over borging."));
    }
    smtp.purgeEmailFromAllMailboxes();
    submit(conversation, "Task_ScheduleConversation", Map.of("conversationDate", inDays(14),
        "conversationTime", "14:00", "conversationLocation", "Stadhuis"));

    String directorate = (String) runtimeService.getVariable(conversation.getId(), CaseVariables.DIRECTORATE);
    for (String address : List.of("ayse@example.org", "karin@example.org")) {
      VEvent panel = onlyEvent(mailTo(address, "Panelgesprek"), "REQUEST");
      assertThat(value(panel, Property.UID)).isEqualTo(conversation.getId() + ".panelgesprek" + DOMAIN);
      assertThat(value(panel, Property.SEQUENCE)).isEqualTo("0");
      assertThat(value(panel, Property.SUMMARY)).isEqualTo("Panelgesprek groeipanel met " + directorate);
      assertThat(value(panel, Property.LOCATION)).isEqualTo("Stadhuis");
      assertStartsAt(panel, inDays(14), "14:00");
    }

    // moved (recorded by the moderator): the same meeting again, one sequence up, at the new date and time
    smtp.purgeEmailFromAllMailboxes();
    submit(conversation, "Task_RecordConversation", Map.of("conversationOutcome", "moved",
        "conversationDate", inDays(15), "conversationTime", "10:00", "conversationLocation", "Stadhuis"));
    VEvent moved = onlyEvent(mailTo("karin@example.org", "Panelgesprek"), "REQUEST");
    assertThat(value(moved, Property.UID)).isEqualTo(conversation.getId() + ".panelgesprek" + DOMAIN);
    assertThat(value(moved, Property.SEQUENCE)).isEqualTo("1");
    assertStartsAt(moved, inDays(15), "10:00");
    // cancelled: the directorate and the panel get the meeting called off, and the moderator plans it anew
    smtp.purgeEmailFromAllMailboxes();
    submit(conversation, "Task_RecordConversation", Map.of("conversationOutcome", "cancelled",
        "cancellationReason", "De directeur is ziek."));
    for (String address : List.of("ayse@example.org", "karin@example.org")) {
      VEvent cancelled = onlyEvent(mailTo(address, "afgelast"), "CANCEL");
      assertThat(value(cancelled, Property.UID)).isEqualTo(conversation.getId() + ".panelgesprek" + DOMAIN);
      assertThat(value(cancelled, Property.SEQUENCE)).isEqualTo("2");
    }
    submit(conversation, "Task_ScheduleConversation", Map.of("conversationDate", inDays(0),
        "conversationTime", "23:45", "conversationLocation", "Stadhuis"));
    submit(conversation, "Task_RecordConversation", Map.of("conversationOutcome", "held"));

    submit(conversation, "Task_WriteReport", Map.of("report", "Open gesprek over de rol van leiderschap.",
        "reportThemes", List.of("urgentie")));
    for (Task input : taskService.createTaskQuery().processInstanceId(conversation.getId())
        .taskDefinitionKey("Task_GiveReportInput").list()) {
      submit(input, Map.of("reportInput", "Akkoord."));
    }
    // reflection and follow-up run in the instance the conversation called
    ProcessInstance followUpCase = runtimeService.createProcessInstanceQuery().superProcessInstanceId(conversation.getId())
        .singleResult();
    submit(followUpCase, "Task_WriteReflection", Map.of("writeReflection", "no"));
    submit(followUpCase, "Task_DecideFollowUp", Map.of("wantsFollowUp", "yes", "followUpMember1", "karin",
        "candidateDate1", inDays(20), "candidateDate2", inDays(21), "candidateDate3", inDays(22)));
    smtp.purgeEmailFromAllMailboxes();
    submit(followUpCase, "Task_PlanFollowUp", Map.of("followUpDate", inDays(21), "followUpTime", "10:00",
        "followUpLocation", "Online"));

    VEvent followUp = onlyEvent(mailTo("karin@example.org", "Vervolggesprek"), "REQUEST");
    assertThat(value(followUp, Property.UID)).isEqualTo(followUpCase.getId() + ".vervolggesprek" + DOMAIN);
    assertThat(value(followUp, Property.SUMMARY)).isEqualTo("Vervolggesprek groeipanel met " + directorate);
    assertStartsAt(followUp, inDays(21), "10:00");
    assertThat(value(onlyEvent(mailTo("ayse@example.org", "Vervolggesprek"), "REQUEST"), Property.ATTENDEE))
        .isEqualToIgnoringCase("mailto:ayse@example.org");
    assertThat(Arrays.stream(smtp.getReceivedMessages()).map(Mails::recipient))
        .as("only the chosen member of the panel").doesNotContain("youssef@example.org");
  }

  // --- reading the mails back -----------------------------------------------------------------------

  private MimeMessage mailTo(String address, String subjectPart) {
    List<MimeMessage> found = Arrays.stream(smtp.getReceivedMessages())
        .filter(mail -> Mails.recipient(mail).equalsIgnoreCase(address))
        .filter(mail -> subject(mail).contains(subjectPart))
        .toList();
    assertThat(found).as("mail to " + address + " about '" + subjectPart + "'").hasSize(1);
    return found.get(0);
  }

  private static String subject(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The one event of the mail's one .ics attachment, which carries {@code method}. */
  private static VEvent onlyEvent(MimeMessage mail, String method) throws Exception {
    List<Calendar> calendars = calendarParts(mail);
    assertThat(calendars).as("one calendar attachment").hasSize(1);
    assertThat(inlineCalendarTypes(mail)).as("the meeting request as the body's alternative too")
        .containsExactly("text/calendar; charset=UTF-8; method=" + method);
    Calendar calendar = calendars.get(0);
    assertThat(calendar.getProperty(Property.METHOD).map(Property::getValue)).hasValue(method);
    List<VEvent> events = calendar.getComponents(VEvent.VEVENT);
    assertThat(events).hasSize(1);
    return events.get(0);
  }

  /** The .ics attachments of the mail, parsed; each also checked to name its method in its content type. */
  private static List<Calendar> calendarParts(MimeMessage mail) throws Exception {
    List<Calendar> calendars = new ArrayList<>();
    collect(mail, calendars);
    return calendars;
  }

  /** Content types of the text/calendar parts inside the body's multipart/alternative. */
  private static List<String> inlineCalendarTypes(MimeMessage mail) throws Exception {
    List<String> types = new ArrayList<>();
    Multipart mixed = (Multipart) mail.getContent();
    Multipart alternative = (Multipart) mixed.getBodyPart(0).getContent();
    for (int i = 0; i < alternative.getCount(); i++) {
      if (alternative.getBodyPart(i).isMimeType("text/calendar")) {
        types.add(alternative.getBodyPart(i).getContentType());
      }
    }
    return types;
  }

  private static void collect(Part part, List<Calendar> calendars) throws Exception {
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        collect(multipart.getBodyPart(i), calendars);
      }
    } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) && part.getFileName().endsWith(".ics")) {
      assertThat(part.getContentType()).startsWith("text/calendar").contains("method=");
      assertThat(part.getFileName()).isIn("uitnodiging.ics", "afzegging.ics");
      try (InputStream in = part.getInputStream()) {
        calendars.add(new CalendarBuilder().build(in));
      }
    }
  }

  private static String value(VEvent event, String property) {
    return event.getProperty(property).map(Property::getValue).orElseThrow();
  }

  private static void assertStartsAt(VEvent event, String date, String time) {
    var start = event.getStartDate().orElseThrow();
    assertThat(start.getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Amsterdam");
    assertThat(ZonedDateTime.from(start.getDate()).toLocalDateTime())
        .isEqualTo(LocalDateTime.of(LocalDate.parse(date), LocalTime.parse(time)));
  }
}

package nl.amsterdam.inclusion.identity;

import java.time.ZonedDateTime;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import nl.amsterdam.inclusion.engine.CityTime;
import nl.amsterdam.inclusion.learning.LearningProcess;
import nl.amsterdam.inclusion.notification.CalendarInvitation;
import nl.amsterdam.inclusion.notification.CalendarLog;
import nl.amsterdam.inclusion.support.CaseForms;
import nl.amsterdam.inclusion.support.ProcessTestCase;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** A person asks what the application holds about them, then to erase it: Bureau I&D handles it over the API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=false", "inclusion.demo.enabled=true", "inclusion.demo.password=demo"})
class PrivacyRequestIntegrationTest extends ProcessTestCase {

  private static final String PERSON = "lid.privacy";
  private static final String ADDRESS = "lid.privacy@example.org";

  @Autowired TestRestTemplate rest;
  @Autowired CalendarLog calendar;

  @Test
  void bureauIDExportsWhatIsHeldAndErasesItOnceNoCaseRuns() {
    User user = identityService.newUser(PERSON);
    user.setFirstName("Lid");
    user.setLastName("Privacy");
    user.setEmail(ADDRESS);
    identityService.saveUser(user);
    identityService.createMembership(PERSON, Groups.LEADERS);
    identityService.createMembership(PERSON, Groups.clusterGroup(Cluster.SOCIAAL));
    ProcessInstance request = startAs(PERSON, LearningProcess.REQUEST,
        CaseForms.learningRequest("Lid Privacy", ADDRESS, "sociaal", "maatwerk"));
    ZonedDateTime meeting = ZonedDateTime.now(CityTime.ZONE).plusDays(7);
    calendar.issue("job-1", request.getId(), "privacy.gesprek@amsterdam.nl", ADDRESS, sequence -> new CalendarInvitation(
        CalendarInvitation.Method.REQUEST, "privacy.gesprek@amsterdam.nl", sequence, meeting, meeting.plusHours(1),
        "Gesprek", "Teams", null, "inclusie-diversiteit@amsterdam.nl", ADDRESS, "Lid Privacy"));

    JsonNode export = rest.withBasicAuth("mila", "demo").getForObject("/api/privacy/" + PERSON, JsonNode.class);
    assertThat(export.path("account").path("email").asText()).isEqualTo(ADDRESS);
    assertThat(export.path("groups").toString()).contains(Groups.LEADERS);
    assertThat(export.path("cases").get(0).path("data").path("helpQuestion").asText()).contains("niet gehoord");
    assertThat(export.path("mails").size()).as("the confirmation of the request").isPositive();
    assertThat(export.path("calendarInvitations").size()).isEqualTo(1);
    assertThat(export.path("calendarInvitations").toString()).contains("Gesprek");

    assertThat(erase("fatima").getStatusCode()).as("only Bureau I&D").isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<JsonNode> whileRunning = erase("mila");
    assertThat(whileRunning.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(whileRunning.getBody().path("runningCases").get(0).asText()).isEqualTo(request.getId());
    assertThat(identityService.createUserQuery().userId(PERSON).count()).isEqualTo(1);

    ProcessInstance work = calledBy(request);
    submit(request, "Task_ReviewRequest", Map.of("reviewDecision", "decline", "declineReason", "Past in het open aanbod."));
    ResponseEntity<JsonNode> erased = erase("mila");

    assertThat(erased.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(identityService.createUserQuery().userId(PERSON).count()).isZero();
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(request.getId()).count()).isZero();
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(work.getId()).count())
        .as("the custom work's copy of the request").isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_notification_log WHERE recipient = ?", Long.class, ADDRESS))
        .isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_calendar_invitation WHERE attendee = ?", Long.class, ADDRESS))
        .isZero();
    assertThat(jdbc.queryForList("SELECT kind FROM app_privacy_request WHERE subject_user_id = ? ORDER BY id",
        String.class, PERSON)).containsExactly("EXPORT", "ERASE", "ERASE");
  }

  @Test
  void anEmployeesExportNamesHerLeaderAndHerRequestAtTheLeaderAndTheLeaderHasTheRequestSheTookOver() {
    User employee = identityService.newUser("lid.medewerker");
    employee.setFirstName("Lid");
    employee.setLastName("Medewerker");
    employee.setEmail("lid.medewerker@example.org");
    identityService.saveUser(employee);
    identityService.createMembership("lid.medewerker", Groups.EMPLOYEES);
    identityService.createMembership("lid.medewerker", Groups.clusterGroup(Cluster.SOCIAAL));
    identityService.setUserInfo("lid.medewerker", Leaders.INFO_KEY, "sanne");
    ProcessInstance request = startAs("lid.medewerker", LearningProcess.REQUEST,
        CaseForms.learningRequest("Lid Medewerker", "lid.medewerker@example.org", "sociaal", "maatwerk"));
    submitAs("sanne", task(request, LearningProcess.TASK_DISCUSS_EMPLOYEE_REQUEST), Map.of(
        LearningProcess.LEADER_DECISION, LearningProcess.LEADER_DECLINES,
        LearningProcess.LEADER_DECLINE_REASON, "Eerst in het teamoverleg bespreken."));

    JsonNode export = rest.withBasicAuth("mila", "demo").getForObject("/api/privacy/lid.medewerker", JsonNode.class);
    assertThat(export.path("leader").asText()).isEqualTo("sanne");
    assertThat(export.path("cases").toString()).contains(businessKeyOf(request))
        .contains("Eerst in het teamoverleg bespreken.");

    ProcessInstance supported = startAs("lid.medewerker", LearningProcess.REQUEST,
        CaseForms.learningRequest("Lid Medewerker", "lid.medewerker@example.org", "sociaal", "maatwerk"));
    submitAs("sanne", task(supported, LearningProcess.TASK_DISCUSS_EMPLOYEE_REQUEST),
        Map.of(LearningProcess.LEADER_DECISION, LearningProcess.LEADER_SUPPORTS));
    JsonNode leaders = rest.withBasicAuth("mila", "demo").getForObject("/api/privacy/sanne", JsonNode.class);
    assertThat(leaders.path("cases").toString()).as("the request she took over holds her name")
        .contains(businessKeyOf(supported)).doesNotContain(businessKeyOf(request));
    assertThat(leaders.path("tasks").toString()).contains("Aanvraag van Lid Medewerker bespreken");
  }

  private ResponseEntity<JsonNode> erase(String asUser) {
    return rest.withBasicAuth(asUser, "demo").exchange("/api/privacy/" + PERSON, HttpMethod.DELETE, null, JsonNode.class);
  }
}

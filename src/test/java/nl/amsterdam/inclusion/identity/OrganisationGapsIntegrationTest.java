package nl.amsterdam.inclusion.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import nl.amsterdam.inclusion.support.ProcessTestCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** Roles, clusters and directorates nobody holds: reported at start and to Bureau I&D; the demo data leaves none. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=false", "inclusion.demo.enabled=true", "inclusion.demo.password=demo"})
@ExtendWith(OutputCaptureExtension.class)
class OrganisationGapsIntegrationTest extends ProcessTestCase {

  @Autowired TestRestTemplate rest;
  @Autowired OrganisationGaps organisationGaps;

  private List<String> organisation() {
    List<String> groups = new ArrayList<>(AccessSetup.ROLE_NAMES.keySet());
    AccessSetup.DIRECTORATES.keySet().forEach(code -> groups.add(Groups.directorateGroup(code)));
    for (Cluster cluster : Cluster.values()) {
      groups.add(Groups.clusterGroup(cluster));
      groups.add(Groups.accountManagersOf(cluster));
      groups.add(Groups.hrBusinessPartnersOf(cluster));
    }
    groups.add(Groups.CAMUNDA_ADMIN);
    return groups;
  }

  private List<String> gapIds() {
    JsonNode gaps = rest.withBasicAuth("mila", "demo").getForObject("/api/organisation/gaps", JsonNode.class);
    return StreamSupport.stream(gaps.spliterator(), false).map(gap -> gap.path("groupId").asText()).toList();
  }

  @Test
  void theDemoDataFillsEveryRoleClusterAndDirectorateWithPeopleEnoughForEachFlow() {
    assertThat(gapIds()).doesNotContainAnyElementsOf(organisation());
    assertThat(identityService.createUserQuery().memberOfGroup(Groups.LEADERS).count())
        .as("a pilot cohort of ten in two groups").isGreaterThanOrEqualTo(10);
    assertThat(identityService.createUserQuery().memberOfGroup(Groups.PANEL_MEMBERS).count())
        .as("a panel of four").isEqualTo(4);
    assertThat(identityService.createUserQuery().memberOfGroup(Groups.PILOT_COACHES).count())
        .as("a coach for each group").isGreaterThanOrEqualTo(2);
    assertThat(DemoUser.ALL).allMatch(user -> user.email().endsWith("@example.org"));
  }

  @Test
  void aGroupWithoutMembersIsReportedWithItsStandInToBureauIdAndAdministratorsOnly(CapturedOutput output) {
    withoutMembers(Groups.accountManagersOf(Cluster.BESTUUR), () -> withoutMembers("directorate-sport-bos", () -> {
      JsonNode gaps = rest.withBasicAuth("mila", "demo").getForObject("/api/organisation/gaps", JsonNode.class);
      JsonNode accountManager = find(gaps, "account-managers-bestuur");
      assertThat(accountManager.path("standIn").asText()).isEqualTo(Groups.ID_BUREAU);
      assertThat(accountManager.path("note").asText()).startsWith("Niemand heeft de rol Accounthouder P&O Bestuur");
      assertThat(find(gaps, "directorate-sport-bos").path("standIn").asText()).isEqualTo(Groups.PANEL_MODERATOR);
      assertThat(find(gaps, "directorate-sport-bos").path("type").asText()).isEqualTo(Groups.TYPE_DIRECTORATE);

      withoutMembers(Groups.ID_BUREAU, () -> assertThat(find(rest.withBasicAuth("demo", "demo")
          .getForObject("/api/organisation/gaps", JsonNode.class), "account-managers-bestuur").path("standIn").asText())
          .as("Bureau I&D empty too: the next in the chain").isEqualTo(Groups.CAMUNDA_ADMIN));

      organisationGaps.warnAtStart();
      assertThat(output.getOut()).contains("WARN").contains("account-managers-bestuur -> id-bureau")
          .contains("directorate-sport-bos -> panel-moderator");
    }));
    assertThat(gapIds()).doesNotContain("account-managers-bestuur", "directorate-sport-bos");

    assertThat(rest.withBasicAuth("fatima", "demo").getForEntity("/api/organisation/gaps", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.withBasicAuth("demo", "demo").getForEntity("/api/organisation/gaps", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  private static JsonNode find(JsonNode gaps, String groupId) {
    return StreamSupport.stream(gaps.spliterator(), false).filter(gap -> gap.path("groupId").asText().equals(groupId))
        .findFirst().orElseThrow(() -> new AssertionError(groupId + " not reported in " + gaps));
  }
}

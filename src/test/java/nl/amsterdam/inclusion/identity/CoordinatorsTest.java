package nl.amsterdam.inclusion.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Who stands in for a role nobody holds: every chain ends with the administrators, and panel work stays confidential. */
class CoordinatorsTest {

  @Test
  void bureauIdStandsInForTheProgrammesRolesAndClusters() {
    for (String group : List.of(Groups.LEADERS, Groups.PILOT_COACHES, Groups.ACCOUNT_MANAGERS, Groups.LEARNING_ADVISORS,
        Groups.ALDERMAN_OFFICE, Groups.accountManagersOf(Cluster.BESTUUR), Groups.clusterGroup(Cluster.SOCIAAL))) {
      assertThat(Coordinators.of(group)).as(group).contains(Groups.ID_BUREAU);
    }
  }

  @Test
  void thePanelModeratorNotBureauIdStandsInForConfidentialPanelWork() {
    for (String group : List.of(Groups.PANEL_MEMBERS, Groups.DIRECTORATE_LEADS, Groups.directorateGroup("sport-bos"))) {
      assertThat(Coordinators.of(group)).as(group).contains(Groups.PANEL_MODERATOR);
    }
    assertThat(AccessModel.MONITORED.get(Groups.PANEL_MODERATOR)).contains(AccessModel.GROWTH_PANEL_CONVERSATION);
    assertThat(AccessModel.MONITORED.get(Groups.ID_BUREAU)).doesNotContain(AccessModel.GROWTH_PANEL_CONVERSATION);
  }

  @Test
  void everyChainEndsWithTheAdministratorsWhomNobodyCovers() {
    List<String> groups = new ArrayList<>(Groups.ROLES);
    AccessSetup.DIRECTORATES.keySet().forEach(code -> groups.add(Groups.directorateGroup(code)));
    for (String group : groups) {
      List<String> chain = new ArrayList<>();
      Optional<String> next = Coordinators.of(group);
      while (next.isPresent() && chain.size() < 5) {
        chain.add(next.get());
        next = Coordinators.of(next.get());
      }
      assertThat(chain).as(group).endsWith(Groups.CAMUNDA_ADMIN).doesNotHaveDuplicates();
    }
    assertThat(Coordinators.of(Groups.CAMUNDA_ADMIN)).isEmpty();
  }
}

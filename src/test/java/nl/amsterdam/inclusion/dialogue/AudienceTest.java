package nl.amsterdam.inclusion.dialogue;

import java.util.List;

import nl.amsterdam.inclusion.identity.Groups;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AudienceTest {

  @Test
  void aSessionForAllEmployeesAdmitsEmployeesAndLeaders() {
    Audience all = Audience.of("medewerkers");

    assertThat(all).isEqualTo(Audience.ALL_EMPLOYEES);
    assertThat(all.admits(List.of(Groups.EMPLOYEES))).isTrue();
    assertThat(all.admits(List.of(Groups.LEADERS, "cluster-sociaal"))).isTrue();
    assertThat(all.admits(List.of(Groups.PILOT_COACHES))).isFalse();
    assertThat(all.recipients()).isEqualTo("group:leaders,group:employees");
  }

  @Test
  void aLeadersOnlySessionAdmitsLeadersOnly() {
    Audience leaders = Audience.of("leidinggevenden");

    assertThat(leaders.admits(List.of(Groups.LEADERS))).isTrue();
    assertThat(leaders.admits(List.of(Groups.EMPLOYEES, "cluster-sociaal"))).isFalse();
    assertThat(leaders.recipients()).isEqualTo("group:leaders");
  }

  @Test
  void anUnknownAudienceAdmitsLeadersOnly() {
    assertThat(Audience.of(null)).isEqualTo(Audience.LEADERS_ONLY);
    assertThat(Audience.of("iedereen")).isEqualTo(Audience.LEADERS_ONLY);
  }
}

package nl.amsterdam.inclusion.learning;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which way a new request goes, and who may decide on an employee's request. */
class RequestRouteTest {

  @Test
  void aLeadersRequestGoesStraightOnAnEmployeesToTheLeaderAndWithoutALeaderNowhere() {
    assertThat(RequestRoute.of(true, false)).isEqualTo(RequestRoute.LEADERS_OWN);
    assertThat(RequestRoute.of(true, true)).as("a leader with a leader of her own still asks herself")
        .isEqualTo(RequestRoute.LEADERS_OWN);
    assertThat(RequestRoute.of(false, true)).isEqualTo(RequestRoute.VIA_LEADER);
    assertThat(RequestRoute.of(false, false)).isEqualTo(RequestRoute.NO_LEADER);
  }

  @Test
  void theEmployeeWhoAskedNeverDecides() {
    assertThat(RequestRoute.mayDecide("fatima", "femke")).isTrue();
    assertThat(RequestRoute.mayDecide("femke", "femke")).isFalse();
    assertThat(RequestRoute.mayDecide(null, "femke")).isFalse();
  }
}

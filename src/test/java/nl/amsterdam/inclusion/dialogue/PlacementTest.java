package nl.amsterdam.inclusion.dialogue;

import java.util.ArrayList;
import java.util.List;

import nl.amsterdam.inclusion.dialogue.Placement.SignUp;
import org.junit.jupiter.api.Test;

import static nl.amsterdam.inclusion.dialogue.DialogueProcess.FORMAL;
import static nl.amsterdam.inclusion.dialogue.DialogueProcess.INFORMAL;
import static org.assertj.core.api.Assertions.assertThat;

class PlacementTest {

  private static List<SignUp> signUps(String... roles) {
    List<SignUp> signUps = new ArrayList<>();
    for (int i = 0; i < roles.length; i++) {
      signUps.add(new SignUp("s" + i, roles[i], false));
    }
    return signUps;
  }

  @Test
  void withRoomForEveryoneEveryoneGetsAPlace() {
    Placement.Result result = Placement.assign(signUps(FORMAL, INFORMAL, FORMAL), 8);

    assertThat(result.placed()).containsExactly("s0", "s1", "s2");
    assertThat(result.waiting()).isEmpty();
  }

  @Test
  void informalLeadersWhoSignedUpLateStillGetPlacesBesideTheFormalOnes() {
    // eight formal leaders sign up first, then two informal ones
    List<SignUp> signUps = signUps(FORMAL, FORMAL, FORMAL, FORMAL, FORMAL, FORMAL, FORMAL, FORMAL, INFORMAL, INFORMAL);

    Placement.Result result = Placement.assign(signUps, 8);

    assertThat(result.placed()).as("in order of signing up").containsExactly("s0", "s1", "s2", "s3", "s4", "s5", "s8", "s9");
    assertThat(result.waiting()).as("the formal leaders who signed up last wait, in order").containsExactly("s6", "s7");
  }

  @Test
  void withOneRoleOnlyTheEarliestGetThePlaces() {
    Placement.Result result = Placement.assign(signUps(FORMAL, FORMAL, FORMAL), 2);

    assertThat(result.placed()).containsExactly("s0", "s1");
    assertThat(result.waiting()).containsExactly("s2");
  }

  @Test
  void aFreedPlaceGoesToTheLeastRepresentedRoleAndNobodyLosesAPlace() {
    // four placed formal leaders (one place freed by a cancellation), waiting: a formal, then an informal leader
    List<SignUp> signUps = List.of(new SignUp("f1", FORMAL, true), new SignUp("f2", FORMAL, true),
        new SignUp("f3", FORMAL, true), new SignUp("w1", FORMAL, false), new SignUp("w2", INFORMAL, false));

    Placement.Result result = Placement.assign(signUps, 4);

    assertThat(result.placed()).containsExactly("f1", "f2", "f3", "w2");
    assertThat(result.waiting()).containsExactly("w1");
  }

  @Test
  void aSignUpWithoutARoleDoesNotCrowdOutTheOthers() {
    Placement.Result result = Placement.assign(signUps(null, null, null, INFORMAL), 2);

    assertThat(result.placed()).containsExactly("s0", "s3");
    assertThat(result.waiting()).containsExactly("s1", "s2");
  }
}

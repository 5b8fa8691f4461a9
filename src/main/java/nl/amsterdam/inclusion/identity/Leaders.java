package nl.amsterdam.inclusion.identity;

import java.util.Optional;

import nl.amsterdam.inclusion.engine.AsProcess;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Who a person's leader (leidinggevende) is. The directory's groups say a person's role and cluster, not whom they
 * report to, so the relation is kept with the account itself: the engine's user info {@value #INFO_KEY} holds the
 * leader's user id (set by the demo data, later by the directory; erased with the account). Only a leader counts: a
 * user id that is gone, or no longer in {@code leaders}, is no leader. Reads the directory as the process.
 */
@Component
public class Leaders {

  /** The user info key that holds a person's leader's user id. */
  public static final String INFO_KEY = "leader";

  private final IdentityService identity;

  public Leaders(IdentityService identity) {
    this.identity = identity;
  }

  /** Whether the person holds the leaders' role (formal or informal leader). */
  public boolean isLeader(String userId) {
    return userId != null && AsProcess.run(() -> identity.createUserQuery().userId(userId)
        .memberOfGroup(Groups.LEADERS).count() > 0);
  }

  /** The person's leader as recorded with the account, if that is a leader with an account. */
  public Optional<User> leaderOf(String userId) {
    if (userId == null) {
      return Optional.empty();
    }
    return AsProcess.run(() -> Optional.ofNullable(identity.getUserInfo(userId, INFO_KEY))
        .filter(leaderId -> !leaderId.equals(userId) && isLeader(leaderId))
        .map(leaderId -> identity.createUserQuery().userId(leaderId).singleResult()));
  }

  /** The leader's user id as recorded, whether or not it is (still) a leader: for the privacy export. */
  public Optional<String> recordedLeaderOf(String userId) {
    return AsProcess.run(() -> Optional.ofNullable(identity.getUserInfo(userId, INFO_KEY)));
  }

  /** Records the person's leader (the directory or the demo data). */
  public void record(String userId, String leaderId) {
    AsProcess.run(() -> {
      identity.setUserInfo(userId, INFO_KEY, leaderId);
      return null;
    });
  }

  /** "Fatima El Amrani", or the user id when the account has no name. */
  public static String nameOf(User user) {
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).trim();
    return name.isEmpty() ? user.getId() : name;
  }
}

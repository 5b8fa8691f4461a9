package nl.amsterdam.inclusion.identity;

import java.util.Set;
import java.util.stream.Collectors;

import nl.amsterdam.inclusion.engine.AsSystem;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

/**
 * Keeps the engine's users in step with the city's directory at each login: the person's name and address (for
 * mails and task links) and exactly the memberships the directory gives, among the groups it manages. A person
 * removed from a group in the directory loses the role at the next login. Users made here have no password: they
 * can only log in through the provider.
 */
@Service
public class DirectoryLogin {

  /** A person as the provider describes them, with the application's groups their claims map to. */
  public record Person(String userId, String firstName, String lastName, String email, Set<String> groups) {
  }

  /** The provider names a person whose user id is a local account's. */
  public static class LocalAccountException extends RuntimeException {
    public LocalAccountException(String userId) {
      super("User id " + userId + " belongs to a local account");
    }
  }

  private final IdentityService identity;
  private final AsSystem asSystem;

  public DirectoryLogin(IdentityService identity, AsSystem asSystem) {
    this.identity = identity;
    this.asSystem = asSystem;
  }

  /** @param managedGroups the groups the directory decides (every group the mapping can give) */
  public void apply(Person person, Set<String> managedGroups) {
    // the application keeps its directory, not the person logging in
    asSystem.run(() -> {
      User user = identity.createUserQuery().userId(person.userId()).singleResult();
      if (user == null) {
        user = identity.newUser(person.userId());
      } else if (user.getPassword() != null) {
        // a local account (the emergency administrator, a demo user) is never taken over by a login from outside
        throw new LocalAccountException(person.userId());
      }
      user.setFirstName(person.firstName());
      user.setLastName(person.lastName());
      user.setEmail(person.email());
      identity.saveUser(user);

      Set<String> current = identity.createGroupQuery().groupMember(person.userId()).list().stream()
          .map(Group::getId).collect(Collectors.toSet());
      for (String group : managedGroups) {
        boolean wanted = person.groups().contains(group);
        if (wanted && !current.contains(group) && identity.createGroupQuery().groupId(group).count() == 1) {
          identity.createMembership(person.userId(), group);
        } else if (!wanted && current.contains(group)) {
          identity.deleteMembership(person.userId(), group);
        }
      }
      return null;
    });
  }
}

package nl.amsterdam.inclusion.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.amsterdam.inclusion.identity.Staffing;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Turns a recipient list into addresses. Each comma-separated entry is a user id, {@code group:ID}
 * (every member of the group) or an e-mail address (greeted by the name of the one user with that address, if any). A user without an address is an error: the
 * notification must not silently go nowhere. A group without members is no error: nobody holds that role yet, so
 * its coordinator ({@link Staffing}) gets the mail, with a note that says why.
 */
@Component
public class RecipientResolver {

  public static final String GROUP_PREFIX = "group:";

  private static final Logger LOG = LoggerFactory.getLogger(RecipientResolver.class);

  private final IdentityService identity;
  private final Staffing staffing;

  public RecipientResolver(IdentityService identity, Staffing staffing) {
    this.identity = identity;
    this.staffing = staffing;
  }

  public List<Recipient> resolve(String recipients) {
    Map<String, Recipient> byAddress = new LinkedHashMap<>();
    for (String entry : StringUtils.commaDelimitedListToStringArray(recipients)) {
      String spec = entry.trim();
      if (spec.isEmpty()) {
        continue;
      }
      for (Recipient recipient : resolveEntry(spec)) {
        byAddress.putIfAbsent(recipient.email().toLowerCase(), recipient);
      }
    }
    if (byAddress.isEmpty()) {
      throw new IllegalArgumentException("No recipients in '" + recipients + "'");
    }
    return new ArrayList<>(byAddress.values());
  }

  private List<Recipient> resolveEntry(String spec) {
    if (spec.startsWith(GROUP_PREFIX)) {
      String groupId = spec.substring(GROUP_PREFIX.length());
      if (staffing.hasMembers(groupId)) {
        return membersOf(groupId);
      }
      return staffing.standInFor(groupId).map(standIn -> {
        LOG.warn("Nobody in group {}: its mail goes to {}", groupId, standIn.groupId());
        return membersOf(standIn.groupId()).stream().map(member -> member.standingIn(standIn.note())).toList();
      }).orElseGet(List::of);
    }
    if (spec.contains("@")) {
      // a variable such as ${email} holds the address of someone who may well have an account: greet them by name
      List<User> owners = identity.createUserQuery().userEmail(spec).list();
      return List.of(owners.size() == 1 ? toRecipient(owners.get(0)) : new Recipient(spec, null, null));
    }
    User user = identity.createUserQuery().userId(spec).singleResult();
    if (user == null || !StringUtils.hasText(user.getEmail())) {
      throw new IllegalArgumentException("User '" + spec + "' is unknown or has no e-mail address");
    }
    return List.of(toRecipient(user));
  }

  private List<Recipient> membersOf(String groupId) {
    return identity.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list().stream()
        .filter(user -> StringUtils.hasText(user.getEmail()))
        .map(RecipientResolver::toRecipient)
        .toList();
  }

  private static Recipient toRecipient(User user) {
    String name = (nullToEmpty(user.getFirstName()) + " " + nullToEmpty(user.getLastName())).trim();
    return new Recipient(user.getEmail(), name.isEmpty() ? null : name, user.getId());
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}

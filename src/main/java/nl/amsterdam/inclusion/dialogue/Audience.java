package nl.amsterdam.inclusion.dialogue;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import nl.amsterdam.inclusion.identity.Groups;
import nl.amsterdam.inclusion.notification.RecipientResolver;

/**
 * Who may sign up for a session (the planning form's "Voor wie"): as a rule all employees, leaders included; "bij wijze
 * van uitzondering" leaders only (seed 003, the session on inclusive leadership after Verwey-Jonker). No engine
 * involved.
 */
public enum Audience {

  LEADERS_ONLY("leidinggevenden", List.of(Groups.LEADERS)),
  ALL_EMPLOYEES("medewerkers", List.of(Groups.LEADERS, Groups.EMPLOYEES));

  /** The planning form's value. */
  private final String value;
  private final List<String> groups;

  Audience(String value, List<String> groups) {
    this.value = value;
    this.groups = groups;
  }

  /** The audience the planning form stored; an unknown value admits leaders only (fails closed). */
  public static Audience of(Object value) {
    return Arrays.stream(values()).filter(audience -> audience.value.equals(value)).findFirst().orElse(LEADERS_ONLY);
  }

  /** Whether someone in these groups may take part. */
  public boolean admits(Collection<String> memberOf) {
    return groups.stream().anyMatch(memberOf::contains);
  }

  /** Who the announcement goes to: everyone who may sign up. */
  public String recipients() {
    return groups.stream().map(group -> RecipientResolver.GROUP_PREFIX + group).collect(Collectors.joining(","));
  }
}

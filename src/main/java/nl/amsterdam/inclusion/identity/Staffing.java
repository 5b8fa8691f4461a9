package nl.amsterdam.inclusion.identity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.amsterdam.inclusion.engine.AsProcess;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * Whether a group has people in it, and who stands in when it has not ({@link Coordinators}), with the Dutch note
 * that tells the stand-in why the step came to them. Reads the directory as the process: a leader whose start
 * creates a task may not read the directory herself.
 */
@Component
public class Staffing {

  /** A group standing in for an empty one, and the Dutch note that says so. */
  public record StandIn(String groupId, String note) {
  }

  private final IdentityService identity;

  public Staffing(IdentityService identity) {
    this.identity = identity;
  }

  public boolean hasMembers(String groupId) {
    return AsProcess.run(() -> identity.createUserQuery().memberOfGroup(groupId).count() > 0);
  }

  /**
   * The nearest coordinator of {@code emptyGroupId} with members: its coordinator, else that one's, and so on.
   * Empty when the whole chain is empty.
   */
  public Optional<StandIn> standInFor(String emptyGroupId) {
    Set<String> seen = new HashSet<>();
    Optional<String> candidate = Coordinators.of(emptyGroupId);
    while (candidate.isPresent() && seen.add(candidate.get())) {
      if (hasMembers(candidate.get())) {
        return Optional.of(new StandIn(candidate.get(), note(emptyGroupId, candidate.get())));
      }
      candidate = Coordinators.of(candidate.get());
    }
    return Optional.empty();
  }

  /** E.g. "Niemand heeft de rol Accounthouder P&O Bestuur en Organisatie; Bureau Inclusie en Diversiteit neemt dit over." */
  String note(String emptyGroupId, String standInGroupId) {
    return "Niemand heeft de rol " + roleName(emptyGroupId) + "; " + groupName(standInGroupId)
        + " neemt dit over of wijst iemand aan.";
  }

  /** A directorate group is named after the directorate; its role is that of its leads. */
  String roleName(String groupId) {
    Group group = group(groupId);
    if (group == null) {
      return groupId;
    }
    if (Groups.TYPE_DIRECTORATE.equals(group.getType())) {
      return "directeur of trekker I&D van " + group.getName();
    }
    return group.getName() == null ? groupId : group.getName();
  }

  private String groupName(String groupId) {
    Group group = group(groupId);
    return group == null || group.getName() == null ? groupId : group.getName();
  }

  private Group group(String groupId) {
    return AsProcess.run(() -> identity.createGroupQuery().groupId(groupId).singleResult());
  }

  /** The organisation's groups without members: the roles, the clusters with their account managers, the directorates. */
  public List<Group> gaps() {
    List<Group> gaps = new ArrayList<>();
    for (Group group : AsProcess.run(() -> identity.createGroupQuery().orderByGroupType().asc().orderByGroupId().asc().list())) {
      if (isWatched(group) && !hasMembers(group.getId())) {
        gaps.add(group);
      }
    }
    return gaps;
  }

  private static boolean isWatched(Group group) {
    return Groups.TYPE_ROLE.equals(group.getType()) || Groups.TYPE_DIRECTORATE.equals(group.getType())
        || Groups.TYPE_CLUSTER.equals(group.getType()) || Groups.CAMUNDA_ADMIN.equals(group.getId());
  }
}

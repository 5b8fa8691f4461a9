package nl.amsterdam.inclusion.identity;

import java.util.Optional;

/**
 * Who stands in for a role nobody holds, in one place: the group that gets a step (a task, a mail) when every group
 * it was meant for has no members. Bureau I&D runs the programme and covers its roles, clusters and P&O roles.
 * Growth-panel work is confidential to the directorate and the panel ({@link AccessModel#MONITORED}: Bureau I&D
 * follows only the rounds), so the panel moderator, who reads every conversation, covers the directorates and the
 * panel. The technical administrators cover Bureau I&D and the moderator, and nobody covers them.
 */
public final class Coordinators {

  private Coordinators() {
  }

  /** The group that stands in for {@code groupId}; empty for the administrators, the end of every chain. */
  public static Optional<String> of(String groupId) {
    if (Groups.CAMUNDA_ADMIN.equals(groupId)) {
      return Optional.empty();
    }
    if (Groups.ID_BUREAU.equals(groupId) || Groups.PANEL_MODERATOR.equals(groupId)
        || Groups.MONITORING.equals(groupId)) {
      return Optional.of(Groups.CAMUNDA_ADMIN);
    }
    if (Groups.PANEL_MEMBERS.equals(groupId) || isDirectorate(groupId)) {
      return Optional.of(Groups.PANEL_MODERATOR);
    }
    return Optional.of(Groups.ID_BUREAU);
  }

  /** The role group and every directorate group ({@code directorate-*}). */
  static boolean isDirectorate(String groupId) {
    return groupId.startsWith(Groups.directorateGroup(""));
  }
}

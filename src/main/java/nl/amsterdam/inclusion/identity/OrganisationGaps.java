package nl.amsterdam.inclusion.identity;

import java.util.List;

import nl.amsterdam.inclusion.engine.AsSystem;
import nl.amsterdam.inclusion.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Roles, clusters (and their account managers) and directorates that nobody holds. Logged as a warning once the
 * application is up, and always current at {@code GET /api/organisation/gaps} for Bureau I&D and administrators, who
 * fill them in the directory. Not a health check: an unfilled role is the organisation's to fix, the steps for it go
 * to its coordinator meanwhile ({@link Coordinators}), and the node is no less able to serve.
 */
@RestController
public class OrganisationGaps {

  private static final Logger LOG = LoggerFactory.getLogger(OrganisationGaps.class);

  /** A group without members and who does its work meanwhile (null when nobody can). */
  public record Gap(String groupId, String name, String type, String standIn, String note) {
  }

  private final Staffing staffing;
  private final AsSystem asSystem;
  private final CurrentUser currentUser;

  public OrganisationGaps(Staffing staffing, AsSystem asSystem, CurrentUser currentUser) {
    this.staffing = staffing;
    this.asSystem = asSystem;
    this.currentUser = currentUser;
  }

  @GetMapping("/api/organisation/gaps")
  public List<Gap> gaps() {
    currentUser.requireAnyGroup(Groups.ID_BUREAU, Groups.CAMUNDA_ADMIN);
    return asSystem.run(this::current);
  }

  @EventListener(ApplicationReadyEvent.class)
  public void warnAtStart() {
    List<Gap> gaps = current();
    if (gaps.isEmpty()) {
      LOG.info("Every role, cluster and directorate has members");
      return;
    }
    LOG.warn("{} roles, clusters or directorates have no members; their steps go to a coordinator: {}", gaps.size(),
        gaps.stream().map(gap -> gap.groupId() + (gap.standIn() == null ? " (nobody stands in)" : " -> " + gap.standIn()))
            .toList());
  }

  List<Gap> current() {
    return staffing.gaps().stream().map(group -> {
      var standIn = staffing.standInFor(group.getId());
      return new Gap(group.getId(), group.getName(), group.getType(),
          standIn.map(Staffing.StandIn::groupId).orElse(null), standIn.map(Staffing.StandIn::note).orElse(null));
    }).toList();
  }
}

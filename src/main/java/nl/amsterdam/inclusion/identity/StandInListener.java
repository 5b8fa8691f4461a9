package nl.amsterdam.inclusion.identity;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On task creation: when the task has no assignee, no candidate user and only candidate groups without members,
 * the coordinator of the first such group ({@link Coordinators}) becomes a candidate too, and the task's description
 * starts with a Dutch note saying nobody holds the role, so the coordinator knows to take it or hand it on.
 */
public class StandInListener implements TaskListener {

  private static final Logger LOG = LoggerFactory.getLogger(StandInListener.class);

  private final Supplier<Staffing> staffing;

  public StandInListener(Supplier<Staffing> staffing) {
    this.staffing = staffing;
  }

  @Override
  public void notify(DelegateTask task) {
    if (task.getAssignee() != null) {
      return;
    }
    List<String> groups = task.getCandidates().stream().map(IdentityLink::getGroupId).toList();
    if (groups.isEmpty() || groups.contains(null)) {
      // no candidates at all, or a candidate user: somebody or nobody was meant, not a role
      return;
    }
    Staffing people = staffing.get();
    if (groups.stream().anyMatch(people::hasMembers)) {
      return;
    }
    Optional<Staffing.StandIn> standIn = people.standInFor(groups.get(0));
    if (standIn.isEmpty()) {
      LOG.error("Task {} ({}) is offered to {}, which have no members, and nobody stands in for them",
          task.getTaskDefinitionKey(), task.getProcessInstanceId(), groups);
      return;
    }
    LOG.warn("Task {} ({}) is offered to {}, which have no members: {} stands in", task.getTaskDefinitionKey(),
        task.getProcessInstanceId(), groups, standIn.get().groupId());
    task.addCandidateGroup(standIn.get().groupId());
    String description = task.getDescription();
    task.setDescription(description == null || description.isBlank() ? standIn.get().note()
        : standIn.get().note() + "\n\n" + description);
  }
}

package nl.amsterdam.inclusion.learning;


import nl.amsterdam.inclusion.engine.CityTime;
import nl.amsterdam.inclusion.engine.StartUser;
import nl.amsterdam.inclusion.identity.Leaders;
import org.camunda.bpm.engine.identity.User;
import nl.amsterdam.inclusion.identity.Cluster;
import nl.amsterdam.inclusion.identity.Groups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.engine.CaseVariables.CLUSTER;
import static nl.amsterdam.inclusion.form.FormValues.option;
import static nl.amsterdam.inclusion.form.FormValues.options;
import static nl.amsterdam.inclusion.learning.LearningProcess.*;

/**
 * Gives a new request its reference (also the business key), routes it to the account managers of
 * the requester's cluster only, and puts the learning advisors into the case as the review's options (the
 * catalogue and the providers are offered when their steps open: {@link OfferCatalogueListener},
 * {@link OfferProvidersListener}). Decides the request's route from who started it ({@link RequestRoute}): an
 * employee's request records the employee and their leader, to whom it goes first.
 */
@Component("prepareLearningRequest")
public class PrepareRequestDelegate implements JavaDelegate {

  private final RequestReferences references;
  private final IdentityService identityService;
  private final Leaders leaders;

  public PrepareRequestDelegate(RequestReferences references, IdentityService identityService, Leaders leaders) {
    this.references = references;
    this.identityService = identityService;
    this.leaders = leaders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Cluster cluster = Cluster.fromCode((String) execution.getVariable(CLUSTER))
        .orElseThrow(() -> new IllegalStateException("Unknown cluster " + execution.getVariable(CLUSTER)));
    int year = CityTime.today().getYear();
    String reference = references.next(year);
    execution.setProcessBusinessKey(reference);
    execution.setVariable(REQUEST_REFERENCE, reference);
    execution.setVariable(BUDGET_YEAR, year);
    execution.setVariable(ACCOUNT_MANAGER_GROUP, Groups.accountManagersOf(cluster));
    execution.setVariable(CLUSTER_NAME, cluster.label()); // as people read it, in lists and forms
    execution.setVariable(LEARNING_ADVISOR, null); // chosen by the account manager for custom work
    execution.setVariable(LEARNING_ADVISOR_OPTIONS, options(identityService.createUserQuery()
        .memberOfGroup(Groups.LEARNING_ADVISORS).orderByUserLastName().asc().list().stream()
        .map(user -> option(user.getFirstName() + " " + user.getLastName(), user.getId())).toList()));
    route(execution);
  }

  /** The engine's start user, never a variable, decides whether the request goes to a leader first. */
  private void route(DelegateExecution execution) {
    String starter = StartUser.of(execution);
    boolean leader = leaders.isLeader(starter);
    User leaderOfStarter = leader ? null : leaders.leaderOf(starter).orElse(null);
    RequestRoute route = RequestRoute.of(leader, leaderOfStarter != null);
    if (route == RequestRoute.NO_LEADER) {
      // the start form refuses this; a leader removed from the directory since then is Bureau I&D's to resolve
      throw new IllegalStateException("The directory names no leader for " + starter + ", who is no leader");
    }
    boolean viaLeader = route == RequestRoute.VIA_LEADER;
    execution.setVariable(VIA_LEADER, viaLeader);
    execution.setVariable(EMPLOYEE_ID, viaLeader ? starter : null);
    execution.setVariable(EMPLOYEE_NAME, viaLeader ? execution.getVariable(REQUESTER_NAME) : null);
    execution.setVariable(LEADER_ID, viaLeader ? leaderOfStarter.getId() : null);
    execution.setVariable(LEADER_NAME, viaLeader ? Leaders.nameOf(leaderOfStarter) : null);
    execution.setVariable(ALSO_INFORMED, viaLeader ? "," + starter : "");
  }

}

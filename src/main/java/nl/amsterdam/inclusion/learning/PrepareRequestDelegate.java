package nl.amsterdam.inclusion.learning;


import nl.amsterdam.inclusion.engine.CityTime;
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
 * {@link OfferProvidersListener}).
 */
@Component("prepareLearningRequest")
public class PrepareRequestDelegate implements JavaDelegate {

  private final RequestReferences references;
  private final IdentityService identityService;

  public PrepareRequestDelegate(RequestReferences references, IdentityService identityService) {
    this.references = references;
    this.identityService = identityService;
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
  }

}

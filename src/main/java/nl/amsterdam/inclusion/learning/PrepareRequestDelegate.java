package nl.amsterdam.inclusion.learning;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import nl.amsterdam.inclusion.identity.Cluster;
import nl.amsterdam.inclusion.identity.Groups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.learning.LearningProcess.*;

/**
 * Gives a new request its reference (also the business key), routes it to the account managers of
 * the requester's cluster only, and puts the current catalogue, evidence-based providers and
 * learning advisors into the case as the options of its forms.
 */
@Component("prepareLearningRequest")
public class PrepareRequestDelegate implements JavaDelegate {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final RequestReferences references;
  private final Catalogue catalogue;
  private final IdentityService identityService;

  public PrepareRequestDelegate(RequestReferences references, Catalogue catalogue, IdentityService identityService) {
    this.references = references;
    this.catalogue = catalogue;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Cluster cluster = Cluster.fromCode((String) execution.getVariable(CLUSTER))
        .orElseThrow(() -> new IllegalStateException("Unknown cluster " + execution.getVariable(CLUSTER)));
    int year = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.of("Europe/Amsterdam")).getYear();
    String reference = references.next(year);
    execution.setProcessBusinessKey(reference);
    execution.setVariable(REQUEST_REFERENCE, reference);
    execution.setVariable(BUDGET_YEAR, year);
    execution.setVariable(ACCOUNT_MANAGER_GROUP, Groups.accountManagersOf(cluster));
    execution.setVariable(LEARNING_ADVISOR, null); // chosen by the account manager for custom work
    execution.setVariable(OPEN_OFFER_OPTIONS, json(catalogue.openOffer().stream()
        .map(item -> option(item.title() + " (" + item.schedule() + ")", item.id())).toList()));
    execution.setVariable(PROVIDER_OPTIONS, json(catalogue.evidenceBasedProviders().stream()
        .map(provider -> option(provider.name(), provider.id())).toList()));
    execution.setVariable(LEARNING_ADVISOR_OPTIONS, json(identityService.createUserQuery()
        .memberOfGroup(Groups.LEARNING_ADVISORS).orderByUserLastName().asc().list().stream()
        .map(user -> option(user.getFirstName() + " " + user.getLastName(), user.getId())).toList()));
  }

  private static Map<String, String> option(String label, String value) {
    return Map.of("label", label, "value", value);
  }

  /** Options as a JSON variable: what Tasklist's forms read for a select with {@code valuesKey}. */
  private Object json(List<Map<String, String>> options) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(options)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}

package nl.amsterdam.inclusion.learning;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.form.FormValues.option;
import static nl.amsterdam.inclusion.form.FormValues.options;
import static nl.amsterdam.inclusion.learning.LearningProcess.PROVIDER_OPTIONS;

/**
 * Offers the proposal the providers that are evidence-based now (status "bewezen effectief" with a reference), read
 * from the catalogue each time the proposal opens, a rework included. What is offered is what the form accepts;
 * {@link EvidenceBasedProviderRule} also refuses a provider that lost its evidence basis while the proposal was open.
 */
@Component("offerEvidenceBasedProviders")
public class OfferProvidersListener implements TaskListener {

  private final Catalogue catalogue;

  public OfferProvidersListener(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public void notify(DelegateTask task) {
    task.getExecution().getProcessInstance().setVariable(PROVIDER_OPTIONS, options(providerOptions(catalogue.providers())));
  }

  /** The evidence-based providers by name. */
  static List<Map<String, String>> providerOptions(List<Catalogue.Provider> providers) {
    return providers.stream().filter(Catalogue.Provider::evidenceBased)
        .map(provider -> option(provider.name(), provider.id())).toList();
  }
}

package nl.amsterdam.inclusion.learning;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.form.FormValues.option;
import static nl.amsterdam.inclusion.form.FormValues.options;
import static nl.amsterdam.inclusion.learning.LearningProcess.OPEN_OFFER_OPTIONS;

/**
 * Offers the requester the catalogue as it is when the choice opens: the open offer, then the offer in development,
 * which the seed lets people follow on request before it joins the open offer ("Voordat de bovenstaande trainingen in
 * het individuele aanbod worden opgenomen, is het al mogelijk om deze op aanvraag te volgen"). Choosing one of those
 * needs the requester's acknowledgement ({@link DevelopmentOfferRule}).
 */
@Component("offerLearningCatalogue")
public class OfferCatalogueListener implements TaskListener {

  /** How an item of the offer in development reads among the options. */
  static final String IN_DEVELOPMENT_LABEL = " (in ontwikkeling, op aanvraag)";

  private final Catalogue catalogue;

  public OfferCatalogueListener(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public void notify(DelegateTask task) {
    task.getExecution().getProcessInstance().setVariable(OPEN_OFFER_OPTIONS,
        options(offerOptions(catalogue.openOffer(), catalogue.developmentOffer())));
  }

  /** The open offer with when it runs, then the offer in development marked as such. */
  static List<Map<String, String>> offerOptions(List<Catalogue.Item> open, List<Catalogue.Item> inDevelopment) {
    return Stream.concat(
        open.stream().map(item -> option(item.title() + " (" + item.schedule() + ")", item.id())),
        inDevelopment.stream().map(item -> option(item.title() + IN_DEVELOPMENT_LABEL, item.id()))).toList();
  }
}

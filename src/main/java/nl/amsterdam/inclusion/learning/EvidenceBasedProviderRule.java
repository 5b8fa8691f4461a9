package nl.amsterdam.inclusion.learning;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.amsterdam.inclusion.form.FieldError;
import nl.amsterdam.inclusion.form.SubmissionRule;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.learning.LearningProcess.PROVIDER_ID;

/**
 * Custom work goes to an evidence-based provider only: a proposal naming a provider the catalogue does not hold as
 * "bewezen effectief" with a reference is refused, judged on the catalogue at the moment of completing (a provider
 * may lose its evidence basis while the proposal is open). A provider the catalogue does not know at all is the
 * form's own refusal (not one of the options).
 */
@Component
public class EvidenceBasedProviderRule implements SubmissionRule {

  private final Catalogue catalogue;
  private final TaskService taskService;

  public EvidenceBasedProviderRule(Catalogue catalogue, TaskService taskService) {
    this.catalogue = catalogue;
    this.taskService = taskService;
  }

  @Override
  public String formId() {
    return "learning-propose-intervention";
  }

  @Override
  public List<FieldError> check(Task task, Map<String, Object> submitted) {
    Object providerId = submitted.containsKey(PROVIDER_ID) ? submitted.get(PROVIDER_ID)
        : taskService.getVariable(task.getId(), PROVIDER_ID);
    return providerId instanceof String id ? refusal(catalogue.provider(id)) : List.of();
  }

  /** @param provider the chosen provider as the catalogue holds it now; empty when it does not know it */
  static List<FieldError> refusal(Optional<Catalogue.Provider> provider) {
    return provider.filter(chosen -> !chosen.evidenceBased())
        .map(chosen -> List.of(new FieldError(PROVIDER_ID, "Aanbieder (evidence-based)",
            "is niet evidence-based: " + chosen.name() + " staat in de catalogus als '"
                + chosen.evidenceStatus().dutchName + "'" + (chosen.evidenceStatus() == Catalogue.Evidence.PROVEN
                    ? " zonder verwijzing naar onderzoek of evaluatie" : "")
                + "; kies een aanbieder die bewezen effectief is")))
        .orElse(List.of());
  }
}

package nl.amsterdam.inclusion.learning;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.amsterdam.inclusion.form.FieldError;
import nl.amsterdam.inclusion.form.SubmissionRule;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.learning.LearningProcess.CATALOGUE_ITEM;
import static nl.amsterdam.inclusion.learning.LearningProcess.DEVELOPMENT_ACKNOWLEDGED;

/**
 * A training of the offer in development may be requested (seed 001: it can be followed on request before it joins
 * the open offer), but only knowingly: the requester acknowledges that it is not yet proven nor in the fixed offer
 * and that P&O arranges it on request. Judged on the catalogue when the choice is completed.
 */
@Component
public class DevelopmentOfferRule implements SubmissionRule {

  private final Catalogue catalogue;
  private final TaskService taskService;

  public DevelopmentOfferRule(Catalogue catalogue, TaskService taskService) {
    this.catalogue = catalogue;
    this.taskService = taskService;
  }

  @Override
  public String formId() {
    return "learning-choose-open-offer";
  }

  @Override
  public List<FieldError> check(Task task, Map<String, Object> submitted) {
    Object itemId = answer(task, submitted, CATALOGUE_ITEM);
    return itemId instanceof String id ? refusal(catalogue.item(id), answer(task, submitted, DEVELOPMENT_ACKNOWLEDGED))
        : List.of();
  }

  private Object answer(Task task, Map<String, Object> submitted, String key) {
    return submitted.containsKey(key) ? submitted.get(key) : taskService.getVariable(task.getId(), key);
  }

  /**
   * @param item         the chosen training as the catalogue holds it now
   * @param acknowledged the answer to the acknowledgement (true when ticked)
   */
  static List<FieldError> refusal(Optional<Catalogue.Item> item, Object acknowledged) {
    boolean inDevelopment = item.map(chosen -> Catalogue.IN_DEVELOPMENT.equals(chosen.status())).orElse(false);
    return inDevelopment && !Boolean.TRUE.equals(acknowledged)
        ? List.of(new FieldError(DEVELOPMENT_ACKNOWLEDGED, "Toch op aanvraag volgen",
            "moet je aanvinken: '" + item.get().title() + "' is nog in ontwikkeling; bevestig dat je haar toch op "
                + "aanvraag wilt volgen, of kies een training uit het open aanbod"))
        : List.of();
  }
}

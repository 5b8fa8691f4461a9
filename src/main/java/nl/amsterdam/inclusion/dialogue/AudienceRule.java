package nl.amsterdam.inclusion.dialogue;

import java.util.List;
import java.util.Map;

import nl.amsterdam.inclusion.form.FieldError;
import nl.amsterdam.inclusion.form.SubmissionRule;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.dialogue.DialogueProcess.*;

/**
 * A session for leaders only takes no sign-up of an employee, whatever the request: the person's groups come from the
 * directory for the login, never from the form. Without a choice the engine links a session the person may join.
 */
@Component
public class AudienceRule implements SubmissionRule {

  private final DialogueCases cases;

  public AudienceRule(DialogueCases cases) {
    this.cases = cases;
  }

  @Override
  public String formId() {
    return "alderman-sign-up";
  }

  @Override
  public List<FieldError> checkStart(String starter, Map<String, Object> submitted) {
    Object choice = submitted.get(DIALOGUE_CHOICE);
    // a choice that is not an open session is refused as an option the form does not offer
    boolean leadersOnly = starter != null && choice != null && cases.sessionFor(choice, starter).isPresent()
        && !cases.audienceOf((String) choice).admits(cases.groupsOf(starter));
    return leadersOnly
        ? List.of(new FieldError(DIALOGUE_CHOICE, "Dialoog", "is bij wijze van uitzondering alleen voor leidinggevenden;"
            + " kies een dialoog voor alle medewerkers"))
        : List.of();
  }
}

package nl.amsterdam.inclusion.leadershipfacts;

import nl.amsterdam.inclusion.form.FormValues;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/** The behaviours as the development-points form offers them ({@code valuesKey}): value the id, label the text. */
@Component("leadershipfactsBehaviours")
public class BehaviourOptions {

  public TypedValue options() {
    return FormValues.options(Behaviour.all().stream().map(b -> FormValues.option(b.label(), b.id())).toList());
  }
}

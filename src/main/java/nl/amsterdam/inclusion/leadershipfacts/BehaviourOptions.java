package nl.amsterdam.inclusion.leadershipfacts;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.amsterdam.inclusion.form.FormValues;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * The behaviours as forms read them: options for the development points ({@code valuesKey}), and the texts
 * the rating forms' labels name as {@code {{behaviours.<id>}}} ({@link nl.amsterdam.inclusion.form.FormLabels}).
 */
@Component("leadershipfactsBehaviours")
public class BehaviourOptions {

  private final ObjectMapper json;

  public BehaviourOptions(ObjectMapper json) {
    this.json = json;
  }

  public TypedValue options() {
    return FormValues.options(Behaviour.all().stream().map(b -> FormValues.option(b.label(), b.id())).toList());
  }

  public TypedValue labels() throws JsonProcessingException {
    Map<String, String> labels = new LinkedHashMap<>();
    Behaviour.all().forEach(b -> labels.put(b.id(), b.label()));
    return SpinValues.jsonValue(json.writeValueAsString(labels)).create();
  }
}

package nl.amsterdam.inclusion.pilot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import static nl.amsterdam.inclusion.pilot.PilotProcess.*;

/**
 * Keeps a held group session for the evaluation report as one {@link GroupSession} in the group's scope: the
 * group's variables end with the group, and history cannot tell which group a scope's variables belonged to.
 */
@Component("recordGroupSession")
public class RecordGroupSessionListener implements TaskListener {

  private final ObjectMapper json;

  public RecordGroupSessionListener(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!HELD.equals(task.getVariable(SESSION_HELD))) {
      return;
    }
    GroupSession session = new GroupSession(((Number) task.getVariable(GROUP_NUMBER)).intValue(),
        YES.equals(task.getVariable(BACKGROUND_PRESENTATION_GIVEN)),
        (String) task.getVariable(PRESENTATION_SKIPPED_REASON), (String) task.getVariable(GROUP_OBSERVATIONS));
    try {
      // JSON (stored as bytes): the observations alone may fill a text variable's 4,000 characters
      task.setVariable(GROUP_SESSION_RECORD, SpinValues.jsonValue(json.writeValueAsString(session)).create());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Group session not serialisable", e);
    }
  }
}

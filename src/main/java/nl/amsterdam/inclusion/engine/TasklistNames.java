package nl.amsterdam.inclusion.engine;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Personalised task names without expressions in the diagram: a user task's extension property {@value #PROPERTY}
 * (for example "Aanmelding van ${participantName} beoordelen") is the name the engine gives the task when it creates
 * it, while the model's name ("Aanmelding beoordelen") is what Cockpit and the README pictures show.
 */
@Component
public class TasklistNames extends AbstractProcessEnginePlugin {

  public static final String PROPERTY = "tasklistName";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        String name = tasklistName(userTaskElement);
        if (name != null) {
          // the expression manager exists once the engine is built, and models are parsed after that
          ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
              .setNameExpression(configuration.getExpressionManager().createExpression(name));
        }
      }
    });
    configuration.setCustomPreBPMNParseListeners(listeners);
  }

  private static String tasklistName(Element userTask) {
    Element extensions = userTask.element("extensionElements");
    if (extensions == null) {
      return null;
    }
    return extensions.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties").stream()
        .flatMap(properties -> properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property").stream())
        .filter(property -> PROPERTY.equals(property.attribute("name")))
        .map(property -> property.attribute("value")).findFirst().orElse(null);
  }
}

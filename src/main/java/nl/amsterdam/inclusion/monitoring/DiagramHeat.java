package nl.amsterdam.inclusion.monitoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.amsterdam.inclusion.monitoring.ProgressReport.ProcessSteps;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.springframework.stereotype.Component;

/**
 * The heat view of each process on the dashboard (Cockpit Community Edition has none): the deployed diagram's shapes
 * and flows, each waiting step carrying its median, 90th percentile and level in words, for the page to draw.
 */
@Component
public class DiagramHeat {

  public record Shape(String id, String kind, String name, double x, double y, double width, double height,
      String median, String p90, String level) {
  }

  public record Diagram(String processKey, String name, double x, double y, double width, double height,
      List<Shape> shapes, List<List<double[]>> flows) {
  }

  private final RepositoryService repository;

  DiagramHeat(RepositoryService repository) {
    this.repository = repository;
  }

  List<Diagram> diagrams(List<ProcessSteps> processes) {
    List<Diagram> diagrams = new ArrayList<>();
    for (ProcessSteps process : processes) {
      ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(process.processKey())
          .latestVersion().singleResult();
      diagrams.add(diagram(process, repository.getBpmnModelInstance(latest.getId())));
    }
    return diagrams;
  }

  static Diagram diagram(ProcessSteps process, BpmnModelInstance model) {
    Map<String, StepDurations.Step> steps = new HashMap<>();
    process.steps().forEach(step -> steps.put(step.activityId(), step));
    List<Shape> shapes = new ArrayList<>();
    for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
      BaseElement element = shape.getBpmnElement();
      String kind = kind(element);
      if (kind == null) {
        continue;
      }
      Bounds bounds = shape.getBounds();
      StepDurations.Step step = steps.get(element.getId());
      String name = StepDurations.readable(((FlowNode) element).getName());
      shapes.add(new Shape(element.getId(), kind, name, bounds.getX(), bounds.getY(), bounds.getWidth(),
          bounds.getHeight(), step == null ? null : step.median(), step == null ? null : step.p90(),
          step == null ? null : step.level()));
    }
    List<List<double[]>> flows = new ArrayList<>();
    for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
      if (edge.getBpmnElement() instanceof SequenceFlow) {
        flows.add(edge.getWaypoints().stream().map(point -> new double[] {point.getX(), point.getY()}).toList());
      }
    }
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxX = 0;
    double maxY = 0;
    for (Shape shape : shapes) {
      minX = Math.min(minX, shape.x());
      minY = Math.min(minY, shape.y());
      maxX = Math.max(maxX, shape.x() + shape.width());
      maxY = Math.max(maxY, shape.y() + shape.height());
    }
    for (Waypoint point : model.getModelElementsByType(Waypoint.class)) {
      minX = Math.min(minX, point.getX());
      minY = Math.min(minY, point.getY());
      maxX = Math.max(maxX, point.getX());
      maxY = Math.max(maxY, point.getY());
    }
    return new Diagram(process.processKey(), process.name(), minX, minY, maxX - minX, maxY - minY, shapes, flows);
  }

  /** How the page draws the element: a box, a drawn-out sub-process, a circle or a diamond; anything else not. */
  private static String kind(BaseElement element) {
    if (element instanceof SubProcess) {
      return "container";
    }
    if (element instanceof Activity) {
      return "task";
    }
    if (element instanceof Event) {
      return "event";
    }
    if (element instanceof Gateway) {
      return "gateway";
    }
    return null;
  }
}

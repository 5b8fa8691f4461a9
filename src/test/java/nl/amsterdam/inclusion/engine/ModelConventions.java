package nl.amsterdam.inclusion.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Collaboration;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.LaneSet;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.DiagramElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The modelling conventions of {@code bpmn/} as a pure function: a model in, the list of violations out
 * (each naming the process and element id). {@link ModelConventionsTest} requires the list to be empty for
 * every model.
 */
final class ModelConventions {

  /**
   * The widest a diagram may be, in diagram pixels: at full size (readable labels) two screen widths in Cockpit, and
   * a README picture that still shows the whole flow when scaled to the page.
   */
  static final int MAX_WIDTH = 3_000;

  /** Allowed id prefixes per BPMN element type: {@code Type_Meaning}, the meaning in UpperCamelCase. */
  static final Map<String, List<String>> ID_PREFIXES = Map.ofEntries(
      Map.entry("startEvent", List.of("StartEvent_")),
      Map.entry("endEvent", List.of("End_")),
      Map.entry("userTask", List.of("Task_")),
      Map.entry("serviceTask", List.of("Task_")),
      Map.entry("businessRuleTask", List.of("Task_")),
      Map.entry("sendTask", List.of("Task_")),
      Map.entry("manualTask", List.of("Task_")),
      Map.entry("task", List.of("Task_")),
      Map.entry("receiveTask", List.of("Receive_")),
      Map.entry("exclusiveGateway", List.of("Gateway_")),
      Map.entry("parallelGateway", List.of("Gateway_")),
      Map.entry("inclusiveGateway", List.of("Gateway_")),
      Map.entry("eventBasedGateway", List.of("Gateway_")),
      Map.entry("subProcess", List.of("SubProcess_")),
      Map.entry("callActivity", List.of("CallActivity_")),
      Map.entry("boundaryEvent", List.of("Boundary_", "Timer_", "Error_")),
      Map.entry("intermediateCatchEvent", List.of("Timer_", "Event_")),
      Map.entry("intermediateThrowEvent", List.of("Event_")),
      Map.entry("sequenceFlow", List.of("Flow_")),
      Map.entry("message", List.of("Message_")),
      Map.entry("error", List.of("Error_")),
      Map.entry("signal", List.of("Signal_")),
      Map.entry("escalation", List.of("Escalation_")),
      Map.entry("lane", List.of("Lane_")),
      Map.entry("participant", List.of("Participant_")));

  private static final Pattern MEANING = Pattern.compile("[A-Z][A-Za-z0-9]*");
  private static final Pattern DELEGATE = Pattern.compile("\\$\\{(\\w+)}");
  private static final Pattern BEAN_METHOD = Pattern.compile("\\$\\{(\\w+)\\.\\w+\\(.*\\)}");

  private final Set<String> formIds;
  private final Set<String> beanNames;
  private final Set<String> synchronousOnPurpose;

  /**
   * @param formIds ids of the forms in {@code forms/} whose id equals their file name
   * @param beanNames names of the Spring beans of the application
   * @param synchronousOnPurpose service tasks ("process elementId") that must run in their caller's transaction
   */
  ModelConventions(Set<String> formIds, Set<String> beanNames, Set<String> synchronousOnPurpose) {
    this.formIds = Set.copyOf(formIds);
    this.beanNames = Set.copyOf(beanNames);
    this.synchronousOnPurpose = Set.copyOf(synchronousOnPurpose);
  }

  /** Violations of {@code model}, read from {@code fileName} (for example {@code pilot-cohort.bpmn}). */
  List<String> check(String fileName, BpmnModelInstance model) {
    List<String> violations = new ArrayList<>();
    Collection<Process> processes = model.getModelElementsByType(Process.class);
    String expectedId = fileName.replaceFirst("\\.bpmn$", "");
    if (processes.size() != 1 || !processes.iterator().next().getId().equals(expectedId)) {
      violations.add(fileName + ": must hold exactly one process with id " + expectedId);
    }
    for (Process process : processes) {
      if (process.getCamundaHistoryTimeToLiveString() == null) {
        violations.add(process.getId() + ": process has no camunda:historyTimeToLive");
      }
    }
    String where = expectedId + " ";
    ids(model, where, violations);
    userTasks(model, where, violations);
    startForms(model, where, violations);
    gateways(model, where, violations);
    serviceTasks(model, where, violations);
    names(model, where, violations);
    lanes(model, where, violations);
    diagram(model, expectedId, violations);
    return violations;
  }

  private void ids(BpmnModelInstance model, String where, List<String> violations) {
    for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
      String type = element.getElementType().getTypeName();
      List<String> prefixes = ID_PREFIXES.get(type);
      if (prefixes == null) {
        // a new kind of step or flow needs its prefix agreed here first
        if (element instanceof FlowElement) {
          violations.add(where + element.getId() + ": " + type + " has no id convention in ModelConventions");
        }
        continue;
      }
      String id = element.getId();
      boolean ok = id != null && prefixes.stream()
          .anyMatch(prefix -> id.startsWith(prefix) && MEANING.matcher(id.substring(prefix.length())).matches());
      if (!ok) {
        violations.add(where + id + ": " + type + " id must be one of " + prefixes + " followed by its meaning");
      }
    }
  }

  private void userTasks(BpmnModelInstance model, String where, List<String> violations) {
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      String at = where + task.getId() + ": user task ";
      if (blank(task.getCamundaFormRef())) {
        violations.add(at + "has no camunda:formRef");
      } else {
        form(at, task.getCamundaFormRef(), task.getCamundaFormRefBinding(), violations);
      }
      if (blank(task.getCamundaAssignee()) && blank(task.getCamundaCandidateGroups())) {
        violations.add(at + "has neither a candidate group nor an assignee");
      }
      if (blank(task.getCamundaDueDate())) {
        violations.add(at + "has no camunda:dueDate");
      }
    }
  }

  /** Start forms are optional (processes started by other processes have none), but must exist when named. */
  private void startForms(BpmnModelInstance model, String where, List<String> violations) {
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      if (!blank(start.getCamundaFormRef())) {
        form(where + start.getId() + ": start event ", start.getCamundaFormRef(), start.getCamundaFormRefBinding(),
            violations);
      }
    }
  }

  private void form(String at, String form, String binding, List<String> violations) {
    if (!formIds.contains(form)) {
      violations.add(at + "refers to form " + form + " which is not forms/" + form + ".form");
    } else if (!"deployment".equals(binding)) {
      violations.add(at + "must bind its form with camunda:formRefBinding=\"deployment\"");
    }
  }

  private static void gateways(BpmnModelInstance model, String where, List<String> violations) {
    for (ExclusiveGateway gateway : model.getModelElementsByType(ExclusiveGateway.class)) {
      Collection<SequenceFlow> outgoing = gateway.getOutgoing();
      if (outgoing.size() < 2) {
        continue;
      }
      for (SequenceFlow flow : outgoing) {
        if (blank(flow.getName())) {
          violations.add(where + flow.getId() + ": outgoing flow of gateway " + gateway.getId() + " has no name");
        }
        if (flow != gateway.getDefault() && flow.getConditionExpression() == null) {
          violations.add(where + flow.getId() + ": outgoing flow of gateway " + gateway.getId()
              + " is neither the default nor conditional");
        }
      }
    }
  }

  private void serviceTasks(BpmnModelInstance model, String where, List<String> violations) {
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      String at = where + task.getId() + ": service task ";
      if (!task.isCamundaAsyncBefore() && !synchronousOnPurpose.contains(where + task.getId())) {
        violations.add(at + "is not camunda:asyncBefore");
      }
      String bean = bean(task);
      if (bean == null) {
        violations.add(at + "must name its bean: camunda:delegateExpression=\"${bean}\" or camunda:expression=\"${bean.method(...)}\"");
      } else if (!beanNames.contains(bean)) {
        violations.add(at + "names bean " + bean + " which does not exist");
      }
    }
  }

  private static String bean(ServiceTask task) {
    Matcher delegate = DELEGATE.matcher(String.valueOf(task.getCamundaDelegateExpression()).trim());
    if (delegate.matches()) {
      return delegate.group(1);
    }
    Matcher method = BEAN_METHOD.matcher(String.valueOf(task.getCamundaExpression()).trim());
    return method.matches() ? method.group(1) : null;
  }

  private static void names(BpmnModelInstance model, String where, List<String> violations) {
    for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
      String name = element.getAttributeValue("name");
      if (name != null && name.contains("${")) {
        // Cockpit and the README show names raw: a personalised Tasklist name goes in tasklistName
        violations.add(where + element.getId() + ": name contains an expression: " + name);
      }
    }
  }

  private static void lanes(BpmnModelInstance model, String where, List<String> violations) {
    for (Process process : model.getModelElementsByType(Process.class)) {
      if (process.getLaneSets().isEmpty()) {
        violations.add(where + process.getId() + ": process has no lanes");
        continue;
      }
      Set<String> inLane = new HashSet<>();
      for (LaneSet laneSet : process.getLaneSets()) {
        for (Lane lane : laneSet.getLanes()) {
          lane.getFlowNodeRefs().forEach(node -> inLane.add(node.getId()));
        }
      }
      for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
        // a sub-process's contents are in the lane of the sub-process
        ModelElementInstance topLevel = node;
        while (topLevel.getParentElement() != null && topLevel.getParentElement() != process) {
          topLevel = topLevel.getParentElement();
        }
        if (topLevel.getParentElement() == process && !inLane.contains(((BaseElement) topLevel).getId())) {
          violations.add(where + node.getId() + ": flow node is in no lane");
        }
      }
    }
  }

  private void diagram(BpmnModelInstance model, String processId, List<String> violations) {
    String where = processId + " ";
    Set<String> drawn = new HashSet<>();
    for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
      if (shape.getBpmnElement() != null) {
        drawn.add(shape.getBpmnElement().getId());
      }
    }
    for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
      if (edge.getBpmnElement() != null) {
        drawn.add(edge.getBpmnElement().getId());
      }
    }
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      if (!drawn.contains(node.getId())) {
        violations.add(where + node.getId() + ": flow node has no diagram shape");
      }
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      if (!drawn.contains(flow.getId())) {
        violations.add(where + flow.getId() + ": sequence flow has no diagram edge");
      }
    }
    for (BpmnPlane plane : model.getModelElementsByType(BpmnPlane.class)) {
      plane(plane, where, violations);
    }
    for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
      if (shape.getBpmnElement() instanceof FlowNode node) {
        BaseElement drawnOn = ((BpmnPlane) shape.getParentElement()).getBpmnElement();
        SubProcess embedded = embeddedIn(node);
        boolean right = embedded != null ? drawnOn == embedded
            : drawnOn instanceof Process || drawnOn instanceof Collaboration;
        if (!right) {
          // Camunda Modeler keeps an embedded sub-process's steps on its own drill-down diagram and moves them there
          violations.add(where + node.getId() + ": drawn on the diagram of " + drawnOn.getId() + ", not of "
              + (embedded != null ? "its sub-process " + embedded.getId() : "its process"));
        }
      }
    }
  }

  /** On one plane: no two shapes or labels on top of each other, and no wider than {@link #MAX_WIDTH}. */
  private static void plane(BpmnPlane plane, String where, List<String> violations) {
    List<Drawn> things = new ArrayList<>();
    double left = Double.MAX_VALUE;
    double right = -Double.MAX_VALUE;
    for (DiagramElement element : plane.getDiagramElements()) {
      BaseElement semantic = element instanceof BpmnShape shape ? shape.getBpmnElement()
          : element instanceof BpmnEdge edge ? edge.getBpmnElement() : null;
      if (semantic == null) {
        continue;
      }
      if (element instanceof BpmnShape shape) {
        left = Math.min(left, shape.getBounds().getX());
        right = Math.max(right, shape.getBounds().getX() + shape.getBounds().getWidth());
        if (semantic instanceof FlowNode) {
          things.add(new Drawn(semantic, "shape", shape.getBounds()));
        }
        if (shape.getBpmnLabel() != null && shape.getBpmnLabel().getBounds() != null) {
          things.add(new Drawn(semantic, "label", shape.getBpmnLabel().getBounds()));
        }
      } else if (element instanceof BpmnEdge edge && edge.getBpmnLabel() != null
          && edge.getBpmnLabel().getBounds() != null) {
        things.add(new Drawn(semantic, "label", edge.getBpmnLabel().getBounds()));
      }
    }
    if (right - left > MAX_WIDTH) {
      violations.add(where + plane.getBpmnElement().getId() + ": diagram is " + Math.round(right - left)
          + " px wide, more than " + MAX_WIDTH);
    }
    for (int i = 0; i < things.size(); i++) {
      for (int j = i + 1; j < things.size(); j++) {
        Drawn a = things.get(i);
        Drawn b = things.get(j);
        if (a.element() != b.element() && !related(a.element(), b.element()) && overlap(a.bounds(), b.bounds())) {
          violations.add(where + a.element().getId() + ": " + a.kind() + " overlaps the " + b.kind() + " of "
              + b.element().getId());
        }
      }
    }
  }

  /** The embedded (not event) sub-process {@code node} is a step of, or null. */
  private static SubProcess embeddedIn(FlowNode node) {
    for (ModelElementInstance parent = node.getParentElement(); parent != null; parent = parent.getParentElement()) {
      if (parent instanceof SubProcess sub && !sub.triggeredByEvent()) {
        return sub;
      }
    }
    return null;
  }

  /** A shape or label on one plane. */
  private record Drawn(BaseElement element, String kind, Bounds bounds) {
  }

  /** Shapes that are meant to touch: a boundary event on its activity, anything inside its (sub-)process. */
  private static boolean related(BaseElement a, BaseElement b) {
    return attached(a, b) || attached(b, a) || inside(a, b) || inside(b, a)
        || a instanceof SequenceFlow flow && (flow.getSource() == b || flow.getTarget() == b)
        || b instanceof SequenceFlow other && (other.getSource() == a || other.getTarget() == a);
  }

  private static boolean inside(BaseElement inner, BaseElement outer) {
    for (ModelElementInstance parent = inner.getParentElement(); parent != null; parent = parent.getParentElement()) {
      if (parent == outer) {
        return true;
      }
    }
    return false;
  }

  /** A boundary event sits on its activity's border. */
  private static boolean attached(BaseElement node, BaseElement activity) {
    return node instanceof BoundaryEvent boundary && boundary.getAttachedTo() == activity;
  }

  private static boolean overlap(Bounds a, Bounds b) {
    return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
        && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}

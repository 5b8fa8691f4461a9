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
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;

/**
 * The modelling conventions of {@code bpmn/} as a pure function: a model in, the list of violations out
 * (each naming the process and element id). {@link ModelConventionsTest} requires the list to be empty for
 * every model.
 */
final class ModelConventions {

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
    diagram(model, where, violations);
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

  private static void diagram(BpmnModelInstance model, String where, List<String> violations) {
    Set<String> drawn = new HashSet<>();
    List<BpmnShape> nodeShapes = new ArrayList<>();
    for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
      if (shape.getBpmnElement() != null) {
        drawn.add(shape.getBpmnElement().getId());
        if (shape.getBpmnElement() instanceof FlowNode) {
          nodeShapes.add(shape);
        }
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
    for (int i = 0; i < nodeShapes.size(); i++) {
      for (int j = i + 1; j < nodeShapes.size(); j++) {
        BpmnShape a = nodeShapes.get(i);
        BpmnShape b = nodeShapes.get(j);
        FlowNode nodeA = (FlowNode) a.getBpmnElement();
        FlowNode nodeB = (FlowNode) b.getBpmnElement();
        // shapes are compared within their own container; a sub-process's contents against the outer diagram
        // only after the relayout moves collapsed contents to their own plane
        if (nodeA.getParentElement() == nodeB.getParentElement() && !attached(nodeA, nodeB) && !attached(nodeB, nodeA)
            && overlap(a.getBounds(), b.getBounds())) {
          violations.add(where + nodeA.getId() + ": shape overlaps " + nodeB.getId());
        }
      }
    }
  }

  /** A boundary event sits on its activity's border. */
  private static boolean attached(FlowNode node, FlowNode activity) {
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

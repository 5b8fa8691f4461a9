package nl.amsterdam.inclusion.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every model in {@code bpmn/} keeps the {@link ModelConventions}: file name = process id; ids {@code Type_Meaning}
 * (prefixes in {@link ModelConventions#ID_PREFIXES}); every user task has a form in {@code forms/} (and every start
 * form named exists there), a candidate group or assignee and a due date; a history time to live; every exclusive
 * gateway's outgoing flows named, each the default or conditional; every service task asynchronous (except the
 * {@link #SYNCHRONOUS_ON_PURPOSE} ones) naming a Spring bean that exists in {@code src/main/java}; no {@code ${} in
 * a name (a personalised Tasklist name goes in the task's {@code tasklistName} property); lanes, and every flow node
 * in one; every flow node and sequence flow drawn, an embedded sub-process's steps on its own drill-down diagram (as
 * Camunda Modeler keeps them), no two shapes or labels on a plane on top of each other, and no
 * plane wider than {@link ModelConventions#MAX_WIDTH}.
 * {@link DiagramLayout} draws models this way.
 */
class ModelConventionsTest {

  private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  private static final Pattern NAMED_BEAN =
      Pattern.compile("@(?:Component|Service|Repository|Configuration|RestController|Controller)\\(\"(\\w+)\"\\)");
  private static final Pattern UNNAMED_BEAN = Pattern.compile(
      "@(?:Component|Service|Repository|Configuration|RestController|Controller)\\s*\\n(?:@.*\\n)*(?:public\\s+)?"
          + "(?:final\\s+)?(?:abstract\\s+)?(?:class|record)\\s+(\\w+)");
  private static final Pattern BEAN_METHOD = Pattern.compile("@Bean\\s*\\n\\s*(?:public\\s+)?[\\w<>,?\\s]+?\\s(\\w+)\\(");

  /** Service tasks that run in their caller's transaction on purpose, with why (see their delegates). */
  private static final Map<String, String> SYNCHRONOUS_ON_PURPOSE = Map.of(
      "case-cancellation Task_CancelCase", "a case that cannot be cancelled refuses the start; the log names the canceller",
      "decision-correction Task_ReopenDecision", "a decision that cannot be reopened refuses the start; the log names the corrector");

  @Test
  void everyModelKeepsTheConventions() throws IOException {
    ModelConventions conventions = new ModelConventions(formIds(), beanNames(), SYNCHRONOUS_ON_PURPOSE.keySet());
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
      List<Path> models = files.filter(file -> file.toString().endsWith(".bpmn")).sorted().toList();
      assertThat(models).as("models in bpmn/").isNotEmpty();
      for (Path file : models) {
        violations.addAll(conventions.check(file.getFileName().toString(), Bpmn.readModelFromFile(file.toFile())));
      }
    }
    assertThat(violations).as("model convention violations").isEmpty();
  }

  @Test
  void theBeanScanFindsNamedAndUnnamedDelegates() throws IOException {
    assertThat(beanNames()).contains("sendNotification", "formPilotGroups", "remindOverdueTasks", "mailGateway");
  }

  @Test
  void aModelBrokenOnPurposeIsRefusedNamingEachElement() {
    BpmnModelInstance broken = Bpmn.createExecutableProcess("wrong-id")
        .startEvent("StartEvent_Begin").camundaFormRef("missing-start").camundaFormRefBinding("deployment")
          .sequenceFlowId("Flow_ToReview")
        .userTask("Task_Review").name("Aanvraag van ${requester} beoordelen").sequenceFlowId("Flow_ToDecision")
        .exclusiveGateway("gateway1").name("Goedgekeurd?")
          .sequenceFlowId("Flow_Approved").condition("ja", "${approved}")
          .serviceTask("Task_Book").camundaDelegateExpression("${noSuchBean}").sequenceFlowId("Flow_ToBooked")
          .endEvent("End_Booked")
        .moveToLastGateway()
          .sequenceFlowId("Flow_Rejected")
          .endEvent("End_Rejected")
        .done();
    // the fluent builder gives every process a history time to live: take it away
    broken.getModelElementById("wrong-id").removeAttributeNs(CAMUNDA, "historyTimeToLive");

    List<String> violations = new ModelConventions(Set.of("pilot-sign-up"), Set.of("sendNotification"), Set.of())
        .check("broken.bpmn", broken);

    assertThat(violations).containsExactlyInAnyOrder(
        "broken.bpmn: must hold exactly one process with id broken",
        "wrong-id: process has no camunda:historyTimeToLive",
        "broken gateway1: exclusiveGateway id must be one of [Gateway_] followed by its meaning",
        "broken StartEvent_Begin: start event refers to form missing-start which is not forms/missing-start.form",
        "broken Task_Review: user task has no camunda:formRef",
        "broken Task_Review: user task has neither a candidate group nor an assignee",
        "broken Task_Review: user task has no camunda:dueDate",
        "broken Flow_Rejected: outgoing flow of gateway gateway1 has no name",
        "broken Flow_Rejected: outgoing flow of gateway gateway1 is neither the default nor conditional",
        "broken Task_Book: service task is not camunda:asyncBefore",
        "broken Task_Book: service task names bean noSuchBean which does not exist",
        "broken Task_Review: name contains an expression: Aanvraag van ${requester} beoordelen",
        "broken wrong-id: process has no lanes");
  }

  @Test
  void aModelKeepingTheConventionsHasNoViolations() {
    BpmnModelInstance good = Bpmn.createExecutableProcess("good").camundaHistoryTimeToLive(180)
        .startEvent("StartEvent_Begin").sequenceFlowId("Flow_ToReview")
        .userTask("Task_Review").name("Aanmelding beoordelen").camundaFormRef("pilot-sign-up")
          .camundaFormRefBinding("deployment").camundaCandidateGroups("id-bureau").camundaDueDate("P7D")
          .sequenceFlowId("Flow_ToDecision")
        .exclusiveGateway("Gateway_Approved").name("Goedgekeurd?")
          .sequenceFlowId("Flow_Approved").condition("ja", "${approved}")
          .serviceTask("Task_Notify").camundaAsyncBefore().camundaDelegateExpression("${sendNotification}")
          .sequenceFlowId("Flow_ToApproved").endEvent("End_Approved")
        .moveToLastGateway()
          .sequenceFlowId("Flow_Rejected")
          .endEvent("End_Rejected")
        .done();
    good.getModelElementById("Gateway_Approved").setAttributeValue("default", "Flow_Rejected");
    good.getModelElementById("Flow_Rejected").setAttributeValue("name", "nee");

    assertThat(new ModelConventions(Set.of("pilot-sign-up"), Set.of("sendNotification"), Set.of())
        .check("good.bpmn", drawn(good))).isEmpty();
  }

  @Test
  void aKindOfElementWithoutAnAgreedIdPrefixIsRefused() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("scripted").camundaHistoryTimeToLive(180)
        .startEvent("StartEvent_Begin").sequenceFlowId("Flow_ToCalculate")
        .scriptTask("Script_Calculate").sequenceFlowId("Flow_ToDone")
        .endEvent("End_Done").done();

    assertThat(new ModelConventions(Set.of(), Set.of(), Set.of()).check("scripted.bpmn", drawn(model)))
        .containsExactly("scripted Script_Calculate: scriptTask has no id convention in ModelConventions");
  }

  @Test
  void overlappingShapesAndUndrawnElementsAreRefused() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("layout").camundaHistoryTimeToLive(180)
        .startEvent("StartEvent_Begin").endEvent("End_Done").done();
    // the fluent builder draws the end event right of the start event: put it on top of it, and drop the edge
    model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape.class).stream()
        .filter(shape -> shape.getBpmnElement().getId().equals("End_Done"))
        .forEach(shape -> shape.getBounds().setX(shape.getBounds().getX() - 100));
    model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge.class)
        .forEach(edge -> edge.getParentElement().removeChildElement(edge));

    assertThat(new ModelConventions(Set.of(), Set.of(), Set.of()).check("layout.bpmn", model)).containsExactlyInAnyOrder(
        "layout layout: process has no lanes",
        "layout StartEvent_Begin: shape overlaps the shape of End_Done",
        "layout " + model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.SequenceFlow.class)
            .iterator().next().getId() + ": sequence flow has no diagram edge",
        "layout " + model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.SequenceFlow.class)
            .iterator().next().getId() + ": sequenceFlow id must be one of [Flow_] followed by its meaning");
  }

  @Test
  void aStepOutsideTheLanesAndATooWideOrCrowdedDiagramAreRefused() {
    BpmnModelInstance model = drawn(Bpmn.createExecutableProcess("crowded").camundaHistoryTimeToLive(180)
        .startEvent("StartEvent_Begin").name("Begonnen").sequenceFlowId("Flow_ToDone")
        .endEvent("End_Done").name("Klaar").done());
    Lane lane = model.getModelElementsByType(Lane.class).iterator().next();
    lane.getFlowNodeRefs().remove(model.<FlowNode>getModelElementById("End_Done"));
    // the end event's label onto the start event, and the end event far to the right
    BpmnShape start = shapeOf(model, "StartEvent_Begin");
    BpmnShape end = shapeOf(model, "End_Done");
    end.getBpmnLabel().getBounds().setX(start.getBounds().getX());
    end.getBpmnLabel().getBounds().setY(start.getBounds().getY());
    end.getBounds().setX(ModelConventions.MAX_WIDTH + 500);

    assertThat(new ModelConventions(Set.of(), Set.of(), Set.of()).check("crowded.bpmn", model))
        .containsExactlyInAnyOrder(
            "crowded End_Done: flow node is in no lane",
            "crowded Collaboration_Crowded: diagram is " + Math.round(end.getBounds().getX() + 36) + " px wide, more than "
                + ModelConventions.MAX_WIDTH,
            "crowded StartEvent_Begin: shape overlaps the label of End_Done");
  }

  @Test
  void anEmbeddedSubProcessDrawnOnTheMainDiagramIsRefused() {
    // the fluent builder draws a sub-process expanded, its steps on the process's diagram
    BpmnModelInstance model = Bpmn.createExecutableProcess("nested").camundaHistoryTimeToLive(180)
        .startEvent("StartEvent_Begin").sequenceFlowId("Flow_ToPart")
        .subProcess("SubProcess_Part").embeddedSubProcess()
          .startEvent("StartEvent_Part").sequenceFlowId("Flow_ToPartDone").endEvent("End_Part")
        .subProcessDone().sequenceFlowId("Flow_ToDone")
        .endEvent("End_Done").done();

    assertThat(new ModelConventions(Set.of(), Set.of(), Set.of()).check("nested.bpmn", model)).contains(
        "nested StartEvent_Part: drawn on the diagram of nested, not of its sub-process SubProcess_Part",
        "nested End_Part: drawn on the diagram of nested, not of its sub-process SubProcess_Part");
    assertThat(new ModelConventions(Set.of(), Set.of(), Set.of()).check("nested.bpmn", drawn(model)))
        .isEmpty();
  }

  /** {@code model} as {@link DiagramLayout} draws it. */
  private static BpmnModelInstance drawn(BpmnModelInstance model) {
    String xml = DiagramLayout.layOut(Bpmn.convertToString(model));
    return Bpmn.readModelFromStream(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static BpmnShape shapeOf(BpmnModelInstance model, String id) {
    return model.getModelElementsByType(BpmnShape.class).stream()
        .filter(shape -> shape.getBpmnElement().getId().equals(id)).findFirst().orElseThrow();
  }

  /** Forms whose "id" equals their file name: a formRef resolves to exactly that file. */
  private static Set<String> formIds() throws IOException {
    ObjectMapper json = new ObjectMapper();
    Set<String> ids = new HashSet<>();
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
        String id = json.readTree(file.toFile()).path("id").asText();
        if ((id + ".form").equals(file.getFileName().toString())) {
          ids.add(id);
        }
      }
    }
    return ids;
  }

  /** Spring bean names declared in the sources: explicit names, decapitalised class names and @Bean methods. */
  private static Set<String> beanNames() throws IOException {
    Set<String> names = new HashSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        collect(NAMED_BEAN.matcher(source), names, false);
        collect(UNNAMED_BEAN.matcher(source), names, true);
        collect(BEAN_METHOD.matcher(source), names, false);
      }
    }
    return names;
  }

  private static void collect(Matcher matcher, Set<String> names, boolean decapitalise) {
    while (matcher.find()) {
      String name = matcher.group(1);
      names.add(decapitalise ? Character.toLowerCase(name.charAt(0)) + name.substring(1) : name);
    }
  }
}

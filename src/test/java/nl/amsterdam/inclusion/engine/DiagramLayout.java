package nl.amsterdam.inclusion.engine;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.amsterdam.inclusion.engine.DiagramGrid.Box;
import nl.amsterdam.inclusion.engine.DiagramGrid.Placement;
import nl.amsterdam.inclusion.identity.AccessModel;
import nl.amsterdam.inclusion.identity.Groups;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

import static nl.amsterdam.inclusion.engine.DiagramGrid.EVENT;
import static nl.amsterdam.inclusion.engine.DiagramGrid.GAP;
import static nl.amsterdam.inclusion.engine.DiagramGrid.MARGIN;
import static nl.amsterdam.inclusion.engine.DiagramGrid.SYSTEM_LANE;

/**
 * Rebuilds a model's pool, lanes and diagram (BPMNDI) from its semantics, deterministically, the way a person draws
 * it in Camunda Modeler: one lane per role (from the user tasks' candidate groups and assignees; service tasks in
 * "Systeem"; events and gateways next to the step they follow), columns from left to right in flow order, the
 * longest path from the start on the first row of each lane and other branches below it, tasks as wide as their
 * names need ({@link DiagramGrid} places them), orthogonal edges, labels where they cover nothing, event
 * sub-processes expanded below their lane's rows and embedded sub-processes
 * collapsed with their contents on their own drill-down diagram (a BPMNPlane for the sub-process, as bpmn-js writes
 * it), DI ids {@code <element id>_di} like the Modeler's.
 * {@link DiagramLayoutTest} checks that every model in {@code bpmn/} is laid out this way and rewrites them on request.
 */
final class DiagramLayout {

  /** Lane name per candidate group or assignee expression (the roles of identity/Groups). */
  private static final Map<String, String> LANES = Map.ofEntries(
      Map.entry(Groups.LEADERS, "Leidinggevende"), Map.entry("${participantId}", "Leidinggevende"),
      Map.entry("${requesterId}", "Leidinggevende"), Map.entry("${leaderId}", "Leidinggevende"),
      Map.entry(Groups.PILOT_COACHES, "Coach"), Map.entry("${coachId}", "Coach"), Map.entry("${groupCoach}", "Coach"),
      Map.entry(Groups.ID_BUREAU, "Bureau I&D"),
      Map.entry(Groups.ACCOUNT_MANAGERS, "Accounthouder P&O"), Map.entry("${accountManagerGroup}", "Accounthouder P&O"),
      Map.entry(Groups.LEARNING_ADVISORS, "Leeradviseur"), Map.entry("${learningAdvisor}", "Leeradviseur"),
      Map.entry(Groups.DIRECTORATE_LEADS, "Directie"), Map.entry("${directorateGroup}", "Directie"),
      Map.entry(Groups.PANEL_MEMBERS, "Groeipanel"), Map.entry("${panelMember}", "Groeipanel"),
      Map.entry(Groups.PANEL_MODERATOR, "Moderator"),
      Map.entry("${rater}", "Beoordelaar"),
      Map.entry(Groups.ALDERMAN_OFFICE, "Ondersteuning wethouder"));

  /** Lane ids, {@code Lane_Meaning}. */
  private static final Map<String, String> LANE_IDS = Map.ofEntries(
      Map.entry("Leidinggevende", "Lane_Leader"), Map.entry("Coach", "Lane_Coach"),
      Map.entry("Bureau I&D", "Lane_IdBureau"), Map.entry("Accounthouder P&O", "Lane_AccountManager"),
      Map.entry("Leeradviseur", "Lane_LearningAdvisor"), Map.entry("Directie", "Lane_Directorate"),
      Map.entry("Groeipanel", "Lane_Panel"), Map.entry("Moderator", "Lane_Moderator"),
      Map.entry("Beoordelaar", "Lane_Rater"), Map.entry("Ondersteuning wethouder", "Lane_AldermanOffice"),
      Map.entry(SYSTEM_LANE, "Lane_System"));

  // geometry, in the Modeler's units
  private static final int POOL_LABEL = 30;
  private static final int LANE_LABEL = 30;
  private static final int LABEL_WIDTH = 90;
  private static final int LINE = 14;
  /** Average character width of bpmn-js's 11 px font of external labels. */
  private static final double LABEL_CHAR = 6.2;

  private final BpmnModelInstance model;
  private final Map<String, Box> boxes = new HashMap<>();
  /** Per plane, what is drawn on it so far: labels go where nothing is. */
  private final Map<StringBuilder, List<Drawn>> occupied = new HashMap<>();
  /** Per plane, the segments of its edges (as boxes one pixel thin): labels keep off them where they can. */
  private final Map<StringBuilder, List<Box>> lines = new HashMap<>();
  private final Map<SequenceFlow, List<int[]>> routes = new HashMap<>();
  /** The diagrams, each a list of BPMNDI lines: the pool's first, then one per collapsed sub-process. */
  private final List<StringBuilder> diagrams = new ArrayList<>();

  private DiagramLayout(BpmnModelInstance model) {
    this.model = model;
  }

  /**
   * {@code xml} (a model of {@code bpmn/}) with its collaboration, lanes and diagrams replaced by generated ones. The
   * rest of the text stays as it is, so a change to a model's steps and its redrawing are separate, readable diffs.
   */
  static String layOut(String xml) {
    BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    return new DiagramLayout(model).run(xml);
  }

  private String run(String xml) {
    Process process = model.getModelElementsByType(Process.class).iterator().next();
    String meaning = upperCamel(process.getId());
    DiagramGrid grid = new DiagramGrid(process, this::laneOf);

    StringBuilder laneSet = new StringBuilder("    <bpmn:laneSet id=\"LaneSet_" + meaning + "\">\n");
    for (String name : grid.laneOrder) {
      laneSet.append("      <bpmn:lane id=\"").append(LANE_IDS.get(name)).append("\" name=\"").append(xml(name))
          .append("\">\n");
      for (FlowNode node : grid.nodes) {
        if (grid.lane.get(node).equals(name)) {
          laneSet.append("        <bpmn:flowNodeRef>").append(node.getId()).append("</bpmn:flowNodeRef>\n");
        }
      }
      for (BoundaryEvent boundary : grid.boundaries) {
        if (grid.lane.get((FlowNode) boundary.getAttachedTo()).equals(name)) {
          laneSet.append("        <bpmn:flowNodeRef>").append(boundary.getId()).append("</bpmn:flowNodeRef>\n");
        }
      }
      laneSet.append("      </bpmn:lane>\n");
    }
    laneSet.append("    </bpmn:laneSet>\n");
    String participant = "Participant_" + meaning;
    String collaboration = "  <bpmn:collaboration id=\"Collaboration_" + meaning + "\">\n"
        + "    <bpmn:participant id=\"" + participant + "\" name=\"" + xml(blank(process.getName()) ? process.getId() : process.getName()) + "\" processRef=\""
        + process.getId() + "\" />\n  </bpmn:collaboration>\n";

    StringBuilder main = plane("BPMNDiagram_" + meaning, "BPMNPlane_" + meaning, "Collaboration_" + meaning);
    Placement placed = grid.place(POOL_LABEL + LANE_LABEL + MARGIN, 0);
    int width = Math.max(placed.width() + POOL_LABEL + LANE_LABEL + 2 * MARGIN, 600);
    shape(main, participant, new Box(0, 0, width, placed.height()), " isHorizontal=\"true\"", null);
    for (String name : grid.laneOrder) {
      int[] band = placed.lanes().get(name);
      shape(main, LANE_IDS.get(name), new Box(POOL_LABEL, band[0], width - POOL_LABEL, band[1]),
          " isHorizontal=\"true\"", null);
    }
    draw(main, grid, placed);
    StringBuilder di = new StringBuilder();
    for (StringBuilder diagram : diagrams) {
      di.append(diagram).append("    </bpmndi:BPMNPlane>\n  </bpmndi:BPMNDiagram>\n");
    }

    // the models in bpmn/ write BPMN elements as bpmn:..., the model API's writer without a prefix
    String bpmn = xml.contains("<bpmn:definitions") ? "bpmn:" : "";
    String text = xml.replaceAll("(?s)\\s*<" + bpmn + "collaboration\\b.*?</" + bpmn + "collaboration>", "")
        .replaceAll("(?s)\\s*<" + bpmn + "laneSet\\b.*?</" + bpmn + "laneSet>", "")
        .replaceAll("(?s)\\s*<bpmndi:BPMNDiagram\\b.*?</bpmndi:BPMNDiagram>", "");
    int processStart = text.indexOf("<" + bpmn + "process ");
    int processBody = text.indexOf('>', processStart) + 1;
    int definitionsEnd = text.lastIndexOf("</" + bpmn + "definitions>");
    int lineStart = text.lastIndexOf('\n', processStart) + 1;
    return text.substring(0, lineStart) + prefixed(collaboration, bpmn) + text.substring(lineStart, processBody) + "\n"
        + prefixed(laneSet.toString(), bpmn) + text.substring(processBody, definitionsEnd).stripTrailing().replaceFirst("^\n", "")
        + "\n" + di + "</" + bpmn + "definitions>\n";
  }

  /**
   * Draws the nodes and flows of one grid, and collapsed sub-processes' contents on their own planes. Shapes first,
   * then labels where they cover nothing drawn before them.
   */
  private void draw(StringBuilder plane, DiagramGrid grid, Placement placed) {
    List<Drawn> taken = occupied.computeIfAbsent(plane, p -> new ArrayList<>());
    List<Box> edges = lines.computeIfAbsent(plane, p -> new ArrayList<>());
    for (FlowNode node : grid.nodes) {
      Box box = placed.boxes().get(node);
      boxes.put(node.getId(), box);
      taken.add(new Drawn(node, box));
    }
    for (BoundaryEvent boundary : grid.boundaries) {
      Box host = boxes.get(boundary.getAttachedTo().getId());
      List<BoundaryEvent> siblings = grid.boundaries.stream()
          .filter(b -> b.getAttachedTo() == boundary.getAttachedTo()).toList();
      int index = siblings.indexOf(boundary);
      Box box = new Box(host.x() + host.w() - EVENT - 10 - index * (EVENT + 30), host.y() + host.h() - EVENT / 2, EVENT, EVENT);
      boxes.put(boundary.getId(), box);
      taken.add(new Drawn(boundary, box));
    }
    for (SequenceFlow flow : grid.flows) {
      List<int[]> points = route(flow, boxes.get(flow.getSource().getId()), boxes.get(flow.getTarget().getId()), grid);
      routes.put(flow, points);
      for (int i = 0; i + 1 < points.size(); i++) {
        int[] a = points.get(i);
        int[] b = points.get(i + 1);
        edges.add(new Box(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.abs(a[0] - b[0]) + 1,
            Math.abs(a[1] - b[1]) + 1));
      }
    }
    for (FlowNode node : grid.nodes) {
      Box box = placed.boxes().get(node);
      if (node instanceof SubProcess sub && sub.triggeredByEvent()) {
        shape(plane, node.getId(), box, " isExpanded=\"true\"", null);
        DiagramGrid inner = new DiagramGrid(sub, n -> SYSTEM_LANE);
        draw(plane, inner, inner.place(box.x() + MARGIN, box.y()));
        continue;
      }
      String extra = node instanceof SubProcess ? " isExpanded=\"false\""
          : node instanceof ExclusiveGateway ? " isMarkerVisible=\"true\"" : "";
      shape(plane, node.getId(), box, extra, place(plane, node, labelSpots(node, box)));
      if (node instanceof SubProcess sub) {
        StringBuilder own = plane("BPMNDiagram_" + sub.getId(), "BPMNPlane_" + sub.getId(), sub.getId());
        DiagramGrid inner = new DiagramGrid(sub, n -> SYSTEM_LANE);
        draw(own, inner, inner.place(180, 80));
      }
    }
    for (BoundaryEvent boundary : grid.boundaries) {
      Box box = boxes.get(boundary.getId());
      Box text = textBox(boundary.getName());
      List<Box> spots = text == null ? List.of() : List.of(
          new Box(box.x() + EVENT + 2, box.y() + EVENT - 4, text.w(), text.h()),
          new Box(box.x() - 2 - text.w(), box.y() + EVENT - 4, text.w(), text.h()),
          new Box(box.cx() - text.w() / 2, box.y() + EVENT + 30, text.w(), text.h()));
      shape(plane, boundary.getId(), box, "", place(plane, boundary, spots));
    }
    for (SequenceFlow flow : grid.flows) {
      edge(plane, flow);
    }
  }

  /**
   * The first of {@code spots} that covers no shape or label on the plane (but what {@code owner} is inside of) and
   * no edge; failing that, the first that covers no shape or label.
   */
  private Box place(StringBuilder plane, FlowElement owner, List<Box> spots) {
    List<Drawn> taken = occupied.get(plane);
    List<Box> edges = lines.get(plane);
    for (boolean avoidEdges : new boolean[] {true, false}) {
      for (Box spot : spots) {
        boolean free = taken.stream().noneMatch(drawn -> drawn.element() != owner && !inside(owner, drawn.element())
            && drawn.box().overlaps(spot));
        if (free && (!avoidEdges || edges.stream().noneMatch(spot::overlaps))) {
          taken.add(new Drawn(owner, spot));
          return spot;
        }
      }
    }
    if (spots.isEmpty()) {
      return null;
    }
    taken.add(new Drawn(owner, spots.get(0)));
    return spots.get(0);
  }

  private static boolean inside(FlowElement element, FlowElement container) {
    for (ModelElementInstance parent = element.getParentElement(); parent != null; parent = parent.getParentElement()) {
      if (parent == container) {
        return true;
      }
    }
    return element instanceof SequenceFlow flow
        && (flow.getSource() == container || flow.getTarget() == container);
  }

  private void edge(StringBuilder plane, SequenceFlow flow) {
    List<int[]> points = routes.get(flow);
    plane.append("      <bpmndi:BPMNEdge id=\"").append(flow.getId()).append("_di\" bpmnElement=\"").append(flow.getId())
        .append("\">\n");
    for (int[] point : points) {
      plane.append("        <di:waypoint x=\"").append(point[0]).append("\" y=\"").append(point[1]).append("\" />\n");
    }
    if (!blank(flow.getName())) {
      label(plane, place(plane, flow, flowLabelSpots(flow.getName(), points)));
    }
    plane.append("      </bpmndi:BPMNEdge>\n");
  }

  /** Where a flow's name may go: beside its first segment, else beside its last. */
  private static List<Box> flowLabelSpots(String name, List<int[]> points) {
    List<Box> spots = new ArrayList<>();
    int[] a = points.get(0);
    int[] b = points.get(1);
    int[] y = points.get(points.size() - 2);
    int[] z = points.get(points.size() - 1);
    Box text = textBox(name);
    if (a[1] == b[1]) {
      int dir = b[0] > a[0] ? 1 : -1;
      int x = dir > 0 ? a[0] + 4 : a[0] - 4 - text.w();
      spots.add(new Box(x, a[1] + 4, text.w(), text.h()));
      spots.add(new Box(x, a[1] - 4 - text.h(), text.w(), text.h()));
    } else {
      int y0 = b[1] > a[1] ? a[1] + 4 : a[1] - 4 - text.h();
      spots.add(new Box(a[0] - 4 - text.w(), y0, text.w(), text.h()));
      spots.add(new Box(a[0] + 4, y0, text.w(), text.h()));
    }
    if (y[1] == z[1]) {
      int x = z[0] > y[0] ? z[0] - 4 - text.w() : z[0] + 4;
      spots.add(new Box(x, z[1] - 4 - text.h(), text.w(), text.h()));
      spots.add(new Box(x, z[1] + 4, text.w(), text.h()));
    }
    // else beside the middle of any segment
    for (int i = 0; i + 1 < points.size(); i++) {
      int mx = (points.get(i)[0] + points.get(i + 1)[0]) / 2;
      int my = (points.get(i)[1] + points.get(i + 1)[1]) / 2;
      spots.add(new Box(mx + 4, my - text.h() / 2, text.w(), text.h()));
      spots.add(new Box(mx - 4 - text.w(), my - text.h() / 2, text.w(), text.h()));
      spots.add(new Box(mx - text.w() / 2, my - 4 - text.h(), text.w(), text.h()));
      spots.add(new Box(mx - text.w() / 2, my + 4, text.w(), text.h()));
    }
    return spots;
  }

  /** Orthogonal waypoints from {@code s} to {@code t}, choosing among a few routes the one crossing fewest shapes. */
  private List<int[]> route(SequenceFlow flow, Box s, Box t, DiagramGrid grid) {
    boolean fromBoundary = flow.getSource() instanceof BoundaryEvent;
    List<List<int[]>> candidates = new ArrayList<>();
    int sy = s.cy();
    int ty = t.cy();
    int into = ty > sy ? t.y() : t.y() + t.h();
    if (fromBoundary) {
      candidates.add(List.of(p(s.cx(), s.y() + s.h()), p(s.cx(), ty), p(t.x(), ty)));
      if (t.x() + t.w() < s.cx()) {
        candidates.add(List.of(p(s.cx(), s.y() + s.h()), p(s.cx(), ty), p(t.x() + t.w(), ty)));
      }
    } else if (t.x() >= s.x() + s.w() && sy == ty) {
      candidates.add(List.of(p(s.x() + s.w(), sy), p(t.x(), ty)));
      // around what stands between them: under or over the row
      int under = Math.max(s.y() + s.h(), t.y() + t.h()) + 25;
      int over = Math.min(s.y(), t.y()) - 25;
      candidates.add(List.of(p(s.cx(), s.y() + s.h()), p(s.cx(), under), p(t.cx(), under), p(t.cx(), t.y() + t.h())));
      candidates.add(List.of(p(s.cx(), s.y()), p(s.cx(), over), p(t.cx(), over), p(t.cx(), t.y())));
    } else if (t.x() >= s.x() + s.w()) {
      int down = ty > sy ? s.y() + s.h() : s.y();
      // out of the bottom (or top), then along the target's row
      candidates.add(List.of(p(s.cx(), down), p(s.cx(), ty), p(t.x(), ty)));
      // out of the bottom (or top), across between the rows, into the target's top (or bottom)
      candidates.add(List.of(p(s.cx(), down), p(s.cx(), (down + into) / 2), p(t.cx(), (down + into) / 2),
          p(t.cx(), into)));
      if (!(flow.getSource() instanceof Gateway)) {
        // a gateway's branches leave from its corners, so the way straight on keeps its side to itself
        int turn = t.x() - GAP / 2;
        candidates.add(List.of(p(s.x() + s.w(), sy), p(turn, sy), p(turn, ty), p(t.x(), ty)));
        int early = s.x() + s.w() + GAP / 2;
        candidates.add(List.of(p(s.x() + s.w(), sy), p(early, sy), p(early, ty), p(t.x(), ty)));
        candidates.add(List.of(p(s.x() + s.w(), sy), p(t.cx(), sy), p(t.cx(), into)));
      }
    } else {
      // backwards: through a channel under (or over) both shapes
      int below = Math.max(s.y() + s.h(), t.y() + t.h()) + 30;
      int above = Math.min(s.y(), t.y()) - 30;
      candidates.add(List.of(p(s.cx(), s.y() + s.h()), p(s.cx(), below), p(t.cx(), below), p(t.cx(), t.y() + t.h())));
      candidates.add(List.of(p(s.cx(), s.y()), p(s.cx(), above), p(t.cx(), above), p(t.cx(), t.y())));
    }
    List<int[]> best = null;
    int fewest = Integer.MAX_VALUE;
    for (List<int[]> candidate : candidates) {
      int crossings = crossings(candidate, flow, grid);
      if (crossings < fewest) {
        fewest = crossings;
        best = candidate;
      }
    }
    return simplify(best);
  }

  private int crossings(List<int[]> points, SequenceFlow flow, DiagramGrid grid) {
    int count = 0;
    for (FlowNode node : grid.nodes) {
      if (node == flow.getSource() || node == flow.getTarget()) {
        continue;
      }
      Box box = boxes.get(node.getId());
      if (box == null) {
        continue;
      }
      for (int i = 0; i + 1 < points.size(); i++) {
        if (box.crossedBy(points.get(i), points.get(i + 1))) {
          count++;
        }
      }
    }
    return count * 10 + points.size();
  }

  private static List<int[]> simplify(List<int[]> points) {
    List<int[]> out = new ArrayList<>();
    for (int[] point : points) {
      if (!out.isEmpty() && out.get(out.size() - 1)[0] == point[0] && out.get(out.size() - 1)[1] == point[1]) {
        continue;
      }
      if (out.size() >= 2) {
        int[] a = out.get(out.size() - 2);
        int[] b = out.get(out.size() - 1);
        if ((a[0] == b[0] && b[0] == point[0]) || (a[1] == b[1] && b[1] == point[1])) {
          out.set(out.size() - 1, point);
          continue;
        }
      }
      out.add(point);
    }
    return out;
  }

  private static int[] p(int x, int y) {
    return new int[] {x, y};
  }

  /** Where the label of an event or gateway may go: events below, gateways above (branches leave below). */
  private static List<Box> labelSpots(FlowNode node, Box box) {
    if (blank(node.getName()) || !(node instanceof Event || node instanceof Gateway)) {
      return List.of();
    }
    Box text = textBox(node.getName());
    int x = box.cx() - text.w() / 2;
    Box above = new Box(x, box.y() - 6 - text.h(), text.w(), text.h());
    Box below = new Box(x, box.y() + box.h() + 6, text.w(), text.h());
    Box aboveLeft = new Box(box.x() - 4 - text.w(), box.y() - 4 - text.h(), text.w(), text.h());
    Box belowLeft = new Box(box.x() - 4 - text.w(), box.y() + box.h() + 4, text.w(), text.h());
    return node instanceof Gateway ? List.of(above, aboveLeft, below, belowLeft)
        : List.of(below, above, belowLeft, aboveLeft);
  }

  /** The size of the label {@code text}: bpmn-js wraps external labels at 90 px, whatever their bounds say. */
  private static Box textBox(String text) {
    if (blank(text)) {
      return null;
    }
    List<String> lines = DiagramGrid.wrap(text, LABEL_WIDTH, LABEL_CHAR);
    int width = (int) Math.ceil(lines.stream().mapToInt(String::length).max().orElse(0) * LABEL_CHAR);
    return new Box(0, 0, Math.min(width, LABEL_WIDTH), lines.size() * LINE);
  }

  /** The non-interrupting timer a step ending the path after it hangs from, or null: a reminder. */
  private static BoundaryEvent reminder(FlowNode node) {
    if (!node.getOutgoing().isEmpty() || node.getIncoming().size() != 1
        || !(node.getIncoming().iterator().next().getSource() instanceof BoundaryEvent boundary)
        || boundary.cancelActivity()) {
      return null;
    }
    return boundary;
  }

  private String laneOf(FlowNode node) {
    if (node instanceof UserTask task) {
      String who = !blank(task.getCamundaAssignee()) ? task.getCamundaAssignee() : task.getCamundaCandidateGroups();
      String lane = LANES.get(who.trim());
      if (lane == null) {
        throw new IllegalStateException(task.getId() + ": no lane for " + who + " in DiagramLayout.LANES");
      }
      return lane;
    }
    if (node instanceof SubProcess sub && !sub.triggeredByEvent()) {
      return sub.getChildElementsByType(UserTask.class).stream().findFirst().map(this::laneOf).orElse(SYSTEM_LANE);
    }
    if (node instanceof StartEvent start && !blank(start.getCamundaFormRef())) {
      String process = ((BaseElement) start.getParentElement()).getId();
      return Groups.ROLES.stream()
          .filter(role -> AccessModel.STARTABLE.getOrDefault(role, List.of()).contains(process))
          .findFirst().map(LANES::get).orElse(SYSTEM_LANE);
    }
    if (node instanceof Activity && reminder(node) != null) {
      // a reminder is drawn next to the wait it reminds of
      return laneOf((FlowNode) reminder(node).getAttachedTo());
    }
    if (node instanceof Activity) {
      return SYSTEM_LANE;
    }
    return null;
  }

  private StringBuilder plane(String diagramId, String planeId, String element) {
    StringBuilder plane = new StringBuilder("  <bpmndi:BPMNDiagram id=\"" + diagramId + "\">\n    <bpmndi:BPMNPlane id=\""
        + planeId + "\" bpmnElement=\"" + element + "\">\n");
    diagrams.add(plane);
    return plane;
  }

  private static void shape(StringBuilder plane, String id, Box box, String attributes, Box label) {
    plane.append("      <bpmndi:BPMNShape id=\"").append(id).append("_di\" bpmnElement=\"").append(id).append('"')
        .append(attributes).append(">\n        ").append(bounds(box)).append('\n');
    if (label != null) {
      label(plane, label);
    }
    plane.append("      </bpmndi:BPMNShape>\n");
  }

  private static void label(StringBuilder plane, Box box) {
    plane.append("        <bpmndi:BPMNLabel>\n          ").append(bounds(box)).append("\n        </bpmndi:BPMNLabel>\n");
  }

  private static String bounds(Box box) {
    return "<dc:Bounds x=\"" + box.x() + "\" y=\"" + box.y() + "\" width=\"" + box.w() + "\" height=\"" + box.h() + "\" />";
  }

  private static String prefixed(String fragment, String bpmn) {
    return fragment.replace("<bpmn:", "<" + bpmn).replace("</bpmn:", "</" + bpmn);
  }

  private static String xml(String text) {
    return text.replace("&", "&#38;").replace("\"", "&#34;").replace("<", "&#60;");
  }

  private static String upperCamel(String id) {
    StringBuilder out = new StringBuilder();
    for (String part : id.split("[^A-Za-z0-9]+")) {
      if (!part.isEmpty()) {
        out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return out.toString();
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  /** A shape or label on a plane, and whose it is. */
  record Drawn(FlowElement element, Box box) {
  }
}

package nl.amsterdam.inclusion.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The flow nodes of one container in cells: a column per step along the flow, a lane per role, rows inside a
 * lane. Boundary events are not cells: they ride on their activity, and what follows them goes one column right.
 */
final class DiagramGrid {

  static final String SYSTEM_LANE = "Systeem";

  // geometry, in the Modeler's units
  static final int TASK_HEIGHT = 80;
  static final int EVENT = 36;
  static final int GATEWAY = 50;
  static final int GAP = 60;
  static final int MARGIN = 40;
  private static final int ROW = 150;
  /** Where in its row a node's centre sits: more room above (gateway labels) than below (event labels). */
  private static final int ROW_CENTRE = 82;
  /** Average character width of bpmn-js's 12 px font of task names. */
  private static final double TASK_CHAR = 7.0;

  final List<FlowNode> nodes = new ArrayList<>();
  final List<BoundaryEvent> boundaries = new ArrayList<>();
  final List<SequenceFlow> flows = new ArrayList<>();
  final Map<FlowNode, String> lane = new HashMap<>();
  final List<String> laneOrder = new ArrayList<>();
  private final Map<FlowNode, Integer> column = new HashMap<>();
  private final Map<FlowNode, Integer> row = new HashMap<>();
  private final Set<FlowNode> happy = new LinkedHashSet<>();
  private final List<SubProcess> eventSubProcesses = new ArrayList<>();

  DiagramGrid(ModelElementInstance container, Function<FlowNode, String> roles) {
    for (FlowElement element : container.getChildElementsByType(FlowElement.class)) {
      if (element instanceof BoundaryEvent boundary) {
        boundaries.add(boundary);
      } else if (element instanceof SubProcess sub && sub.triggeredByEvent()) {
        eventSubProcesses.add(sub);
      } else if (element instanceof FlowNode node) {
        nodes.add(node);
      } else if (element instanceof SequenceFlow flow) {
        flows.add(flow);
      }
    }
    columns();
    happyPath();
    lanes(roles);
    rows();
    nodes.addAll(eventSubProcesses);
  }

  /** The node a flow leaves from, for layout: a boundary event's activity. */
  private static FlowNode from(SequenceFlow flow) {
    return flow.getSource() instanceof BoundaryEvent boundary ? (FlowNode) boundary.getAttachedTo() : flow.getSource();
  }

  private List<SequenceFlow> outgoing(FlowNode node) {
    return flows.stream().filter(flow -> from(flow) == node).toList();
  }

  private List<SequenceFlow> incoming(FlowNode node) {
    return flows.stream().filter(flow -> flow.getTarget() == node).toList();
  }

  /** Longest-path layering over the flow without its loops (found depth-first from the start events). */
  private void columns() {
    Set<SequenceFlow> loops = new HashSet<>();
    Set<FlowNode> done = new HashSet<>();
    for (FlowNode node : roots()) {
      depthFirst(node, new HashSet<>(), done, loops);
    }
    for (FlowNode node : nodes) {
      depthFirst(node, new HashSet<>(), done, loops);
    }
    boolean changed = true;
    nodes.forEach(node -> column.put(node, 0));
    while (changed) {
      changed = false;
      for (SequenceFlow flow : flows) {
        if (loops.contains(flow)) {
          continue;
        }
        int wanted = column.get(from(flow)) + 1;
        if (column.get(flow.getTarget()) < wanted) {
          column.put(flow.getTarget(), wanted);
          changed = true;
        }
      }
    }
  }

  private List<FlowNode> roots() {
    List<FlowNode> roots = new ArrayList<>();
    nodes.stream().filter(node -> node instanceof StartEvent).forEach(roots::add);
    nodes.stream().filter(node -> !(node instanceof StartEvent) && incoming(node).isEmpty()).forEach(roots::add);
    return roots;
  }

  private void depthFirst(FlowNode node, Set<FlowNode> onPath, Set<FlowNode> done, Set<SequenceFlow> loops) {
    if (done.contains(node)) {
      return;
    }
    onPath.add(node);
    for (SequenceFlow flow : outgoing(node)) {
      if (onPath.contains(flow.getTarget())) {
        loops.add(flow);
      } else {
        depthFirst(flow.getTarget(), onPath, done, loops);
      }
    }
    onPath.remove(node);
    done.add(node);
  }

  /** The longest way from the first start event to an end, not through boundary events: drawn on one line. */
  private void happyPath() {
    List<FlowNode> starts = nodes.stream().filter(node -> node instanceof StartEvent).toList();
    if (starts.isEmpty()) {
      return;
    }
    Map<FlowNode, List<FlowNode>> longest = new HashMap<>();
    happy.addAll(longestFrom(starts.get(0), longest, new HashSet<>()));
  }

  private List<FlowNode> longestFrom(FlowNode node, Map<FlowNode, List<FlowNode>> memo, Set<FlowNode> onPath) {
    if (memo.containsKey(node)) {
      return memo.get(node);
    }
    onPath.add(node);
    List<FlowNode> best = List.of();
    for (SequenceFlow flow : flows) {
      if (flow.getSource() != node || onPath.contains(flow.getTarget())
          || column.get(flow.getTarget()) <= column.get(node)) {
        continue;
      }
      List<FlowNode> tail = longestFrom(flow.getTarget(), memo, onPath);
      if (tail.size() > best.size()) {
        best = tail;
      }
    }
    onPath.remove(node);
    List<FlowNode> path = new ArrayList<>();
    path.add(node);
    path.addAll(best);
    memo.put(node, path);
    return path;
  }

  /** Each node's lane: its role, or for events and gateways the lane of the step before (the first: after). */
  private void lanes(Function<FlowNode, String> roles) {
    List<FlowNode> ordered = new ArrayList<>(nodes);
    ordered.sort((a, b) -> Integer.compare(column.get(a), column.get(b)));
    for (FlowNode node : ordered) {
      String role = roles.apply(node);
      if (role != null) {
        lane.put(node, role);
      }
    }
    for (int pass = 0; pass < 3; pass++) {
      for (FlowNode node : ordered) {
        if (lane.containsKey(node)) {
          continue;
        }
        String before = incoming(node).stream().map(DiagramGrid::from).filter(lane::containsKey).findFirst()
            .map(lane::get).orElse(null);
        String after = outgoing(node).stream().map(SequenceFlow::getTarget).filter(lane::containsKey).findFirst()
            .map(lane::get).orElse(null);
        String chosen = before != null ? before : after;
        if (chosen != null) {
          lane.put(node, chosen);
        }
      }
    }
    for (FlowNode node : ordered) {
      lane.putIfAbsent(node, SYSTEM_LANE);
      if (!laneOrder.contains(lane.get(node))) {
        laneOrder.add(lane.get(node));
      }
    }
    for (SubProcess sub : eventSubProcesses) {
      // drawn in the lane of who works in it, mostly the system (a withdrawal, a cancellation)
      String role = sub.getChildElementsByType(UserTask.class).stream().findFirst()
          .map(roles).orElse(SYSTEM_LANE);
      lane.put(sub, role);
      if (!laneOrder.contains(role)) {
        laneOrder.add(role);
      }
    }
  }

  /** Rows inside each lane: the happy path on the first, every other node on the first free row below it. */
  private void rows() {
    Map<String, Set<String>> taken = new HashMap<>();
    for (FlowNode node : happy) {
      row.put(node, 0);
      taken.computeIfAbsent(lane.get(node), l -> new HashSet<>()).add(0 + ":" + column.get(node));
    }
    List<FlowNode> ordered = new ArrayList<>(nodes);
    ordered.sort((a, b) -> Integer.compare(column.get(a), column.get(b)));
    for (FlowNode node : ordered) {
      if (row.containsKey(node)) {
        continue;
      }
      Set<String> cells = taken.computeIfAbsent(lane.get(node), l -> new HashSet<>());
      boolean laneHasHappy = happy.stream().anyMatch(h -> lane.get(h).equals(lane.get(node)));
      int preferred = incoming(node).stream().map(DiagramGrid::from).filter(row::containsKey)
          .filter(before -> lane.get(before).equals(lane.get(node))).map(row::get).findFirst().orElse(0);
      int r = Math.max(preferred, laneHasHappy ? 1 : 0);
      while (cells.contains(r + ":" + column.get(node))) {
        r++;
      }
      row.put(node, r);
      cells.add(r + ":" + column.get(node));
    }
  }

  /** Boxes for every node, the grid's top-left corner at (left, top). */
  Placement place(int left, int top) {
    List<FlowNode> cellNodes = nodes.stream().filter(node -> !eventSubProcesses.contains(node)).toList();
    Map<FlowNode, int[]> sizes = new HashMap<>();
    for (FlowNode node : cellNodes) {
      sizes.put(node, size(node));
    }
    int columns = cellNodes.stream().mapToInt(column::get).max().orElse(0) + 1;
    int[] widths = new int[columns];
    for (FlowNode node : cellNodes) {
      widths[column.get(node)] = Math.max(widths[column.get(node)], sizes.get(node)[0]);
    }
    int[] xs = new int[columns];
    int x = left;
    for (int c = 0; c < columns; c++) {
      xs[c] = x;
      x += widths[c] + GAP;
    }
    int contentWidth = x - GAP - left;

    // event sub-processes: laid out on their own, stacked under their lane's rows
    Map<SubProcess, Placement> inner = new LinkedHashMap<>();
    for (SubProcess sub : eventSubProcesses) {
      inner.put(sub, new DiagramGrid(sub, n -> SYSTEM_LANE).place(0, 0));
    }

    Map<FlowNode, Box> boxes = new LinkedHashMap<>();
    Map<String, int[]> bands = new LinkedHashMap<>();
    int y = top;
    for (String name : laneOrder) {
      int rows = cellNodes.stream().filter(node -> lane.get(node).equals(name)).mapToInt(row::get).max().orElse(-1) + 1;
      int laneTop = y;
      for (FlowNode node : cellNodes) {
        if (!lane.get(node).equals(name)) {
          continue;
        }
        int[] size = sizes.get(node);
        int c = column.get(node);
        int centreY = laneTop + row.get(node) * ROW + ROW_CENTRE;
        boxes.put(node, new Box(xs[c] + (widths[c] - size[0]) / 2, centreY - size[1] / 2, size[0], size[1]));
      }
      int height = rows * ROW;
      int subX = left;
      for (SubProcess sub : eventSubProcesses) {
        if (!lane.get(sub).equals(name)) {
          continue;
        }
        Placement p = inner.get(sub);
        int w = p.width() + 2 * MARGIN;
        int h = p.height();
        boxes.put(sub, new Box(subX, laneTop + height + 20, w, h));
        subX += w + GAP;
        contentWidth = Math.max(contentWidth, subX - GAP - left);
      }
      int tallest = eventSubProcesses.stream().filter(sub -> lane.get(sub).equals(name))
          .mapToInt(sub -> inner.get(sub).height() + 40).max().orElse(0);
      height += tallest;
      bands.put(name, new int[] {laneTop, Math.max(height, ROW)});
      y += Math.max(height, ROW);
    }
    return new Placement(boxes, contentWidth, y - top, bands);
  }

  private static int[] size(FlowNode node) {
    if (node instanceof Event) {
      return new int[] {EVENT, EVENT};
    }
    if (node instanceof Gateway) {
      return new int[] {GATEWAY, GATEWAY};
    }
    return new int[] {taskWidth(node.getName()), TASK_HEIGHT};
  }

  /** The width a task needs to show its name in at most four lines, no word broken. */
  static int taskWidth(String name) {
    String text = (name == null || name.isBlank()) ? "" : name;
    int longestWord = Arrays.stream(text.split("\\s+")).mapToInt(String::length).max().orElse(0);
    for (int width = 100; width < 200; width += 20) {
      if (wrap(text, width - 14, TASK_CHAR).size() <= 4 && longestWord * TASK_CHAR <= width - 14) {
        return width;
      }
    }
    return 200;
  }

  /** {@code text} in lines of at most {@code maxWidth} pixels, as bpmn-js wraps it. */
  static List<String> wrap(String text, int maxWidth, double charWidth) {
    int perLine = Math.max(1, (int) (maxWidth / charWidth));
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split("\\s+")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > perLine) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
    // a word longer than a line is broken by the renderer
    List<String> broken = new ArrayList<>();
    for (String l : lines) {
      for (int i = 0; i < l.length(); i += perLine) {
        broken.add(l.substring(i, Math.min(l.length(), i + perLine)));
      }
    }
    return broken;
  }

  /** A rectangle in diagram coordinates. */
  record Box(int x, int y, int w, int h) {

    int cx() {
      return x + w / 2;
    }

    int cy() {
      return y + h / 2;
    }

    boolean overlaps(Box other) {
      return x < other.x + other.w && other.x < x + w && y < other.y + other.h && other.y < y + h;
    }

    /** Whether the axis-parallel segment a–b passes through this box's inside. */
    boolean crossedBy(int[] a, int[] b) {
      int minX = Math.min(a[0], b[0]);
      int maxX = Math.max(a[0], b[0]);
      int minY = Math.min(a[1], b[1]);
      int maxY = Math.max(a[1], b[1]);
      return minX < x + w && maxX > x && minY < y + h && maxY > y;
    }
  }

  /** Where a grid put its nodes: their boxes, its size, and each lane's band (y, height). */
  record Placement(Map<FlowNode, Box> boxes, int width, int height, Map<String, int[]> lanes) {
  }
}

package nl.amsterdam.inclusion.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every model in {@code bpmn/} is drawn by {@link DiagramLayout}: after a change to a model's steps or flows, run
 * {@code mvn -o test-compile surefire:test -Dtest=DiagramLayoutTest -Dinclusion.layout.update=true} to redraw them
 * all (pools, lanes, shapes, edges), then commit the models.
 */
class DiagramLayoutTest {

  @Test
  void everyModelIsDrawnByTheLayout() throws IOException {
    boolean update = Boolean.getBoolean("inclusion.layout.update");
    List<String> stale = new ArrayList<>();
    for (Path file : models()) {
      String current = Files.readString(file, StandardCharsets.UTF_8);
      String drawn = drawn(current);
      if (!drawn.equals(current)) {
        if (update) {
          Files.writeString(file, drawn, StandardCharsets.UTF_8);
        } else {
          stale.add(file.getFileName().toString());
        }
      }
    }
    assertThat(stale).as("models whose diagram is not the generated one: run mvn -o test-compile surefire:test"
        + " -Dtest=DiagramLayoutTest -Dinclusion.layout.update=true").isEmpty();
  }

  @Test
  void drawingTwiceChangesNothing() throws IOException {
    for (Path file : models()) {
      String once = drawn(Files.readString(file, StandardCharsets.UTF_8));
      assertThat(drawn(once)).as(file.toString()).isEqualTo(once);
    }
  }

  private static String drawn(String xml) {
    return DiagramLayout.layOut(xml);
  }

  private static List<Path> models() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
      return files.filter(file -> file.toString().endsWith(".bpmn")).sorted().toList();
    }
  }
}

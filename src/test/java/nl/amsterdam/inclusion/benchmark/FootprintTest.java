package nl.amsterdam.inclusion.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FootprintTest {

  @Test
  void theDockerfileStartsTheApplicationWithTheOptionsTheBenchmarkMeasures() throws Exception {
    String entrypoint = Files.readAllLines(Path.of("Dockerfile")).stream()
        .filter(line -> line.startsWith("ENTRYPOINT")).findFirst().orElseThrow();
    List<String> command = Arrays.stream(entrypoint.replaceAll("^ENTRYPOINT \\[|\\]$", "").split(","))
        .map(part -> part.trim().replace("\"", "")).toList();

    assertThat(command).startsWith("java", "-XX:SharedArchiveFile=extracted/application.jsa")
        .endsWith("-jar", "extracted/application.jar");
    assertThat(command.subList(2, command.size() - 2)).isEqualTo(Footprint.DOCKERFILE_OPTIONS);
  }
}

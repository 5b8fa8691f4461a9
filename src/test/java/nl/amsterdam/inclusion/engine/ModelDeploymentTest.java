package nl.amsterdam.inclusion.engine;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** Redeployment rules of {@link ModelDeployment}, on a model folder this test writes and changes. */
class ModelDeploymentTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder()
      .configurationResource("unit-engine.camunda.cfg.xml").build();

  @TempDir
  Path root;

  @Test
  void deploysOnceUnderRelativeNamesAndRedeploysEverythingWhenAFormChanges() throws IOException {
    copy("test-models/assignment-test.bpmn", "bpmn/assignment-test.bpmn");
    copy("test-models/validation-test-start.form", "forms/validation-test-start.form");
    copy("test-models/validation-test-case.form", "forms/validation-test-case.form");
    Files.writeString(root.resolve("forms/notes.txt"), "not a model");
    ModelDeployment deployment = deploymentFrom(root);
    ProcessEngine processEngine = engine.getProcessEngine();
    RepositoryService repository = processEngine.getRepositoryService();

    deployment.postProcessEngineBuild(processEngine);
    deployment.postProcessEngineBuild(processEngine);

    assertThat(repository.createDeploymentQuery().count()).as("unchanged models deploy once").isEqualTo(1);
    String firstId = repository.createDeploymentQuery().singleResult().getId();
    assertThat(repository.getDeploymentResourceNames(firstId)).containsExactlyInAnyOrder(
        "bpmn/assignment-test.bpmn", "forms/validation-test-start.form", "forms/validation-test-case.form");

    Path caseForm = root.resolve("forms/validation-test-case.form");
    Files.writeString(caseForm, Files.readString(caseForm).replace("Kernvraag", "Kernvraag (gewijzigd)"));
    deployment.postProcessEngineBuild(processEngine);

    assertThat(repository.createDeploymentQuery().count()).isEqualTo(2);
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("assignment-test").latestVersion()
        .singleResult().getVersion()).as("the process is redeployed with its forms").isEqualTo(2);
    ProcessInstance instance = processEngine.getRuntimeService()
        .startProcessInstanceByKey("assignment-test", java.util.Map.of("leader", "fatima"));
    String taskId = processEngine.getTaskService().createTaskQuery()
        .processInstanceId(instance.getId()).singleResult().getId();
    try (InputStream form = processEngine.getFormService().getDeployedTaskForm(taskId)) {
      assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8)).contains("Kernvraag (gewijzigd)");
    }
  }

  private void copy(String classpathResource, String target) throws IOException {
    Path file = root.resolve(target);
    Files.createDirectories(file.getParent());
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(classpathResource)) {
      Files.write(file, in.readAllBytes());
    }
  }

  private static ModelDeployment deploymentFrom(Path root) throws IOException {
    URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null);
    return new ModelDeployment(new PathMatchingResourcePatternResolver(loader));
  }
}

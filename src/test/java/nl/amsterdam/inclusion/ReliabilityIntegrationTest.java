package nl.amsterdam.inclusion;

import java.util.Map;

import nl.amsterdam.inclusion.support.Failure;
import nl.amsterdam.inclusion.support.ProcessTestCase;
import nl.amsterdam.inclusion.support.TestModels;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/** Failures end in incidents, never in a silent end; a new model version leaves running cases alone. */
@Import(Failure.class)
class ReliabilityIntegrationTest extends ProcessTestCase {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"bug", "bpmn-error"})
  void aFailingStepRetriesAndThenBecomesAnIncident(String kind) {
    repositoryService.createDeployment().name("failure-test").enableDuplicateFiltering(false)
        .addClasspathResource("test-models/failure-test.bpmn").deploy();
    ProcessInstance instance = runtimeService.startProcessInstanceByKey("failure-test", Map.of("kind", kind));
    Job job = managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();

    int attempts = 0;
    while (managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries() > 0) {
      assertThatThrownBy(() -> managementService.executeJob(job.getId())).isInstanceOf(RuntimeException.class);
      attempts++;
    }

    assertThat(attempts).as("the engine-wide R5/PT5M cycle").isEqualTo(5);
    assertThat(instance).isNotEnded().isWaitingAt("Task_Fail");
    assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).singleResult()
        .getIncidentMessage()).isNotBlank();
  }

  @Test
  void aCaseStartedOnVersionOneFinishesWithItsOwnFormAfterVersionTwoIsDeployed() {
    TestModels.deploy(repositoryService);
    ProcessInstance onVersionOne = runtimeService.startProcessInstanceByKey(TestModels.ASSIGNMENT,
        Map.of("leader", "fatima"));
    repositoryService.createDeployment().name("test-models").enableDuplicateFiltering(false)
        .addString("test-models/assignment-test.bpmn", new String(readResource("test-models/assignment-test.bpmn"))
            .replace("Case beschrijven", "Case beschrijven (versie 2)"))
        .addClasspathResource("test-models/validation-test-start.form")
        .addString("test-models/validation-test-case.form", new String(readResource("test-models/validation-test-case.form"))
            .replace("\"Kernvraag\"", "\"Kernvraag (nieuw)\"").replace("\"required\": true }", "\"required\": true, \"minLength\": 5 }"))
        .deploy();
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(TestModels.ASSIGNMENT)
        .latestVersion().singleResult().getVersion()).isGreaterThan(
        repositoryService.getProcessDefinition(onVersionOne.getProcessDefinitionId()).getVersion());

    Task task = taskService.createTaskQuery().processInstanceId(onVersionOne.getId()).singleResult();
    assertThat(task.getName()).isEqualTo("Case beschrijven");
    submit(task, Map.of("caseDescription", "Eerste versie", "coreQuestion", "Hoe?"));

    assertThat(onVersionOne).isEnded();
  }

  private static byte[] readResource(String name) {
    try (var in = ReliabilityIntegrationTest.class.getClassLoader().getResourceAsStream(name)) {
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

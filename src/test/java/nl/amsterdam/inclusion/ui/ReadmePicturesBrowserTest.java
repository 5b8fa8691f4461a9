package nl.amsterdam.inclusion.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import nl.amsterdam.inclusion.learning.LearningProcess;
import nl.amsterdam.inclusion.panel.PanelProcess;
import nl.amsterdam.inclusion.pilot.PilotProcess;
import nl.amsterdam.inclusion.support.Browser;
import nl.amsterdam.inclusion.support.ReadmePictures;
import nl.amsterdam.inclusion.support.RequiresChromium;
import nl.amsterdam.inclusion.support.CaseForms;
import nl.amsterdam.inclusion.support.ProcessTestCase;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's pictures, made by the build from the real application: the dashboard as Bureau I&D
 * sees it, and each process's diagram as Cockpit draws it from the deployed BPMN, at full size and
 * cropped to the diagram. Written to target/readme-images/ and checked to be real pictures;
 * {@code -Dinclusion.pictures.update=true} refreshes the committed ones in docs/images/ ({@link ReadmePictures}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=false", "inclusion.demo.enabled=true", "inclusion.demo.password=demo"})
@RequiresChromium
class ReadmePicturesBrowserTest extends ProcessTestCase {

  /** Room around the diagram in the window: Cockpit's header, the instance table below the diagram. */
  private static final int CHROME_WIDTH = 200;
  private static final int CHROME_HEIGHT = 700;

  @LocalServerPort int port;

  @Test
  void theDashboardShowsBureauIDTheFiguresOfTheCases() throws Exception {
    seedCases();
    try (Browser browser = new Browser("http://localhost:" + port, Path.of("target", "screenshots", "dashboard"))) {
      browser.loginToTasklist("fatima");
      browser.open("/dashboard/");
      browser.awaitText(By.id("login"), "alleen voor Bureau I&D");
      // a signed-in leader is not told she is not signed in, but where her own work is
      assertThat(browser.text(By.id("login-title"))).isEqualTo("Geen toegang");
      assertThat(browser.text(By.id("login"))).contains("Mijn aanvragen");

      browser.loginToTasklist("mila");
      browser.resize(1400, 1900);
      browser.open("/dashboard/");
      browser.await(By.cssSelector("body[data-loaded=true]"));
      assertThat(browser.text(By.id("table-pilot"))).contains("Cohort Voorjaar 3 1 0 0 0 0");
      assertThat(browser.text(By.id("table-learning"))).contains("Lopend").contains("sociaal");
      assertThat(browser.text(By.id("table-overdue"))).contains("Leidinggevenden 1");
      assertThat(browser.all(By.cssSelector("#chart-pilot svg rect, #chart-pilot svg path")).size()).isGreaterThan(5);
      Path picture = ReadmePictures.file("dashboard.png");
      browser.screenshot("dashboard", picture);
      assertThat(Files.size(picture)).isGreaterThan(20_000);
      ReadmePictures.publish(picture);
    }
  }

  @Test
  void everyProcessDiagramIsDrawnByCockpitFromTheDeployedModel() throws Exception {
    List<ProcessDefinition> processes = repositoryService.createProcessDefinitionQuery().latestVersion()
        .orderByProcessDefinitionKey().asc().list().stream()
        .filter(definition -> Files.exists(Path.of("bpmn", definition.getKey() + ".bpmn"))).toList();
    try (Browser browser = new Browser("http://localhost:" + port, Path.of("target", "screenshots", "diagrams"))) {
      browser.loginToTasklist("demo");
      for (ProcessDefinition process : processes) {
        // a window larger than the diagram: Cockpit then draws it at full size (bpmn-js fits, never enlarges)
        int[] size = diagramSize(Path.of("bpmn", process.getKey() + ".bpmn"));
        browser.resize(size[0] + CHROME_WIDTH, 2 * size[1] + CHROME_HEIGHT);
        browser.open("/camunda/app/cockpit/default/#/process-definition/" + process.getId() + "/runtime");
        browser.await(By.cssSelector(".djs-container .djs-element"));
        Thread.sleep(500); // bpmn-js fits the diagram to the pane after drawing it
        Path picture = ReadmePictures.file(process.getKey() + ".png");
        browser.screenshotOf(By.cssSelector(".djs-container"), By.cssSelector(".djs-container svg .viewport"), 10,
            picture);
        assertThat(Files.size(picture)).as(process.getKey()).isGreaterThan(5_000);
        ReadmePictures.publish(picture);
      }
    }
    try (var files = Files.list(Path.of("bpmn"))) {
      assertThat(processes).as("one picture per BPMN file").hasSize((int) files.filter(f -> f.toString().endsWith(".bpmn")).count());
    }
  }

  /** Width and height of a model's main diagram (its first plane). */
  private static int[] diagramSize(Path model) {
    BpmnModelInstance instance = Bpmn.readModelFromFile(model.toFile());
    BpmnPlane plane = instance.getModelElementsByType(BpmnDiagram.class).iterator().next().getBpmnPlane();
    double width = 0;
    double height = 0;
    for (BpmnShape shape : plane.getChildElementsByType(BpmnShape.class)) {
      width = Math.max(width, shape.getBounds().getX() + shape.getBounds().getWidth());
      height = Math.max(height, shape.getBounds().getY() + shape.getBounds().getHeight());
    }
    return new int[] {(int) width, (int) height};
  }

  /** A small, known programme: three sign-ups at different steps, three learning requests, a panel conversation. */
  private void seedCases() {
    startAs("mila", PilotProcess.COHORT, Map.of("cohortName", "Cohort Voorjaar",
        "signUpDeadline", LocalDate.now().plusDays(14).toString(), "targetGroupSize", 6));
    ProcessInstance fatima = signUp("fatima", "Fatima El Amrani");
    ProcessInstance sanne = signUp("sanne", "Sanne Bakker");
    signUp("jan", "Jan de Vries");
    submit(fatima, PilotProcess.TASK_REVIEW_SIGN_UP, Map.of("signUpDecision", "accept"));
    submit(sanne, PilotProcess.TASK_REVIEW_SIGN_UP, Map.of("signUpDecision", "accept"));
    submit(fatima, "Task_FormulateCase", Map.of(
        "caseDescription", "Twee collega's voelen zich buitengesloten in het teamoverleg.",
        "coreQuestion", "Hoe voer ik een inclusief gesprek?", "desiredOutcome", "Iedereen voelt zich gehoord."));
    taskService.setDueDate(task(sanne, "Task_FormulateCase").getId(), new Date(System.currentTimeMillis() - 86_400_000L));

    request("fatima", "sociaal");
    request("sanne", "sociaal");
    request("jan", "ruimte-economie");
    runtimeService.startProcessInstanceByKey(PanelProcess.CONVERSATION,
        Map.of("roundNumber", 2, "directorateGroup", "directorate-wpi", "secondTime", false));
    runtimeService.startProcessInstanceByKey(PanelProcess.CONVERSATION,
        Map.of("roundNumber", 2, "directorateGroup", "directorate-ingenieursbureau", "secondTime", false));
    runAsyncJobs();
  }

  private ProcessInstance signUp(String user, String name) {
    return startAs(user, PilotProcess.PARTICIPANT, CaseForms.pilotSignUp(user, name, "Sociaal Domein"));
  }

  private void request(String user, String cluster) {
    startAs(user, LearningProcess.REQUEST, CaseForms.learningRequest(user, user + "@example.org", cluster, "maatwerk"));
  }
}

package nl.amsterdam.inclusion.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import nl.amsterdam.inclusion.engine.CityTime;
import nl.amsterdam.inclusion.monitoring.ProgrammeMonitoring;
import nl.amsterdam.inclusion.panel.PanelProcess;
import nl.amsterdam.inclusion.support.Browser;
import nl.amsterdam.inclusion.support.ProcessTestCase;
import nl.amsterdam.inclusion.support.ReadmePictures;
import nl.amsterdam.inclusion.support.RequiresChromium;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The programme monitoring page as Bureau I&D sees it (and a leader does not), with a growth-panel conversation that
 * waited days at its steps; the README's pictures of it are kept with {@link ReadmePictures}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=false", "inclusion.demo.enabled=true", "inclusion.demo.password=demo"})
@RequiresChromium
class ProgrammeMonitoringBrowserTest extends ProcessTestCase {

  @Autowired ProgrammeMonitoring monitoring;

  @LocalServerPort int port;

  private Date now;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void bureauIDSeesEachDirectoratesStandingAndWhereCasesWait() throws Exception {
    conversationThatWaited();
    try (Browser browser = new Browser("http://localhost:" + port, Path.of("target", "screenshots", "monitoring"))) {
      browser.loginToTasklist("fatima");
      browser.open("/dashboard/programma.html");
      browser.awaitText(By.id("login"), "alleen voor Bureau I&D");

      browser.loginToTasklist("mila");
      browser.resize(1400, 1700);
      browser.open("/dashboard/programma.html");
      browser.await(By.cssSelector("body[data-loaded=true]"));
      assertThat(browser.text(By.id("tiles"))).contains("met een actieplan (van 16 directies)");
      assertThat(browser.all(By.cssSelector("#table-directorates tbody tr"))).hasSize(16);
      assertThat(browser.text(By.id("table-directorates"))).contains("Werk, Participatie en Inkomen ja ja");
      assertThat(browser.text(By.id("table-counts"))).contains("Panelgesprekken gevoerd");
      assertThat(browser.all(By.cssSelector("#download-pdf[href$='?format=pdf']"))).hasSize(1);
      By heat = By.id("diagram-" + PanelProcess.CONVERSATION);
      assertThat(browser.text(By.id("processes"))).contains("Actieplan aanleveren");
      // the shared test database holds other tests' conversations too: the step shows the median the engine's
      // history gives (StepDurationsTest and ProgrammeMonitoringIntegrationTest check how it is computed)
      assertThat(browser.all(By.cssSelector("#diagram-growth-panel-conversation tspan")).stream()
          .map(span -> span.getText()).toList()).contains("mediaan " + medianOf(PanelProcess.TASK_SUBMIT_ACTION_PLAN));
      browser.readmePicture("programme-monitoring", "programme-monitoring.png");
      // the whole diagram at its own size for the README
      Number width = (Number) browser.script("return arguments[0].querySelector('svg').width.baseVal.value",
          browser.await(heat));
      browser.resize(width.intValue() + 120, 1200);
      browser.script("arguments[0].scrollIntoView()", browser.await(heat));
      browser.screenshotOf(heat, ReadmePictures.file("programme-monitoring-heat.png"));
      ReadmePictures.publish(ReadmePictures.file("programme-monitoring-heat.png"));
    }
    assertThat(Files.size(ReadmePictures.file("programme-monitoring.png"))).isGreaterThan(20_000);
    assertThat(Files.size(ReadmePictures.file("programme-monitoring-heat.png"))).isGreaterThan(5_000);
  }

  /** The median the monitoring computes for a step of the growth-panel conversation. */
  private String medianOf(String activityId) {
    return monitoring.page().diagrams().stream().filter(diagram -> diagram.processKey().equals(PanelProcess.CONVERSATION))
        .flatMap(diagram -> diagram.shapes().stream()).filter(shape -> shape.id().equals(activityId))
        .map(shape -> shape.median()).findFirst().orElseThrow();
  }

  /** Three plans handed in after 3 days; WPI's checked complete after 2, read after 4: a conversation held this year. */
  private void conversationThatWaited() {
    now = CityTime.at(CityTime.today().minusDays(12), LocalTime.of(9, 0));
    ClockUtil.setCurrentTime(now);
    List<ProcessInstance> round = List.of("directorate-wpi", "directorate-oov", "directorate-thor").stream()
        .map(group -> runtimeService.startProcessInstanceByKey(PanelProcess.CONVERSATION,
            Map.of("roundNumber", 4, "directorateGroup", group, "secondTime", false))).toList();
    runAsyncJobs();
    later(3);
    // three plans: a step's time shows once it finished three times
    for (ProcessInstance conversation : round) {
      handInPlanDocuments(task(conversation, PanelProcess.TASK_SUBMIT_ACTION_PLAN));
      submit(conversation, PanelProcess.TASK_SUBMIT_ACTION_PLAN, Map.of("actionPlan",
          "Doelen, interventies en monitoring.", "directoratePlan", "Directieplan"));
    }
    ProcessInstance wpi = round.get(0);
    later(2);
    submit(wpi, PanelProcess.TASK_CHECK_ACTION_PLAN, Map.of("hasNarrative", true, "hasGoals", true,
        "hasInterventions", true, "hasOwnership", true, "planCheck", "complete"));
    later(4);
    for (Task reading : taskService.createTaskQuery().processInstanceId(wpi.getId())
        .taskDefinitionKey(PanelProcess.TASK_READ_ACTION_PLAN).list()) {
      submit(reading, Map.of("readingNotes", "Sterk narratief."));
    }
    submit(wpi, PanelProcess.TASK_SCHEDULE_CONVERSATION, Map.of("conversationDate",
        CityTime.today().plusDays(2).toString(), "conversationTime", "14:00", "conversationLocation", "Stadhuis"));
    later(2);
    submit(wpi, PanelProcess.TASK_RECORD_CONVERSATION, Map.of("conversationOutcome", PanelProcess.OUTCOME_HELD));
    submit(wpi, PanelProcess.TASK_WRITE_REPORT, Map.of("report", "Open gesprek over leiderschap.",
        "reportThemes", List.of("urgentie")));
  }

  private void later(int days) {
    now = Date.from(now.toInstant().plus(Duration.ofDays(days)));
    ClockUtil.setCurrentTime(now);
  }
}

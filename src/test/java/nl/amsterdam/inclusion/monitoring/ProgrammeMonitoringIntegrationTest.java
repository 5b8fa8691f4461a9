package nl.amsterdam.inclusion.monitoring;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import nl.amsterdam.inclusion.engine.CityTime;
import nl.amsterdam.inclusion.leadershipfacts.LeadershipfactsProcess;
import nl.amsterdam.inclusion.learning.ClusterBudgets;
import nl.amsterdam.inclusion.learning.LearningProcess;
import nl.amsterdam.inclusion.panel.PanelProcess;
import nl.amsterdam.inclusion.pilot.PilotProcess;
import nl.amsterdam.inclusion.support.CaseForms;
import nl.amsterdam.inclusion.support.ProcessTestCase;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The programme monitoring and the yearly progress report for a seeded year: cases driven through the processes with
 * the engine's clock in 2023 (a year no other test's cases fall in), then both files read back with POI and OpenPDF.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=false", "inclusion.demo.enabled=true", "inclusion.demo.password=demo"})
class ProgrammeMonitoringIntegrationTest extends ProcessTestCase {

  static final int YEAR = 2023;
  static final String REPORT = "/api/reports/progress/" + YEAR;
  /** Every role but Bureau I&D and the administrators, by a demo user who holds it. */
  static final List<String> OTHER_ROLES = List.of("fatima", "anouk", "ayse", "karin", "lotte", "ingrid", "noor",
      "sophie");

  @Autowired ProgrammeMonitoring monitoring;
  @Autowired ClusterBudgets budgets;
  @Autowired TestRestTemplate rest;

  private Date now;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theYearlyReportCountsTheSeededYearsCasesInBothFiles() throws IOException {
    seedTheYear();

    ProgressReport report = monitoring.report(YEAR);

    assertThat(report.percentages()).isEqualTo(new ProgrammeMonitor.Percentages(YEAR, 16, 19, 6, 6, 6));
    assertThat(report.trend()).containsExactly(report.percentages());
    assertThat(report.heldPerRound()).containsExactly(Figure.count("Ronde 1", 1));
    assertThat(figures(report.figures())).containsExactlyEntriesOf(orderedMap(
        "Panelgesprekken gevoerd in 2023", "1", "Panelgesprekken gevoerd sinds de start (t/m 2023)", "1",
        "Trainingen en leerinterventies", "2", "Deelnemers aan leerinterventies", "7",
        "Deelnemers pilot Inclusief Leiderschap", "3", "Leadershipfacts-trajecten gestart", "minder dan 3",
        "Leadershipfacts-trajecten afgerond", "0", "Dialogen met de wethouder gevoerd", "0",
        "Leidinggevenden bereikt met de dialogen", "0"));
    StepDurations.Step submitPlan = step(report, PanelProcess.CONVERSATION, PanelProcess.TASK_SUBMIT_ACTION_PLAN);
    assertThat(submitPlan.count()).as("three plans handed in; the one sent back is open again").isEqualTo(3);
    assertThat(submitPlan.median()).isEqualTo("3,0 dagen");
    assertThat(submitPlan.name()).isEqualTo("Actieplan aanleveren");
    assertThat(step(report, PanelProcess.FOLLOW_UP, PanelProcess.TASK_DECIDE_FOLLOW_UP).count())
        .as("the moved steps count under their own process").isEqualTo(1);
    assertThat(step(report, LearningProcess.REQUEST, "Task_PassOnEnrolment").p90())
        .as("two enrolments: each would be one case's own time").isEqualTo("minder dan 3 keer");

    byte[] xlsx = download("mila", "xlsx");
    keep("xlsx", xlsx);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Map<String, Object> summary = column(workbook.getSheet(ProgressWorkbook.SUMMARY));
      assertThat(summary).containsEntry("Voortgangsrapportage Inclusie & Diversiteit 2023", null)
          .containsEntry("Directies met een actieplan", 0.19)
          .containsEntry("Directies met de basisrandvoorwaarden op orde", 0.06)
          .containsEntry("Deelnemers pilot Inclusief Leiderschap", 3.0)
          .containsEntry("Deelnemers aan leerinterventies", 7.0)
          .containsEntry("Panelgesprekken gevoerd in 2023", 1.0)
          .containsEntry("Ronde 1", 1.0)
          .as("one leader's trajectory is not shown as a number").containsEntry("Leadershipfacts-trajecten gestart",
              "minder dan 3");
      assertThat(workbook.getAllPictures()).as("trend, rounds and the longest steps").hasSize(3);
      Sheet steps = workbook.getSheet(ProgressWorkbook.STEPS);
      Row header = steps.getRow(0);
      assertThat(header.getCell(3).getStringCellValue()).isEqualTo("Mediaan (dagen)");
      assertThat(rows(steps)).anySatisfy(row -> {
        assertThat(row.getCell(0).getStringCellValue()).isEqualTo("Groeipanel: gesprek met een directie");
        assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Actieplan aanleveren");
        assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(3.0);
      });
      assertThat(workbook.getSheet(ProgressWorkbook.TREND).getRow(1).getCell(1).getNumericCellValue()).isEqualTo(19);
    }

    byte[] pdf = download("demo", "pdf");
    keep("pdf", pdf);
    PdfReader reader = new PdfReader(pdf);
    StringBuilder text = new StringBuilder();
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
    }
    // the extractor runs a table's cells together: label and value with or without a space
    assertThat(text.toString()).contains("Voortgangsrapportage Inclusie & Diversiteit 2023",
        "Gesprekken met het groeipanel per ronde", "Actieplan aanleveren", "3,0 dagen")
        .containsPattern("Directies met een actieplan\\s?19%")
        .containsPattern("Deelnemers pilot Inclusief Leiderschap\\s?3")
        .containsPattern("Leadershipfacts-trajecten gestart\\s?minder dan 3")
        .containsPattern("Deelnemers aan leerinterventies\\s?7")
        .containsPattern("Ronde 1\\s?1");
    assertThat(new String(pdf, StandardCharsets.ISO_8859_1).split("/Subtype/Image", -1)).as("three charts").hasSize(4);
    assertThat(text.toString()).as("aggregates only").doesNotContain("Werk, Participatie en Inkomen",
        "Openbare Orde", "Monitor", "Doelen, interventies");
  }

  @Test
  void onlyBureauIDAndAdministratorsReadTheReportAndNothingLeaksToAnyoneElse() {
    assertThat(rest.getForEntity(REPORT, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    for (String user : OTHER_ROLES) {
      for (String format : List.of("pdf", "xlsx", "csv")) {
        ResponseEntity<byte[]> refused = rest.withBasicAuth(user, "demo")
            .getForEntity(REPORT + "?format=" + format, byte[].class);
        assertThat(refused.getStatusCode()).as(user + " " + format).isEqualTo(HttpStatus.FORBIDDEN);
        String body = refused.getBody() == null ? "" : new String(refused.getBody(), StandardCharsets.UTF_8);
        assertThat(body).as(user + " sees no figure, file or directorate")
            .doesNotContain("Voortgangsrapportage", "Directies", "%PDF", "PK", "Werk, Participatie", "Ronde");
        assertThat(refused.getHeaders().getContentDisposition().getFilename()).isNull();
      }
    }
    ResponseEntity<String> badYear = rest.withBasicAuth("mila", "demo").getForEntity("/api/reports/progress/1999",
        String.class);
    assertThat(badYear.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<String> badFormat = rest.withBasicAuth("mila", "demo").getForEntity(REPORT + "?format=csv",
        String.class);
    assertThat(badFormat.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(rest.withBasicAuth("mila", "demo").getForEntity("/dashboard/monitoring", String.class).getStatusCode())
        .as("the dashboard's page uses the webapp login").isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  /**
   * Four directorates in round 1 (three hand in a plan), a cohort with three participants, one Leadershipfacts trajectory and two open-offer
   * trainings, all in 2023.
   */
  @Test
  void aCustomRequestPlannedInItsCustomWorkIsATrainingAndItsStepsAreTimed() {
    int year = 2021; // a year of its own: no other test's cases fall in it
    now = CityTime.at(LocalDate.of(year, 3, 1), LocalTime.of(9, 0));
    ClockUtil.setCurrentTime(now);
    budgets.setBudget("sociaal", year, new BigDecimal("1000"));
    ProcessInstance request = startAs("fatima", LearningProcess.REQUEST,
        CaseForms.learningRequest("Fatima El Amrani", "fatima@example.org", "sociaal", "maatwerk"));
    later(2);
    submit(request, "Task_ReviewRequest", Map.of("reviewDecision", "proceed", "learningAdvisor", "noor"));
    submit(request, "Task_ExploreNeeds", Map.of("competenceLevel", 2, "leaderOwnership", "yes",
        "employeeOwnership", "partly", "learningClimate", "safe", "willingToAnchor", "yes",
        "behaviourGoals", "Iedereen komt aan het woord in het overleg."));
    submit(request, "Task_ProposeIntervention", Map.of("interventionTitle", "Training microagressies",
        "interventionTopic", "microagressies", "providerId", "social-safety", "estimatedCost", 100.0,
        "interventionDescription", "Twee dagdelen."));
    Map<String, Object> quality = new HashMap<>(Map.of("principleCityTask", "met", "principleImpact", "met",
        "principleLasting", "met", "principleClimate", "met"));
    quality.put("qualityDecision", "approve");
    submit(request, "Task_CheckQuality", quality);
    submit(request, "Task_ApproveBudget", Map.of("budgetDecision", "reject", "budgetRemarks", "Eerst open aanbod."));
    assertThat(figures(monitoring.report(year).figures())).as("no intervention arranged yet")
        .containsEntry("Trainingen en leerinterventies", "0");

    ProcessInstance planned = startAs("fatima", LearningProcess.REQUEST,
        CaseForms.learningRequest("Fatima El Amrani", "fatima@example.org", "sociaal", "maatwerk"));
    submit(planned, "Task_ReviewRequest", Map.of("reviewDecision", "proceed", "learningAdvisor", "noor"));
    submit(planned, "Task_ExploreNeeds", Map.of("competenceLevel", 2, "leaderOwnership", "yes",
        "employeeOwnership", "partly", "learningClimate", "safe", "willingToAnchor", "yes",
        "behaviourGoals", "Iedereen komt aan het woord in het overleg."));
    submit(planned, "Task_ProposeIntervention", Map.of("interventionTitle", "Training microagressies",
        "interventionTopic", "microagressies", "providerId", "social-safety", "estimatedCost", 100.0,
        "interventionDescription", "Twee dagdelen."));
    submit(planned, "Task_CheckQuality", quality);
    submit(planned, "Task_ApproveBudget", Map.of("budgetDecision", "approve"));
    submit(planned, LearningProcess.TASK_SCHEDULE_INTERVENTION, Map.of("interventionDate", inDays(20),
        "interventionTime", "13:30", "interventionLocation", "Stadhuis"));

    ProgressReport report = monitoring.report(year);
    assertThat(figures(report.figures())).containsEntry("Trainingen en leerinterventies", "1")
        .containsEntry("Deelnemers aan leerinterventies", "14");
    assertThat(step(report, LearningProcess.CUSTOM_WORK, "Task_ReviewRequest").count()).as("both reviews").isEqualTo(2);
    assertThat(step(report, LearningProcess.CUSTOM_WORK, LearningProcess.TASK_SCHEDULE_INTERVENTION).count())
        .isEqualTo(1);
  }

  private void seedTheYear() {
    now = CityTime.at(LocalDate.of(YEAR, 2, 6), LocalTime.of(9, 0));
    ClockUtil.setCurrentTime(now);
    for (int i = 1; i <= 3; i++) {
      testLeader("monitor" + i, "Monitor", "Leider " + i);
    }
    ProcessInstance wpi = conversation("directorate-wpi");
    ProcessInstance oov = conversation("directorate-oov");
    ProcessInstance thor = conversation("directorate-thor");
    ProcessInstance vor = conversation("directorate-vor");

    later(3);
    for (ProcessInstance conversation : List.of(wpi, oov, thor)) {
      handInPlanDocuments(task(conversation, PanelProcess.TASK_SUBMIT_ACTION_PLAN));
      submit(conversation, PanelProcess.TASK_SUBMIT_ACTION_PLAN, Map.of("actionPlan", "Doelen, interventies en "
          + "monitoring.", "directoratePlan", "Directieplan " + YEAR));
    }
    // a case that ends while its plan is asked for (here deleted) has handed in no plan
    runtimeService.deleteProcessInstance(vor.getId(), "test: directorate left the round");
    later(2);
    submit(wpi, PanelProcess.TASK_CHECK_ACTION_PLAN, Map.of("hasNarrative", true, "hasGoals", true,
        "hasInterventions", true, "hasOwnership", true, "planCheck", "complete"));
    submit(oov, PanelProcess.TASK_CHECK_ACTION_PLAN, Map.of("planCheck", "incomplete",
        "checkRemarks", "Streefcijfers ontbreken."));
    later(4);
    for (Task reading : taskService.createTaskQuery().processInstanceId(wpi.getId())
        .taskDefinitionKey(PanelProcess.TASK_READ_ACTION_PLAN).list()) {
      submit(reading, Map.of("readingNotes", "Sterk narratief."));
    }
    submit(wpi, PanelProcess.TASK_SCHEDULE_CONVERSATION, Map.of("conversationDate", inDays(14),
        "conversationTime", "14:00", "conversationLocation", "Stadhuis"));
    later(14);
    submit(wpi, PanelProcess.TASK_RECORD_CONVERSATION, Map.of("conversationOutcome", PanelProcess.OUTCOME_HELD));
    submit(wpi, PanelProcess.TASK_WRITE_REPORT, Map.of("report", "Open gesprek over leiderschap.",
        "reportThemes", List.of("urgentie")));
    for (Task input : taskService.createTaskQuery().processInstanceId(wpi.getId()).taskDefinitionKey("Task_GiveReportInput")
        .list()) {
      submit(input, Map.of("reportInput", "Akkoord."));
    }
    // the follow-up runs in the instance the conversation called, and counts for the directorate
    ProcessInstance followUp = runtimeService.createProcessInstanceQuery().superProcessInstanceId(wpi.getId())
        .singleResult();
    submit(followUp, PanelProcess.TASK_WRITE_REFLECTION, Map.of("writeReflection", "no"));
    later(2);
    submit(followUp, PanelProcess.TASK_DECIDE_FOLLOW_UP, Map.of("wantsFollowUp", "yes", "followUpMember1", "karin",
        "candidateDate1", inDays(7), "candidateDate2", inDays(8), "candidateDate3", inDays(9)));
    submit(followUp, "Task_PlanFollowUp", Map.of("followUpDate", inDays(7), "followUpTime", "10:00",
        "followUpLocation", "Online"));
    later(7);
    submit(followUp, "Task_RecordFollowUp", Map.of("followUpHeld", "yes", "followUpAgreements", "Bijpraten."));

    startAs("mila", PilotProcess.COHORT, Map.of("cohortName", "Cohort Monitoring " + YEAR,
        "signUpDeadline", inDays(14), "targetGroupSize", 6));
    for (int i = 1; i <= 3; i++) {
      ProcessInstance journey = startAs("monitor" + i, PilotProcess.PARTICIPANT,
          CaseForms.pilotSignUp("monitor" + i, "Monitor Leider " + i, "Sociaal Domein"));
      submit(journey, PilotProcess.TASK_REVIEW_SIGN_UP, Map.of("signUpDecision", "accept"));
      submit(journey, PilotProcess.TASK_FORMULATE_CASE, Map.of(
          "caseDescription", "Twee collega's voelen zich buitengesloten in het teamoverleg.",
          "coreQuestion", "Hoe voer ik een inclusief gesprek?", "desiredOutcome", "Iedereen voelt zich gehoord."));
    }

    startAs("monitor2", LeadershipfactsProcess.TRAJECTORY, Map.of("leaderName", "Monitor Leider 2",
        "email", "monitor2@example.org", "directorate", "Stadsdeel West"));

    int days = 1;
    for (int participants : List.of(3, 4)) {
      ProcessInstance request = startAs("monitor1", LearningProcess.REQUEST,
          CaseForms.learningRequest("Monitor Leider 1", "monitor1@example.org", "sociaal", "open-aanbod"));
      submit(request, "Task_ChooseOpenOffer", Map.of("catalogueItem", "omstanders", "participantCount", participants));
      later(days);
      submit(request, "Task_PassOnEnrolment", Map.of("interventionDate", inDays(21), "interventionTime", "09:30",
          "interventionLocation", "Amstel 1, zaal 3", "enrolmentPassedOn", true));
      days += 3;
    }
  }

  private ProcessInstance conversation(String directorateGroup) {
    ProcessInstance conversation = runtimeService.startProcessInstanceByKey(PanelProcess.CONVERSATION,
        Map.of("roundNumber", 1, "directorateGroup", directorateGroup, "secondTime", false));
    runAsyncJobs();
    return conversation;
  }

  private void later(int days) {
    now = Date.from(now.toInstant().plus(Duration.ofDays(days)));
    ClockUtil.setCurrentTime(now);
  }

  private static String inDays(int days) {
    return CityTime.today().plusDays(days).toString();
  }

  private byte[] download(String user, String format) {
    ResponseEntity<byte[]> response = rest.withBasicAuth(user, "demo").getForEntity(REPORT + "?format=" + format,
        byte[].class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentDisposition().getFilename())
        .isEqualTo("voortgangsrapportage-inclusie-diversiteit-2023." + format);
    return response.getBody();
  }

  /** The files as Bureau I&D gets them, to look at after the run. */
  private static void keep(String format, byte[] file) throws IOException {
    Path reports = Files.createDirectories(Path.of("target", "reports"));
    Files.write(reports.resolve("voortgangsrapportage-" + YEAR + "." + format), file);
  }

  private static StepDurations.Step step(ProgressReport report, String process, String activityId) {
    return report.steps().stream().filter(steps -> steps.processKey().equals(process))
        .flatMap(steps -> steps.steps().stream()).filter(step -> step.activityId().equals(activityId))
        .findFirst().orElseThrow(() -> new AssertionError("no durations for " + activityId));
  }

  private static Map<String, String> figures(List<Figure> figures) {
    Map<String, String> texts = new LinkedHashMap<>();
    figures.forEach(figure -> texts.put(figure.label(), figure.text()));
    return texts;
  }

  private static Map<String, String> orderedMap(String... keysAndValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  /** The summary sheet's first two columns: label to number (or null for a heading). */
  private static Map<String, Object> column(Sheet sheet) {
    Map<String, Object> values = new HashMap<>();
    for (Row row : rows(sheet)) {
      Cell label = row.getCell(0);
      Cell value = row.getCell(1);
      if (label != null && label.getCellType() == CellType.STRING) {
        values.put(label.getStringCellValue(), value == null ? null
            : value.getCellType() == CellType.NUMERIC ? value.getNumericCellValue() : value.getStringCellValue());
      }
    }
    return values;
  }

  private static List<Row> rows(Sheet sheet) {
    List<Row> rows = new ArrayList<>();
    sheet.forEach(rows::add);
    return rows;
  }
}

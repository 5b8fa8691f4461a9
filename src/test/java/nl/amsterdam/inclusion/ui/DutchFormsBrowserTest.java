package nl.amsterdam.inclusion.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.amsterdam.inclusion.learning.LearningProcess;
import nl.amsterdam.inclusion.pilot.PilotProcess;
import nl.amsterdam.inclusion.support.Browser;
import nl.amsterdam.inclusion.support.BrowserTestCase;
import nl.amsterdam.inclusion.support.CaseForms;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dates, amounts and messages in Tasklist's Camunda Forms as a Dutch user meets them (scripts/dutch-forms.js with the
 * server's DutchInput): a date typed day first is stored as that date, an impossible one is refused at the field and
 * stays as typed, an amount typed as 4.800 is stored as 4800 and shown as € 4.800, and form-js speaks Dutch.
 */
class DutchFormsBrowserTest extends BrowserTestCase {

  private static final By START = By.cssSelector("button[ng-click='startProcessInstance()']");
  private static final By COMPLETE = By.cssSelector("button[ng-click='complete()']");
  private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
  private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
  /** form-js gives a date field's input the field's id with "-date". */
  private static final By DEADLINE = By.cssSelector("[id$='-Field_signUpDeadline-date']");

  @Test
  void bureauIDTypesTheSignUpDeadlineDayFirstAndAnImpossibleDateIsRefusedAtTheField() {
    LocalDate deadline = LocalDate.now().plusDays(30);
    long cohortsBefore = runtimeService.createProcessInstanceQuery().processDefinitionKey(PilotProcess.COHORT).count();

    browser.loginToTasklist("mila");
    browser.click(By.cssSelector(".start-process-action a"));
    browser.clickUntilShown(By.xpath("//ul[contains(@class,'processes')]//a[normalize-space()='Pilot Inclusief Leiderschap: cohort']"),
        Browser.field("cohortName"));
    browser.type("cohortName", "Cohort voorjaar");
    assertThat(browser.await(DEADLINE).getAttribute("placeholder")).isEqualTo("dd-mm-jjjj");

    browser.await(DEADLINE).click();
    browser.await(By.cssSelector(".flatpickr-calendar.open"));
    assertThat(browser.all(By.cssSelector(".flatpickr-calendar.open .flatpickr-weekday")))
        .as("a Dutch calendar, Monday first").first().extracting(day -> day.getText().trim()).isEqualTo("ma");
    assertThat(browser.text(By.cssSelector(".flatpickr-calendar.open .flatpickr-monthDropdown-months")))
        .contains(LocalDate.now().getMonth().getDisplayName(TextStyle.FULL, DUTCH));
    browser.readmePicture("dutch-calendar-monday-first", "formulier-kalender.png");

    typeDate("31-02-2027" + Keys.TAB);
    browser.awaitText(By.cssSelector(".dutch-date-error"), "Deze datum bestaat niet");
    assertThat(browser.await(DEADLINE).getAttribute("value")).as("kept as typed, not rolled over")
        .isEqualTo("31-02-2027");
    browser.type("targetGroupSize", "1" + Keys.TAB);
    browser.awaitText(By.cssSelector(".fjs-form-field-number .fjs-form-field-error"), "Vul minstens 3 in.");
    // emptied as a user does it: form-js does not hear Selenium's clear()
    browser.await(Browser.field("cohortName")).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, Keys.TAB);
    browser.awaitText(By.cssSelector(".fjs-form-field-textfield .fjs-form-field-error"), "Vul dit veld in.");
    assertThat(browser.text(By.cssSelector(".fjs-form"))).doesNotContain("Field");
    assertThat(browser.await(START).isEnabled()).as("Tasklist starts nothing while the form has errors").isFalse();
    assertThat(browser.await(DEADLINE).getAttribute("value")).as("nothing lost").isEqualTo("31-02-2027");
    browser.click(By.cssSelector(".modal-content .fjs-form-field-text")); // closes the calendar the focus opened
    browser.readmePicture("impossible-date-refused-at-the-field", "formulier-datum-bestaat-niet.png");
    browser.type("cohortName", "Cohort voorjaar");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PilotProcess.COHORT).count())
        .as("nothing started").isEqualTo(cohortsBefore);

    typeDate(deadline.format(DUTCH_DATE) + Keys.TAB);
    browser.type("targetGroupSize", "6" + Keys.TAB);
    assertThat(browser.all(By.cssSelector(".dutch-date-error"))).isEmpty();
    browser.screenshot("dutch-date-accepted");
    browser.click(START);

    ProcessInstance cohort = awaitCohort("Cohort voorjaar");
    assertThat(runtimeService.getVariable(cohort.getId(), "signUpDeadline")).isEqualTo(deadline.toString());
  }

  @Test
  void anAdvisorTypesTheCostAsADutchUserWritesItAndSeesItInEuros() {
    ProcessInstance request = startAs("fatima", LearningProcess.REQUEST,
        CaseForms.learningRequest("Fatima El Amrani", "fatima@example.org", "sociaal", "maatwerk"));
    runAsyncJobs();
    submit(request, "Task_ReviewRequest", Map.of("reviewDecision", "proceed", "learningAdvisor", "noor"));
    submit(request, "Task_ExploreNeeds", Map.of("competenceLevel", 2, "leaderOwnership", "yes",
        "employeeOwnership", "partly", "learningClimate", "safe", "willingToAnchor", "yes",
        "behaviourGoals", "Iedereen komt aan het woord in het overleg."));
    runAsyncJobs();
    Task proposal = task(request, "Task_ProposeIntervention");

    browser.loginToTasklist("noor");
    browser.open("/camunda/app/tasklist/default/#/?task=" + proposal.getId());
    browser.await(Browser.field("interventionTitle"));
    browser.type("interventionTitle", "Training microagressies");
    browser.click(By.cssSelector("[id$='-Field_interventionTopic-display']"));
    browser.click(By.cssSelector(".fjs-dropdownlist-item"));
    assertThat(browser.text(By.cssSelector("[id$='-Field_providerId-display']"))).isEqualTo("Kies…");
    browser.click(By.cssSelector("[id$='-Field_providerId-display']"));
    browser.click(By.cssSelector(".fjs-dropdownlist-item"));
    browser.type("interventionDescription", "Twee dagdelen met rollenspel en intervisie.");

    browser.type("estimatedCost", "4.80" + Keys.TAB);
    browser.awaitText(By.cssSelector(".fjs-form-field-textfield .fjs-form-field-error"),
        "Vul een bedrag in hele euro's in, bijvoorbeeld 4.800.");
    browser.screenshot("ambiguous-amount-refused-in-dutch");

    browser.type("estimatedCost", "4.800" + Keys.TAB);
    assertThat(browser.await(Browser.field("estimatedCost")).getAttribute("value")).isEqualTo("4.800");
    assertThat(browser.text(By.xpath("//*[contains(@class,'fjs-form-field')][.//*[@id[contains(.,'Field_estimatedCost')]]]")))
        .contains("€");
    browser.readmePicture("amount-typed-the-dutch-way", "formulier-bedrag.png");

    // form-js lets markup through; the server refuses it, and says so at the field
    browser.type("interventionTitle", "<b>Training</b> microagressies");
    browser.click(COMPLETE);
    browser.awaitText(By.cssSelector(".dutch-server-error"), "Interventie mag geen HTML of script bevatten.");
    assertThat(browser.text(By.xpath("//*[contains(@class,'fjs-form-field')][.//*[@id[contains(.,'Field_interventionTitle')]]]")))
        .contains("Interventie mag geen HTML of script bevatten.");
    assertThat(browser.await(Browser.field("estimatedCost")).getAttribute("value")).as("nothing lost").isEqualTo("4.800");
    assertThat(task(request, "Task_ProposeIntervention")).as("the task stays open").isNotNull();
    browser.readmePicture("server-refusal-at-the-field", "formulier-fout-bij-het-veld.png");

    browser.type("interventionTitle", "Training microagressies");
    assertThat(browser.all(By.cssSelector(".dutch-server-error"))).as("gone once corrected").isEmpty();
    browser.click(COMPLETE);

    ProcessInstance work = calledBy(request);
    awaitTaskGone(work, "Task_ProposeIntervention");
    runAsyncJobs();
    assertThat(runtimeService.getVariable(work.getId(), LearningProcess.ESTIMATED_COST)).isEqualTo(4800L);

    browser.open("/camunda/app/tasklist/default/#/?task=" + task(request, "Task_CheckQuality").getId());
    browser.await(Browser.field("estimatedCost"));
    assertThat(awaitValue(Browser.field("estimatedCost"), "4.800")).isEqualTo("4.800");
    browser.screenshot("amount-shown-in-euros-to-the-quality-check");
  }

  private void typeDate(String text) {
    var input = browser.await(DEADLINE);
    input.clear();
    input.sendKeys(text);
  }

  private String awaitValue(By locator, String expected) {
    for (int attempt = 0; attempt < 50; attempt++) {
      String value = browser.await(locator).getAttribute("value");
      if (expected.equals(value)) {
        return value;
      }
      sleep();
    }
    return browser.await(locator).getAttribute("value");
  }

  private ProcessInstance awaitCohort(String name) {
    for (int attempt = 0; attempt < 100; attempt++) {
      List<ProcessInstance> started = runtimeService.createProcessInstanceQuery()
          .processDefinitionKey(PilotProcess.COHORT).variableValueEquals("cohortName", name).list();
      if (!started.isEmpty()) {
        return started.get(0);
      }
      sleep();
    }
    throw new AssertionError("The cohort " + name + " was not started from Tasklist");
  }

  private void awaitTaskGone(ProcessInstance instance, String taskKey) {
    for (int attempt = 0; attempt < 100; attempt++) {
      if (taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).count() == 0) {
        return;
      }
      sleep();
    }
    throw new AssertionError("Task " + taskKey + " was not completed from Tasklist");
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

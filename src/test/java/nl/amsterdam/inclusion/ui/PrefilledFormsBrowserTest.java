package nl.amsterdam.inclusion.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.amsterdam.inclusion.dialogue.DialogueProcess;
import nl.amsterdam.inclusion.learning.LearningProcess;
import nl.amsterdam.inclusion.support.Browser;
import nl.amsterdam.inclusion.support.BrowserTestCase;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * What a form knows before anyone types, in a real (headless) browser set to Dutch: the signed-in leader's own name,
 * e-mail and cluster on a start form, who asked at the advisor's step, and the session on the alderman's sign-up.
 * Screenshots in target/screenshots/.
 */
class PrefilledFormsBrowserTest extends BrowserTestCase {

  private static final By START = By.cssSelector("button[ng-click='startProcessInstance()']");

  @Test
  void fatimaAsksForHelpWithoutTypingWhoSheIsAndTheAdvisorSeesWhoAsked() {
    browser.loginToTasklist("fatima");
    openStartForm("Leerinterventie aanvragen", "requesterName");

    assertThat(value("requesterName")).isEqualTo("Fatima El Amrani");
    assertThat(value("email")).isEqualTo("fatima@example.org");
    assertThat(browser.text(By.cssSelector("[id$='-Field_cluster-display']"))).isEqualTo("Sociaal");
    assertThat(browser.await(Browser.field("requesterName")).getAttribute("readonly")).isNotNull();
    browser.type("teamName", "Team Jeugd Noord");
    browser.type("directorate", "Sociaal Domein");
    browser.type("teamSize", "14");
    browser.choose("targetGroup", "Kantoorprofessionals (theoretisch)");
    browser.type("theme", "Microagressies op de werkvloer");
    browser.type("helpQuestion", "Collega's voelen zich niet gehoord in het teamoverleg.");
    browser.type("desiredPeriod", "Voor de zomer");
    browser.pick("Training of traject op maat");
    browser.readmePicture("learning-request-prefilled-from-her-account", "formulier-vooraf-ingevuld.png");
    browser.click(START);
    ProcessInstance request = awaitStarted(LearningProcess.REQUEST, "fatima");
    runAsyncJobs();
    assertThat(runtimeService.getVariables(request.getId())).containsEntry("requesterName", "Fatima El Amrani")
        .containsEntry("email", "fatima@example.org").containsEntry("cluster", "sociaal");

    browser.loginToTasklist("ingrid");
    browser.click(By.xpath("//div[contains(@class,'task-filter')][.//h4[contains(normalize-space(.),'Leervragen van mijn cluster')]]"));
    browser.awaitText(By.cssSelector(".tasks-list"), "Fatima El Amrani");
    browser.click(By.cssSelector(".task-card-details .shutter a")); // the card shows its first two columns until opened
    browser.awaitText(By.cssSelector(".tasks-list"), "Sociaal");
    assertThat(browser.text(By.cssSelector(".tasks-list"))).as("the account manager's columns are filled")
        .contains("Team Jeugd Noord").contains("Sociaal").contains("maatwerk");
    browser.readmePicture("account-manager-sees-her-columns", "tasklist-accounthouder-kolommen.png");

    submitAs("ingrid", task(request, "Task_ReviewRequest"),
        Map.of("reviewDecision", "proceed", "learningAdvisor", "noor"));
    runAsyncJobs();
    browser.loginToTasklist("noor");
    browser.click(By.xpath("//*[contains(@class,'tasks-list')]//*[contains(normalize-space(.),'Vraagverkenning Team Jeugd Noord')]"
        + "[not(.//*[contains(normalize-space(.),'Vraagverkenning Team Jeugd Noord')])]"));
    browser.await(Browser.field("requesterName"));
    awaitValue("requesterName", "Fatima El Amrani");
    assertThat(value("email")).isEqualTo("fatima@example.org");
    assertThat(value("clusterName")).isEqualTo("Sociaal");
    browser.readmePicture("exploration-shows-who-asked-and-how-to-reach-her", "formulier-wie-vroeg.png");
  }

  @Test
  void aLeaderSeesWhichSessionSheSignsUpForAndConfirmingIsNotCancelling() {
    String date = LocalDate.now().plusDays(21).toString();
    startAs("mila", DialogueProcess.DIALOGUE, Map.of("dialogueTheme", "Inclusief werven", "dialogueDate", date,
        "dialogueTime", "15:00", "dialogueLocation", "Stadhuis, Amstel 1", "dialogueRoom", "Trouwzaal",
        "audience", "leidinggevenden", "maxParticipants", 8, "signUpDeadline", LocalDate.now().plusDays(10).toString()));

    browser.loginToTasklist("fatima");
    openStartForm("Aanmelden voor de dialoog met de wethouder", "function");
    String form = browser.text(By.cssSelector(".modal-content"));
    assertThat(form).contains("Open voor aanmelding").contains("Inclusief werven").contains("15:00")
        .contains("Stadhuis, Amstel 1");
    assertThat(value("leaderName")).isEqualTo("Fatima El Amrani");
    browser.type("function", "Teammanager");
    browser.tick("consent");
    browser.readmePicture("alderman-sign-up-names-the-session", "formulier-aanmelden-dialoog.png");
    browser.click(START);
    ProcessInstance signUp = awaitStarted(DialogueProcess.SIGN_UP, "fatima");
    runAsyncJobs();

    browser.loginToTasklist("fatima");
    browser.click(By.xpath("//*[contains(@class,'tasks-list')]//*[contains(normalize-space(.),'Aanmelding dialoog met de wethouder')]"
        + "[not(.//*[contains(normalize-space(.),'Aanmelding dialoog met de wethouder')])]"));
    browser.await(Browser.field("dialogueTheme"));
    awaitValue("dialogueTheme", "Inclusief werven");
    assertThat(value("dialogueTime")).isEqualTo("15:00");
    assertThat(value("dialogueLocation")).isEqualTo("Stadhuis, Amstel 1");
    String choices = browser.text(By.cssSelector(".fjs-form-field-radio"));
    assertThat(choices).contains("Ik kom").contains("Ik meld me af");
    browser.script("arguments[0].scrollIntoView({block: 'center'})", browser.await(By.cssSelector(".fjs-form-field-radio")));
    browser.readmePicture("alderman-sign-up-status-ik-kom-or-ik-meld-me-af", "formulier-kom-je.png");
    browser.click(By.cssSelector("button[ng-click='complete()']"));
    awaitNewTask(signUp);
    assertThat(runtimeService.getVariable(signUp.getId(), DialogueProcess.ATTENDANCE)).isEqualTo(DialogueProcess.COMING);
    assertThat(taskService.createTaskQuery().processInstanceId(signUp.getId())
        .taskDefinitionKey(DialogueProcess.TASK_MANAGE_SIGN_UP).count()).as("confirming keeps the sign-up").isEqualTo(1);
  }

  private void openStartForm(String processName, String firstField) {
    browser.click(By.cssSelector(".start-process-action a"));
    browser.clickUntilShown(By.xpath("//ul[contains(@class,'processes')]//a[normalize-space()='" + processName + "']"),
        Browser.field(firstField));
  }

  private String value(String key) {
    return browser.await(Browser.field(key)).getAttribute("value");
  }

  private void awaitValue(String key, String expected) {
    for (int attempt = 0; attempt < 100 && !expected.equals(value(key)); attempt++) {
      sleep();
    }
    assertThat(value(key)).isEqualTo(expected);
  }

  private ProcessInstance awaitStarted(String processKey, String initiator) {
    for (int attempt = 0; attempt < 100; attempt++) {
      List<HistoricProcessInstance> started = historyService.createHistoricProcessInstanceQuery()
          .processDefinitionKey(processKey).startedBy(initiator).unfinished().list();
      if (!started.isEmpty()) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(started.get(0).getId()).singleResult();
      }
      sleep();
    }
    throw new AssertionError(processKey + " was not started from Tasklist by " + initiator);
  }

  /** Waits until the leader's answer is stored (the status task is then created anew). */
  private void awaitNewTask(ProcessInstance signUp) {
    for (int attempt = 0; attempt < 100; attempt++) {
      if (runtimeService.getVariable(signUp.getId(), DialogueProcess.ATTENDANCE) != null) {
        return;
      }
      sleep();
    }
    throw new AssertionError("The answer on the sign-up was not submitted from Tasklist");
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

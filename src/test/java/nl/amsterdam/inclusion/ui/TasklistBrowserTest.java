package nl.amsterdam.inclusion.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.amsterdam.inclusion.identity.Cluster;
import nl.amsterdam.inclusion.identity.Groups;
import nl.amsterdam.inclusion.learning.LearningProcess;
import nl.amsterdam.inclusion.pilot.PilotProcess;
import nl.amsterdam.inclusion.support.CaseForms;
import nl.amsterdam.inclusion.support.Browser;
import nl.amsterdam.inclusion.support.BrowserTestCase;
import nl.amsterdam.inclusion.support.TestModels;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What leaders, Bureau I&D and account managers do in Tasklist, in a real (headless) browser set to
 * Dutch, against the running application. Every step leaves a screenshot in target/screenshots/.
 * The job executor is off: the test runs the asynchronous steps between the users' actions.
 */
class TasklistBrowserTest extends BrowserTestCase {

  private static final By TASK_LIST = By.cssSelector(".tasks-list");
  private static final By COMPLETE = By.cssSelector("button[ng-click='complete()']");
  private static final By CLAIM = By.cssSelector("button.claim");

  @Test
  void aLeaderSignsUpForThePilotBureauIDAcceptsAndOnlyTheLeaderSeesHerCase() {
    startAs("mila", PilotProcess.COHORT, Map.of("cohortName", "Cohort Tasklist",
        "signUpDeadline", LocalDate.now().plusDays(14).toString(), "targetGroupSize", 6));
    ProcessInstance sanne = startAs("sanne", PilotProcess.PARTICIPANT, CaseForms.pilotSignUp("sanne", "Sanne Bakker", "Sociaal Domein"));
    submit(sanne, PilotProcess.TASK_REVIEW_SIGN_UP, Map.of("signUpDecision", "accept"));

    browser.loginToTasklist("fatima");
    assertThat(browser.text(By.cssSelector(".start-process-action a"))).as("Tasklist speaks Dutch").contains("Proces starten");
    browser.screenshot("leader-tasklist");
    browser.click(By.cssSelector(".start-process-action a"));
    browser.clickUntilShown(By.xpath("//ul[contains(@class,'processes')]//a[normalize-space()='Pilot Inclusief Leiderschap: deelname']"),
        Browser.field("participantName"));
    // name, cluster and e-mail come from her account
    browser.choose("function", "Teammanager");
    browser.type("directorate", "<b>Sociaal Domein</b>");
    browser.tick("consent");
    browser.click(By.cssSelector("button[ng-click='startProcessInstance()']"));
    browser.awaitText(By.cssSelector(".modal-content .notifications"), "Directie");
    assertThat(browser.text(By.cssSelector(".modal-content .notifications"))).contains("Directie").contains("HTML");
    browser.screenshot("sign-up-refused-naming-the-field");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PilotProcess.PARTICIPANT).count())
        .as("nothing started").isEqualTo(1);

    browser.type("directorate", "Sociaal Domein");
    browser.screenshot("sign-up-corrected");
    browser.click(By.cssSelector("button[ng-click='startProcessInstance()']"));
    browser.awaitText(By.cssSelector(".page-notifications"), "");
    ProcessInstance fatima = awaitStarted("fatima");
    runAsyncJobs();

    browser.loginToTasklist("mila");
    openFilter("Taken van mijn groep");
    openTask("Aanmelding van Fatima El Amrani beoordelen");
    browser.click(CLAIM);
    browser.pick("Accepteren");
    browser.screenshot("bureau-id-accepts");
    browser.click(COMPLETE);
    awaitTaskGone(fatima, PilotProcess.TASK_REVIEW_SIGN_UP);
    runAsyncJobs();
    assertThat(task(fatima, "Task_FormulateCase").getAssignee()).isEqualTo("fatima");

    browser.loginToTasklist("fatima");
    browser.awaitText(TASK_LIST, "Case formuleren");
    browser.screenshot("leader-sees-only-her-case");
    assertThat(browser.all(leaf("Case formuleren"))).as("fatima sees her own case task, not sanne's").hasSize(1);
    assertThat(browser.text(TASK_LIST)).contains("Fatima El Amrani").doesNotContain("Sanne");
    assertThat(task(sanne, "Task_FormulateCase").getAssignee()).isEqualTo("sanne");
  }

  @Test
  void anAccountManagerHandlesALearningRequestOfHerCluster() {
    ProcessInstance request = startAs("fatima", LearningProcess.REQUEST, CaseForms.learningRequest("Fatima El Amrani", "fatima@example.org", "sociaal", "maatwerk"));
    String reference = (String) runtimeService.getVariable(request.getId(), LearningProcess.REQUEST_REFERENCE);
    ProcessInstance work = calledBy(request);

    browser.loginToTasklist("ingrid");
    openFilter("Leervragen van mijn cluster");
    openTask("Maatwerkaanvraag " + reference + " beoordelen");
    browser.click(CLAIM);
    browser.pick("Afwijzen");
    browser.type("declineReason", "Past in het open aanbod: de training Omstanders.");
    browser.screenshot("account-manager-declines");
    browser.click(COMPLETE);
    awaitTaskGone(work, "Task_ReviewRequest");
    runAsyncJobs();

    HistoricProcessInstance done = historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(work.getId()).singleResult();
    assertThat(done.getEndActivityId()).isEqualTo("End_RequestDeclined");
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(request.getId()).singleResult()
        .getEndActivityId()).isEqualTo(LearningProcess.END_CUSTOM_WORK_STOPPED);
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(work.getId())
        .variableName("declineReason").singleResult().getValue()).isEqualTo("Past in het open aanbod: de training Omstanders.");
    assertThat(notifications(request)).contains("learning-request-declined");
  }

  @Test
  void bureauIDFollowsALearningRequestInCockpitWithoutChangingIt() {
    ProcessInstance request = startAs("fatima", LearningProcess.REQUEST, CaseForms.learningRequest("Fatima El Amrani", "fatima@example.org", "sociaal", "maatwerk"));
    String reference = (String) runtimeService.getVariable(request.getId(), LearningProcess.REQUEST_REFERENCE);

    browser.loginToTasklist("mila");
    browser.open("/camunda/app/cockpit/default/#/process-instance/" + request.getId() + "/runtime");
    browser.await(By.cssSelector(".djs-container .djs-element"));
    browser.awaitText(By.cssSelector("body"), reference);
    browser.screenshot("bureau-id-follows-the-request");

    // everything Cockpit asked for to show the case was allowed: no error notification
    assertThat(browser.all(By.cssSelector(".notifications .alert-danger, .page-notifications .alert-danger"))).isEmpty();
    assertThat(task(request, "Task_ReviewRequest").getAssignee()).isNull();
  }

  /** On Tasklist's task list the server counts a large filter up to 101 (engine.CappedTaskCounts). */
  @Test
  void aFilterWithMoreThanAHundredTasksShowsItsCountAsMoreThanAHundredAndPagesOn() {
    TestModels.deploy(repositoryService);
    runtimeService.startProcessInstanceByKey(TestModels.MANY_TASKS,
        Map.of("tasks", 105, "group", Groups.accountManagersOf(Cluster.SOCIAAL)));

    browser.loginToTasklist("ingrid");
    openFilter("Taken van mijn groep");
    By counter = By.cssSelector(".task-filter.active .counter");
    browser.awaitText(counter, "100+");
    assertThat(browser.text(counter)).isEqualTo("100+");
    browser.screenshot("count-capped");

    // the pager offers the pages up to the cap; its last page (tasks 91-105) moves the cap on: all are counted
    long open = taskService.createTaskQuery().taskCandidateGroup(Groups.accountManagersOf(Cluster.SOCIAAL))
        .taskUnassigned().count();
    browser.click(By.cssSelector("ul.pagination li.pagination-last a"));
    browser.awaitText(counter, String.format(java.util.Locale.forLanguageTag("nl-NL"), "%,d", open));
    assertThat(browser.all(By.cssSelector(".tasks-list li.task"))).isNotEmpty();
    browser.screenshot("count-exact-beyond-the-first-hundred");
  }

  /** The innermost element of the task list showing {@code text}: one per task. */
  private static By leaf(String text) {
    return By.xpath("//*[contains(@class,'tasks-list')]//*[contains(normalize-space(.),'" + text + "')]"
        + "[not(.//*[contains(normalize-space(.),'" + text + "')])]");
  }

  private void openFilter(String name) {
    browser.click(By.xpath("//div[contains(@class,'task-filter')][.//h4[contains(normalize-space(.),'" + name + "')]]"));
  }

  private void openTask(String name) {
    browser.click(leaf(name));
    browser.await(By.cssSelector(".task-details"));
  }

  private ProcessInstance awaitStarted(String initiator) {
    for (int attempt = 0; attempt < 100; attempt++) {
      List<ProcessInstance> started = runtimeService.createProcessInstanceQuery()
          .processDefinitionKey(PilotProcess.PARTICIPANT).variableValueEquals("participantId", initiator).list();
      if (!started.isEmpty()) {
        return started.get(0);
      }
      sleep();
    }
    throw new AssertionError("The sign-up of " + initiator + " was not started from Tasklist");
  }

  private void awaitTaskGone(ProcessInstance instance, String taskKey) {
    for (int attempt = 0; attempt < 100; attempt++) {
      List<Task> open = taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).list();
      if (open.isEmpty()) {
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

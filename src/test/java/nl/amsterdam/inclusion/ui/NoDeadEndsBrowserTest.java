package nl.amsterdam.inclusion.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.amsterdam.inclusion.learning.LearningProcess;
import nl.amsterdam.inclusion.panel.PanelProcess;
import nl.amsterdam.inclusion.pilot.PilotProcess;
import nl.amsterdam.inclusion.support.BrowserTestCase;
import nl.amsterdam.inclusion.support.CaseForms;
import nl.amsterdam.inclusion.support.ReadmePictures;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People see only what they may use: no "Taak aanmaken", no groups or dates to change, no claim on a task the engine
 * would refuse, no Cockpit link or Cockpit page their role cannot use, no end-of-life banner; a refused or unknown page
 * answers in Dutch with where to go; the application's own pages pass axe-core's WCAG 2.1 AA rules. In headless
 * Chromium set to Dutch; screenshots in target/screenshots/.
 */
class NoDeadEndsBrowserTest extends BrowserTestCase {

  private static final By TASK_LIST = By.cssSelector(".tasks-list");
  private static final By TASK_COLUMN = By.cssSelector(".column-center");
  private static final By CLAIM = By.cssSelector(".task-details button.claim");
  private static final By EOL_BANNER = By.cssSelector(".ce-eol-banner");
  private static final By CREATE_TASK = By.cssSelector(".create-task-action");
  private static final By GROUPS = By.cssSelector(".task-details .actors .groups");
  private static final By COCKPIT_LINK = By.cssSelector(".task-details a.instance-link");
  private static final By COCKPIT_MENU = By.cssSelector(".sections-menu");
  private static final By ERRORS = By.cssSelector(".notifications .alert-danger, .page-notifications .alert-danger");

  @Test
  void aLeaderSeesHerTaskWithoutCreateTaskGroupsDatesCockpitLinkOrBanner() {
    ProcessInstance fatima = acceptedParticipant();

    browser.loginToTasklist("fatima");
    openTask("Mijn taken", "Case formuleren");
    browser.await(By.cssSelector(".task-details .actors .assignee"));
    browser.readmePicture("leader-task", "tasklist-leader.png");
    assertThat(displayed(EOL_BANNER)).as("end-of-life banner").isFalse();
    assertThat(displayed(CREATE_TASK)).as("Taak aanmaken").isFalse();
    assertThat(displayed(GROUPS)).as("Groepen toevoegen").isFalse();
    assertThat(displayed(By.cssSelector(".task-details .reset-due-date, .task-details .reset-follow-up-date")))
        .as("removing the due date").isFalse();
    assertThat(displayed(COCKPIT_LINK)).as("the link to Cockpit, which a leader may not open").isFalse();
    assertThat(browser.text(By.tagName("body"))).doesNotContain("Camunda 8", "Taak aanmaken", "Groepen toevoegen");
    assertThat(task(fatima, "Task_FormulateCase").getAssignee()).isEqualTo("fatima");

    browser.openApp("/camunda/app/welcome/default/#/welcome", By.linkText("Mijn aanvragen"));
    browser.screenshot("leader-welcome-page");
    assertThat(displayed(By.xpath("//a[normalize-space()='Dashboard Bureau Inclusie en Diversiteit']"))).as("the dashboard link").isFalse();
    assertThat(displayed(EOL_BANNER)).as("end-of-life banner").isFalse();

    browser.open("/camunda/app/cockpit/default/#/process-instance/" + fatima.getId() + "/runtime");
    browser.awaitText(By.tagName("h1"), "Geen toegang");
    browser.readmePicture("leader-opens-cockpit-anyway", "geen-toegang.png");
    assertThat(browser.text(By.tagName("main"))).contains("Tasklist").doesNotContain("Whitelabel");
    assertThat(browser.script("return document.documentElement.lang")).isEqualTo("nl");
    browser.click(By.linkText("Naar mijn taken in Tasklist"));
    browser.awaitText(TASK_LIST, "Case formuleren");
  }

  @Test
  void theModeratorIsNotOfferedTheDirectoratesActionPlanWhichItsLeadClaims() {
    ProcessInstance conversation = conversationOfWpi();
    String actionPlan = task(conversation, "Task_SubmitActionPlan").getName();

    browser.loginToTasklist("lotte");
    browser.click(filter("Groeipanel"));
    browser.awaitText(By.cssSelector(".task-filter.active"), "Groeipanel");
    browser.awaitText(TASK_COLUMN, "Geen taken gevonden");
    browser.readmePicture("moderator-growth-panel-filter", "tasklist-moderator-groeipanel.png");
    assertThat(browser.text(TASK_COLUMN)).doesNotContain(actionPlan);

    browser.loginToTasklist("ayse");
    openTask("Groeipanel", actionPlan);
    browser.screenshot("lead-may-claim");
    browser.click(CLAIM);
    browser.await(By.cssSelector(".task-details .actors .assignee .set-value"));
    assertThat(browser.all(ERRORS)).isEmpty();
    assertThat(task(conversation, "Task_SubmitActionPlan").getAssignee()).isEqualTo("ayse");
  }

  @Test
  void bureauIDSeesOnlyTheCockpitPagesSheCanUseWhileTheAdministratorSeesAll() {
    ProcessInstance request = startAs("fatima", LearningProcess.REQUEST,
        CaseForms.learningRequest("Fatima El Amrani", "fatima@example.org", "sociaal", "maatwerk"));

    browser.loginToTasklist("mila");
    browser.openApp("/camunda/app/cockpit/default/#/dashboard", COCKPIT_MENU);
    browser.awaitText(COCKPIT_MENU, "Processen");
    browser.await(By.cssSelector(".dashboard"));
    browser.screenshot("bureau-id-cockpit");
    String menu = browser.text(COCKPIT_MENU);
    assertThat(menu).contains("Processen").doesNotContain("Gebruikerstaken", "Beslissingen", "Meer");
    assertThat(displayed(EOL_BANNER)).as("end-of-life banner").isFalse();
    browser.openApp("/camunda/app/cockpit/default/#/process-instance/" + request.getId() + "/runtime",
        By.cssSelector(".djs-container .djs-element"));
    assertThat(browser.all(ERRORS)).as("every request of the case's page is allowed").isEmpty();
    assertThat(displayed(By.cssSelector(".ctn-toolbar a, .btn-suspend-action"))).as("cancel, suspend, add variable").isFalse();
    browser.await(By.cssSelector("tr[ng-repeat='(v, info) in variables']"));
    assertThat(displayed(By.cssSelector("[uib-tooltip='Variabele bewerken'], [uib-tooltip='Variabele verwijderen']")))
        .as("editing variables").isFalse();
    browser.readmePicture("bureau-id-follows-a-case", "cockpit-bureau-id.png");
    report("camunda-cockpit-chrome", browser.accessibilityViolations());
    browser.openApp("/camunda/app/welcome/default/#/welcome", By.linkText("Dashboard Bureau Inclusie en Diversiteit"));
    browser.screenshot("bureau-id-welcome-page");

    browser.loginToTasklist("demo");
    browser.openApp("/camunda/app/cockpit/default/#/dashboard", COCKPIT_MENU);
    browser.awaitText(COCKPIT_MENU, "Gebruikerstaken");
    browser.screenshot("administrator-cockpit");
  }

  @Test
  void anAccountManagerFollowsHerClustersRequestOnMijnAanvragenAndALeaderHasNoSuchSection() {
    ProcessInstance request = startAs("fatima", LearningProcess.REQUEST,
        CaseForms.learningRequest("Fatima El Amrani", "fatima@example.org", "sociaal", "maatwerk"));
    Task review = task(request, "Task_ReviewRequest");
    asUser("ingrid", () -> taskService.claim(review.getId(), "ingrid"));
    submitAs("ingrid", review, Map.of("reviewDecision", "proceed", "learningAdvisor", "noor"));
    String reference = businessKeyOf(request);

    browser.loginToTasklist("ingrid");
    browser.open("/mijn-aanvragen/");
    browser.awaitText(By.id("cluster-cases"), reference);
    assertThat(browser.text(By.id("cluster-cases")))
        .contains("Fatima El Amrani", "Team Jeugd Noord", task(request, "Task_ExploreNeeds").getName());
    browser.readmePicture("account-manager-follows-her-cluster", "mijn-aanvragen-cluster.png");
    assertThat(check("mijn-aanvragen-cluster")).as("serious or critical WCAG 2.1 AA violations").isEmpty();

    browser.loginToTasklist("fatima");
    browser.open("/mijn-aanvragen/");
    browser.awaitText(By.id("cases"), reference);
    assertThat(displayed(By.id("cluster"))).as("the cluster section for a leader").isFalse();
  }

  @Test
  void unknownAndRefusedPagesAnswerInDutchWithWhereToGo() {
    browser.open("/bestaat-niet");
    browser.awaitText(By.tagName("h1"), "Deze pagina bestaat niet");
    browser.screenshot("unknown-page");
    assertThat(browser.text(By.tagName("body"))).contains("Tasklist", "Mijn aanvragen").doesNotContain("Whitelabel");

    browser.loginToTasklist("ingrid");
    browser.open("/camunda/app/cockpit/default/");
    browser.awaitText(By.tagName("h1"), "Geen toegang");
    browser.screenshot("cockpit-refused");
    assertThat(browser.text(By.tagName("main"))).contains("Bureau Inclusie en Diversiteit", "Tasklist");
  }

  @Test
  void theApplicationsOwnPagesAndAFormPassWcag21AA() {
    acceptedParticipant();
    List<String> violations = new ArrayList<>();

    browser.open("/bestaat-niet");
    browser.await(By.tagName("h1"));
    violations.addAll(check("404"));

    browser.loginToTasklist("fatima");
    openTask("Mijn taken", "Case formuleren");
    browser.await(By.cssSelector(".task-details .fjs-container"));
    browser.screenshot("form-in-tasklist");
    violations.addAll(check("form", ".task-details .fjs-container"));
    report("camunda-tasklist-chrome", browser.accessibilityViolations());

    browser.open("/mijn-aanvragen/");
    browser.awaitText(By.id("cases"), "Pilot");
    violations.addAll(check("mijn-aanvragen"));

    browser.open("/camunda/app/cockpit/default/");
    browser.awaitText(By.tagName("h1"), "Geen toegang");
    violations.addAll(check("403"));

    browser.loginToTasklist("mila");
    browser.open("/dashboard/");
    browser.awaitText(By.id("stand"), "Stand van");
    violations.addAll(check("dashboard"));

    assertThat(violations).as("serious or critical WCAG 2.1 AA violations on our pages").isEmpty();
  }

  /** The serious and critical violations of the page (or part), each prefixed with the page; all are kept in a file. */
  private List<String> check(String page, String... parts) {
    List<String> found = browser.accessibilityViolations(parts);
    report(page, found);
    return found.stream().filter(violation -> violation.startsWith("serious") || violation.startsWith("critical"))
        .map(violation -> page + ": " + violation).toList();
  }

  private void report(String page, List<String> violations) {
    try {
      Files.createDirectories(screenshots);
      Files.write(screenshots.resolve("axe-" + page + ".txt"), violations);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fatima's pilot participation, accepted: her task "Case formuleren" is assigned to her. */
  private ProcessInstance acceptedParticipant() {
    startAs("mila", PilotProcess.COHORT, Map.of("cohortName", "Cohort zonder doodlopende wegen",
        "signUpDeadline", LocalDate.now().plusDays(14).toString(), "targetGroupSize", 6));
    ProcessInstance fatima = startAs("fatima", PilotProcess.PARTICIPANT,
        CaseForms.pilotSignUp("fatima", "Fatima El Amrani", "Sociaal Domein"));
    submitAs("mila", task(fatima, PilotProcess.TASK_REVIEW_SIGN_UP), Map.of("signUpDecision", "accept"));
    return fatima;
  }

  /** A growth-panel round with WPI's conversation waiting for its action plan (a task for WPI's leads). */
  private ProcessInstance conversationOfWpi() {
    ProcessInstance round = startAs("mila", PanelProcess.ROUND, Map.of("roundNumber", 41));
    submitAs("mila", task(round, "Task_SelectDirectorates"), Map.of(
        "participatingDirectorates", List.of("directorate-wpi"), "secondTimeDirectorates", List.of()));
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(round.getId()).singleResult();
  }

  private boolean displayed(By locator) {
    return browser.all(locator).stream().anyMatch(WebElement::isDisplayed);
  }

  private static By filter(String name) {
    return By.xpath("//div[contains(@class,'task-filter')][.//h4[contains(normalize-space(.),'" + name + "')]]");
  }

  private void openTask(String filterName, String taskName) {
    browser.click(filter(filterName));
    browser.click(By.xpath("//*[contains(@class,'tasks-list')]//*[contains(normalize-space(.),'" + taskName + "')]"
        + "[not(.//*[contains(normalize-space(.),'" + taskName + "')])]"));
    browser.await(By.cssSelector(".task-details"));
  }
}
